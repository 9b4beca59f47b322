// Each channel against a local fake that answers like the vendor's documented API (fakes/vendors.ts).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ticketFixture } from '../../testing/fixture.js';
import { type FakeSmtp, startFakeSmtp } from '../fakes/smtp.js';
import { type FakeVendors, startFakeVendors } from '../fakes/vendors.js';
import { buildMessage } from '../message.js';
import { DINGTALK_THROTTLE_MS, dingtalkChannel } from './dingtalk.js';
import { emailChannel } from './email.js';
import { feishuChannel } from './feishu.js';
import { slackChannel } from './slack.js';
import { telegramChannel } from './telegram.js';
import type { ChannelDeps, Delivery } from './types.js';
import { webhookChannel } from './webhook.js';
import { fitBytes, wecomChannel } from './wecom.js';

// Real sockets and databases on a shared CI machine: give each test room, the assertions stay exact.
vi.setConfig({ testTimeout: 30_000 });

let clock = Date.parse('2026-12-01T10:00:00Z');
const now = () => clock;
let fake: FakeVendors;
let smtp: FakeSmtp;
const deps: ChannelDeps = { fetch, now, timeoutMs: 5_000 };
const WH_SECRET = 'whsec_test_0123456789abcdef0123456789';

beforeAll(async () => {
  fake = await startFakeVendors({
    now,
    feishu: { token: 'fs-token', secret: 'fs-secret', keyword: '工单' },
    dingtalk: { token: 'dt-token', secret: 'SECdt' },
    wecom: { key: 'wc-key' },
    telegram: { token: '123456:ABC-def', chatId: '-1001', migratedChats: { '-42': -1009999 } },
    slack: { path: '/services/T0/B0/XXXX' },
    webhook: { path: '/hooks/tickets', secret: WH_SECRET },
  });
  smtp = await startFakeSmtp({
    now,
    auth: { user: 'td', pass: 'smtp-pass' },
    limit: { messages: 3, windowMs: 60_000 },
  });
});
afterAll(async () => {
  await fake.close();
  await smtp.close();
});
beforeEach(() => {
  clock += 10 * 60_000 + 1; // every test starts outside the previous test's rate windows
  fake.received.length = 0;
});

const delivery = (n = 1, locale: 'zh-CN' | 'en' = 'zh-CN'): Delivery => {
  const ticket = ticketFixture(n);
  return {
    deliveryId: `${ticket.id}:test`,
    attempt: 1,
    ticket,
    message: buildMessage(ticket, { locale, ticketUrl: 'https://support.example.com/inbox/tickets/{id}' }),
  };
};

describe('Feishu / Lark custom bot', () => {
  const ch = (secret = 'fs-secret', token = 'fs-token') =>
    feishuChannel(
      { name: 'fs', type: 'feishu', url: `${fake.base}/open-apis/bot/v2/hook/${token}`, secret },
      deps,
    );

  it('posts a signed rich-text message the bot accepts', async () => {
    expect(await ch().send(delivery())).toEqual({ ok: true });
    const body = fake.received[0]!.body as {
      msg_type: string;
      sign: string;
      content: { post: { zh_cn: { title: string } } };
    };
    expect(body.msg_type).toBe('post');
    expect(body.content.post.zh_cn.title).toBe(delivery().message.title);
    expect(JSON.stringify(body)).toContain('https://support.example.com/inbox/tickets/TD-0000-0000-0001');
  });

  it('gives up on a wrong secret (19021) and an unknown hook (19001), without the token in the error', async () => {
    const bad = await ch('other-secret').send(delivery());
    expect(bad).toMatchObject({ ok: false, retry: false });
    expect(!bad.ok && bad.error).toMatch(/^code 19021 sign match fail/);
    const gone = await ch('fs-secret', 'removed-token').send(delivery());
    expect(!gone.ok && gone.error).toMatch(/^code 19001/);
    expect(!gone.ok && gone.error).not.toContain('removed-token');
  });

  it('treats 11232 (frequency limited, 5 per second) as a rate limit to wait out', async () => {
    const c = ch();
    const results = [];
    for (let i = 0; i < 6; i++) results.push(await c.send(delivery(i)));
    expect(results.slice(0, 5).every((r) => r.ok)).toBe(true);
    expect(results[5]).toMatchObject({ ok: false, retry: true, rateLimited: true, retryAfterMs: 60_000 });
    expect(!results[5]!.ok && results[5]!.error).toMatch(/^code 11232 frequency limited/);
  });

  it('retries a 5xx and a dropped connection', async () => {
    fake.force('feishu', { status: 502, body: 'bad gateway' }, 'drop');
    expect(await ch().send(delivery())).toMatchObject({ ok: false, retry: true, error: 'HTTP 502' });
    expect(await ch().send(delivery())).toMatchObject({
      ok: false,
      retry: true,
      error: expect.stringMatching(/^network: /),
    });
  });
});

