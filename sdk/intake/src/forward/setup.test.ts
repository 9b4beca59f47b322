// Forwarding as an intake process wires it: configuration first, queueing in the ticket's transaction, the
// worker on the opened store; and the operator's test message through every channel type.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Store } from '../store/types.js';
import { ticketFixture } from '../testing/fixture.js';
import { type TestStore, testStore } from '../testing/index.js';
import { ForwardConfigError, parseChannels } from './config.js';
import { type FakeSmtp, startFakeSmtp } from './fakes/smtp.js';
import { type FakeVendors, startFakeVendors } from './fakes/vendors.js';
import { inboxUrl } from './message.js';
import { forwarding, forwardingFromEnv, sendTestMessages } from './setup.js';

// Real sockets and databases on a shared CI machine: give each test room, the assertions stay exact.
vi.setConfig({ testTimeout: 30_000 });

const WH_SECRET = 'whsec_test_0123456789abcdef0123456789';
let fake: FakeVendors;
let smtp: FakeSmtp;
let ts: TestStore;
let store: Store;

beforeAll(async () => {
  fake = await startFakeVendors({
    now: Date.now,
    feishu: { token: 'fs-token', secret: 'fs-secret', keyword: '工单' },
    dingtalk: { token: 'dt-token', secret: 'SECdt' },
    wecom: { key: 'wc-key' },
    telegram: { token: '123456:ABC-def', chatId: '-1001' },
    slack: { path: '/services/T0/B0/XXXX' },
    webhook: { path: '/hooks/tickets', secret: WH_SECRET },
  });
  smtp = await startFakeSmtp({ now: Date.now });
  ts = await testStore('pglite');
  store = await ts.open();
}, 90_000);
afterAll(async () => {
  await fake.close();
  await smtp.close();
  await store?.close();
  await ts?.destroy();
});

const allChannels = () => [
  {
    type: 'email',
    smtp: { host: '127.0.0.1', port: smtp.port, requireTLS: false },
    from: 'td@example.com',
    to: ['ops@example.com'],
  },
  { type: 'feishu', url: `${fake.base}/open-apis/bot/v2/hook/fs-token`, secret: 'fs-secret' },
  { type: 'dingtalk', url: `${fake.base}/robot/send?access_token=dt-token`, secret: 'SECdt' },
  { type: 'wecom', url: `${fake.base}/cgi-bin/webhook/send?key=wc-key` },
  { type: 'telegram', botToken: '123456:ABC-def', chatId: '-1001', apiBase: fake.base },
  { type: 'slack', url: `${fake.base}/services/T0/B0/XXXX` },
  { type: 'webhook', url: `${fake.base}/hooks/tickets`, secret: WH_SECRET },
];