describe('DingTalk custom robot', () => {
  const ch = (secret = 'SECdt', token = 'dt-token') =>
    dingtalkChannel({ name: 'dt', url: `${fake.base}/robot/send?access_token=${token}`, secret }, deps);

  it('signs the URL and sends markdown', async () => {
    expect(await ch().send(delivery())).toEqual({ ok: true });
    const r = fake.received[0]!;
    expect(r.url).toMatch(/timestamp=\d{13}&sign=/);
    expect((r.body as { markdown: { text: string } }).markdown.text).toContain(
      '(https://support.example.com/inbox/tickets/TD-0000-0000-0001)',
    );
  });

  it('gives up on a bad sign (310000) and an unknown token (300001)', async () => {
    expect(await ch('SECwrong').send(delivery())).toMatchObject({
      ok: false,
      retry: false,
      error: 'errcode 310000 sign not match',
    });
    expect(await ch('SECdt', 'nope').send(delivery())).toMatchObject({
      ok: false,
      retry: false,
      error: 'errcode 300001 token is not exist',
    });
  });

  it('over 20 per minute answers 130101 and holds the robot for 10 minutes', async () => {
    const c = ch();
    for (let i = 0; i < 20; i++) expect((await c.send(delivery(i))).ok).toBe(true);
    const limited = await c.send(delivery(21));
    expect(limited).toEqual({
      ok: false,
      retry: true,
      rateLimited: true,
      retryAfterMs: DINGTALK_THROTTLE_MS,
      error: 'errcode 130101 send too fast, exceed 20 times per minute',
    });
    clock += 61_000; // the minute is over, but the penalty is not
    expect((await c.send(delivery(22))).ok).toBe(false);
    clock += DINGTALK_THROTTLE_MS;
    expect(await c.send(delivery(23))).toEqual({ ok: true });
  });
});

describe('WeCom group robot', () => {
  const ch = (key = 'wc-key') =>
    wecomChannel({ name: 'wc', url: `${fake.base}/cgi-bin/webhook/send?key=${key}` }, deps);

  it('sends markdown within 4096 bytes', async () => {
    expect(await ch().send(delivery(1, 'en'))).toEqual({ ok: true });
    const md = (fake.received[0]!.body as { markdown: { content: string } }).markdown.content;
    expect(md.startsWith(`**${delivery(1, 'en').message.title}**`)).toBe(true);
    const long = [
      '# t',
      ...Array.from({ length: 400 }, (_, i) => `- 第 ${i} 行内容`),
      '[link](https://x.example)',
    ].join('\n');
    const fitted = fitBytes(long);
    expect(Buffer.byteLength(fitted)).toBeLessThanOrEqual(4096);
    expect(fitted.endsWith('…\n[link](https://x.example)')).toBe(true);
  });

  it('45009 (20 per minute) is a rate limit; 93000 (invalid webhook url) is final', async () => {
    const c = ch();
    for (let i = 0; i < 20; i++) expect((await c.send(delivery(i))).ok).toBe(true);
    const limited = await c.send(delivery(21));
    expect(limited).toMatchObject({ ok: false, retry: true, rateLimited: true, retryAfterMs: 60_000 });
    expect(!limited.ok && limited.error).toMatch(/^errcode 45009 api freq out of limit/);
    expect(await ch('gone').send(delivery())).toMatchObject({
      ok: false,
      retry: false,
      error: expect.stringMatching(/^errcode 93000/),
    });
  });
});

describe('Telegram bot sendMessage', () => {
  const ch = (chatId: string | number = '-1001', token = '123456:ABC-def') =>
    telegramChannel({ name: 'tg', botToken: token, chatId, apiBase: fake.base }, deps);

  it('sends HTML text with the link and no preview', async () => {
    expect(await ch().send(delivery())).toEqual({ ok: true });
    const body = fake.received[0]!.body as {
      parse_mode: string;
      text: string;
      link_preview_options: unknown;
    };
    expect(body.parse_mode).toBe('HTML');
    expect(body.text).toContain(
      '<a href="https://support.example.com/inbox/tickets/TD-0000-0000-0001">在收件箱中查看</a>',
    );
    expect(body.link_preview_options).toEqual({ is_disabled: true });
  });

  it('429 carries retry_after; chat not found, a migrated group and a bad token are final, the token never shown', async () => {
    const c = ch();
    for (let i = 0; i < 20; i++) expect((await c.send(delivery(i))).ok).toBe(true);
    expect(await c.send(delivery(21))).toEqual({
      ok: false,
      retry: true,
      rateLimited: true,
      retryAfterMs: 7_000,
      error: 'HTTP 429 Too Many Requests: retry after 7',
    });
    expect(await ch('-5').send(delivery())).toMatchObject({
      ok: false,
      retry: false,
      error: 'HTTP 400 Bad Request: chat not found',
    });
    expect(await ch('-42').send(delivery())).toMatchObject({
      ok: false,
      retry: false,
      error: expect.stringContaining('set chatId to -1009999'),
    });
    const unauthorized = await ch('-1001', '999:wrong-token').send(delivery());
    expect(unauthorized).toMatchObject({ ok: false, retry: false, error: 'HTTP 401 Unauthorized' });
  });
});

describe('any HTTP channel', () => {
  it('gives up waiting after its timeout and retries later', async () => {
    const hang = createServer(() => {}); // accepts the request, never answers
    await new Promise<void>((r) => hang.listen(0, '127.0.0.1', r));
    try {
      const url = `http://127.0.0.1:${(hang.address() as AddressInfo).port}/services/T0/B0/XXXX`;
      const started = Date.now();
      const r = await slackChannel({ name: 'sl', url }, { ...deps, timeoutMs: 300 }).send(delivery());
      expect(r).toEqual({ ok: false, retry: true, error: 'network: timeout' });
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      hang.closeAllConnections();
      await new Promise<void>((r) => hang.close(() => r()));
    }
  });
});

describe('Slack incoming webhook', () => {
  const ch = (path = '/services/T0/B0/XXXX') =>
    slackChannel({ name: 'sl', url: `${fake.base}${path}` }, deps);

  it('posts mrkdwn text with a <url|label> link', async () => {
    expect(await ch().send(delivery(1, 'en'))).toEqual({ ok: true });
    const text = (fake.received[0]!.body as { text: string }).text;
    expect(text.split('\n')[0]).toBe(`*${delivery(1, 'en').message.title}*`);
    expect(text).toContain('<https://support.example.com/inbox/tickets/TD-0000-0000-0001|Open in the inbox>');
  });

  it('429 with Retry-After is waited out; 404 no_service and 410 channel_is_archived are final', async () => {
    const c = ch();
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await c.send(delivery(i)));
    expect(results[3]).toEqual({
      ok: false,
      retry: true,
      rateLimited: true,
      retryAfterMs: 2_000,
      error: 'HTTP 429 rate_limited',
    });
    expect(await ch('/services/T0/B0/GONE').send(delivery())).toEqual({
      ok: false,
      retry: false,
      error: 'HTTP 404 no_service',
    });
    fake.force('slack', {
      status: 410,
      body: 'channel_is_archived',
      headers: { 'content-type': 'text/plain' },
    });
    expect(await c.send(delivery())).toEqual({
      ok: false,
      retry: false,
      error: 'HTTP 410 channel_is_archived',
    });
  });
});