describe('forwarding in an intake process', () => {
  it('is off without channels, and links to the intake’s own inbox by default', () => {
    const off = forwardingFromEnv({});
    expect(off.enabled).toBe(false);
    expect(off.start(store)).toBeUndefined();
    const on = forwardingFromEnv({
      FORWARD_CHANNELS: JSON.stringify([
        { type: 'wecom', url: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k' },
      ]),
      PUBLIC_URL: 'https://gw.example.com/support/',
    });
    expect(on.config.ticketUrl).toBe('https://gw.example.com/support/inbox/tickets/{id}');
    expect(on.channels).toEqual(['wecom (wecom → qyapi.weixin.qq.com)']);
    expect(inboxUrl(on.config.ticketUrl)).toBe('https://gw.example.com/support/inbox');
    expect(() => forwardingFromEnv({ FORWARD_CHANNELS: '[{"type":"wecom"}]' })).toThrow(ForwardConfigError);
  });

  it('queues in the ticket’s transaction and delivers from the running worker', async () => {
    const f = forwarding({
      channels: parseChannels([{ type: 'webhook', url: `${fake.base}/hooks/tickets`, secret: WH_SECRET }]),
      ticketUrl: 'https://support.example.com/inbox/tickets/{id}',
      locale: 'en',
      maxAttempts: 3,
    });
    f.start(store, 50);
    const t = ticketFixture(1);
    await store.transaction(async (tx) => {
      await tx.query(
        `insert into tickets (id, idempotency_key, received_at, updated_at, schema_version, problem, console_kind, locale, body)
         values ($1, $2, 0, 0, 1, $3, $4, $5, $6)`,
        [t.id, t.idempotencyKey, t.problem, t.console.kind, t.locale, JSON.stringify(t)],
      );
      await f.onTicketAccepted(tx, { id: t.id });
    });
    for (let i = 0; i < 600 && !fake.received.some((r) => r.vendor === 'webhook'); i++)
      await new Promise((r) => setTimeout(r, 25));
    await f.stop();
    const got = fake.received.find((r) => r.vendor === 'webhook');
    expect(got?.body).toMatchObject({ event: 'ticket.created', ticket: { id: t.id } });
  }, 30_000);
});

describe('routing by problem', () => {
  it('queues a ticket only for the channels that take its problem', async () => {
    const f = forwarding({
      channels: parseChannels([
        {
          type: 'webhook',
          name: 'refunds',
          url: `${fake.base}/hooks/tickets`,
          secret: WH_SECRET,
          problems: ['duplicate_or_refund'],
        },
        { type: 'slack', url: `${fake.base}/services/T0/B0/XXXX` },
      ]),
      ticketUrl: 'https://support.example.com/inbox/tickets/{id}',
      locale: 'en',
      maxAttempts: 3,
    });
    const t = ticketFixture(2); // order_processing: not a refund
    await store.transaction(async (tx) => {
      await tx.query(
        `insert into tickets (id, idempotency_key, received_at, updated_at, schema_version, problem, console_kind, locale, body)
         values ($1, $2, 0, 0, 1, $3, $4, $5, $6)`,
        [t.id, t.idempotencyKey, t.problem, t.console.kind, t.locale, JSON.stringify(t)],
      );
      await f.onTicketAccepted(tx, { id: t.id, ticket: t });
    });
    const rows = await store.query<{ channel: string }>(
      'select channel from forward_deliveries where ticket_id = $1',
      [t.id],
    );
    expect(rows.rows.map((r) => r.channel)).toEqual(['slack']);
  });
});

describe('test messages', () => {
  it('reach every channel type, in the configured language, with the inbox link', async () => {
    fake.reset();
    smtp.mails.length = 0;
    const config = {
      channels: parseChannels(allChannels()),
      ticketUrl: 'https://support.example.com/inbox/tickets/{id}',
      locale: 'zh-CN' as const,
      maxAttempts: 3,
    };
    const results = await sendTestMessages(config);
    expect(results.map((r) => [r.channel.split(' ')[0], r.result.ok])).toEqual([
      ['email', true],
      ['feishu', true],
      ['dingtalk', true],
      ['wecom', true],
      ['telegram', true],
      ['slack', true],
      ['webhook', true],
    ]);
    expect(smtp.mails[0]?.text).toContain('打开收件箱: https://support.example.com/inbox');
    const hook = fake.received.find((r) => r.vendor === 'webhook')!;
    expect(hook.headers['x-topupdoctor-event']).toBe('ping');
    expect(hook.body).toMatchObject({ event: 'ping', inboxUrl: 'https://support.example.com/inbox' });
    const slack = fake.received.find((r) => r.vendor === 'slack')!;
    expect((slack.body as { text: string }).text).toContain('测试消息');
  });

  it('say what is wrong with a channel (a wrong Feishu secret) without showing the secret', async () => {
    const [r] = await sendTestMessages({
      channels: parseChannels([
        { type: 'feishu', url: `${fake.base}/open-apis/bot/v2/hook/fs-token`, secret: 'nope-wrong' },
      ]),
      ticketUrl: 'https://support.example.com/inbox/tickets/{id}',
      locale: 'en',
      maxAttempts: 3,
    });
    expect(r?.result).toMatchObject({ ok: false, retry: false, error: expect.stringMatching(/^code 19021/) });
    expect(JSON.stringify(r)).not.toContain('nope-wrong');
    expect(JSON.stringify(r)).not.toContain('fs-token');
  });
});