describe('signed webhook', () => {
  const ch = (secret = WH_SECRET) =>
    webhookChannel({ name: 'wh', url: `${fake.base}/hooks/tickets`, secret }, deps);

  it('delivers the whole ticket, signed; the receiver verifies it and drops a repeat by delivery id', async () => {
    expect(await ch().send(delivery())).toEqual({ ok: true });
    const r = fake.received[0]!;
    expect(r.headers['x-topupdoctor-event']).toBe('ticket.created');
    expect(r.headers['x-topupdoctor-delivery']).toBe('TD-0000-0000-0001:test');
    expect(r.body).toMatchObject({
      event: 'ticket.created',
      deliveryId: 'TD-0000-0000-0001:test',
      ticket: { id: 'TD-0000-0000-0001' },
    });
    expect(await ch().send(delivery())).toEqual({ ok: true }); // a repeat is answered 200 and not processed twice
    expect(fake.received).toHaveLength(1);
  });

  it('a receiver refusing the signature (401) is final; 503 and 429 are retried', async () => {
    expect(await ch('w'.repeat(40)).send(delivery())).toEqual({
      ok: false,
      retry: false,
      error: 'HTTP 401 bad_signature',
    });
    fake.force(
      'webhook',
      { status: 503, body: 'down' },
      { status: 429, body: 'slow', headers: { 'retry-after': '30' } },
    );
    expect(await ch().send(delivery())).toMatchObject({ ok: false, retry: true, error: 'HTTP 503 down' });
    expect(await ch().send(delivery())).toMatchObject({ ok: false, retry: true, retryAfterMs: 30_000 });
  });
});

describe('email over SMTP', () => {
  const ch = (pass = 'smtp-pass') =>
    emailChannel(
      {
        name: 'mail',
        smtp: { host: '127.0.0.1', port: smtp.port, secure: false, requireTLS: false, user: 'td', pass },
        from: 'Topup Doctor <td@example.com>',
        to: ['ops@example.com'],
      },
      deps,
    );

  it('sends the short text with a stable Message-ID', async () => {
    smtp.mails.length = 0;
    const c = ch();
    expect(await c.send(delivery())).toEqual({ ok: true });
    await c.close?.();
    const mail = smtp.mails[0]!;
    expect(mail.to).toEqual(['ops@example.com']);
    expect(mail.data).toContain('Message-ID: <TD-0000-0000-0001:test@topup-doctor>');
    expect(mail.data).toMatch(/Subject: =\?UTF-8\?/); // the Chinese subject, encoded
    expect(mail.text).toContain('订单号（脱敏）: …0113');
    expect(mail.text).toContain(
      '在收件箱中查看: https://support.example.com/inbox/tickets/TD-0000-0000-0001',
    );
    expect(mail.text).not.toContain('bob');
  });

  it('4xx (greylisting, provider rate limit) is retried; 5xx and failed AUTH are final', async () => {
    const c = ch();
    smtp.script('MAIL', '451 4.7.1 Greylisted, try again later');
    expect(await c.send(delivery())).toMatchObject({
      ok: false,
      retry: true,
      error: expect.stringMatching(/^SMTP 451/),
    });
    smtp.script('RCPT', '550 5.1.1 Mailbox unavailable');
    expect(await c.send(delivery())).toMatchObject({
      ok: false,
      retry: false,
      error: expect.stringMatching(/^SMTP 550/),
    });
    smtp.mails.length = 0;
    for (let i = 0; i < 3; i++) await c.send(delivery(i));
    expect(await c.send(delivery(4))).toMatchObject({
      ok: false,
      retry: true,
      error: expect.stringMatching(/^SMTP 450 .*4\.7\.1 Too many/),
    });
    await c.close?.();
    const bad = ch('wrong-pass');
    const r = await bad.send(delivery());
    expect(r).toMatchObject({ ok: false, retry: false, error: expect.stringMatching(/^SMTP 535 EAUTH/) });
    expect(!r.ok && r.error).not.toContain('wrong-pass');
    await bad.close?.();
  });

  it('refuses to send in clear text when TLS is required and the server offers no STARTTLS', async () => {
    const c = emailChannel(
      {
        name: 'mail',
        smtp: {
          host: '127.0.0.1',
          port: smtp.port,
          secure: false,
          requireTLS: true,
          user: 'td',
          pass: 'smtp-pass',
        },
        from: 'td@example.com',
        to: ['ops@example.com'],
      },
      deps,
    );
    smtp.mails.length = 0;
    const r = await c.send(delivery());
    expect(r).toMatchObject({ ok: false, retry: false });
    expect(smtp.mails).toHaveLength(0);
    await c.close?.();
  });

  it('a server that is down is retried', async () => {
    const c = emailChannel(
      {
        name: 'mail',
        smtp: { host: '127.0.0.1', port: 1, secure: false, requireTLS: false },
        from: 'a@example.com',
        to: ['b@example.com'],
      },
      deps,
    );
    expect(await c.send(delivery())).toMatchObject({
      ok: false,
      retry: true,
      error: expect.stringMatching(/ESOCKET|ECONNECTION/),
    });
    await c.close?.();
  });
});
