import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  channelsFor,
  describeChannel,
  ForwardConfigError,
  forwardConfigFromEnv,
  parseChannels,
  secretsOf,
} from './config.js';

const TICKET_URL = 'https://support.example.com/inbox/tickets/{id}';
const feishu = {
  type: 'feishu',
  url: 'https://open.feishu.cn/open-apis/bot/v2/hook/abc-123-token',
  secret: 'fs-secret-1',
};

function errorOf(f: () => unknown): ForwardConfigError {
  try {
    f();
  } catch (e) {
    if (e instanceof ForwardConfigError) return e;
    throw e;
  }
  throw new Error('no error');
}

describe('channel configuration', () => {
  it('reads every channel type with defaults', () => {
    const channels = parseChannels([
      {
        type: 'email',
        smtp: { host: 'smtp.example.com' },
        from: 'TD <td@example.com>',
        to: ['ops@example.com'],
      },
      feishu,
      { type: 'lark', name: 'lark-intl', url: 'https://open.larksuite.com/open-apis/bot/v2/hook/x' },
      { type: 'dingtalk', url: 'https://oapi.dingtalk.com/robot/send?access_token=t0k', secret: 'SECabc' },
      { type: 'wecom', url: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k-1' },
      { type: 'telegram', botToken: '123456:ABC-def', chatId: -1001234567890 },
      { type: 'slack', url: 'https://hooks.slack.com/services/T0/B0/XXXX' },
      { type: 'webhook', url: 'https://ops.example.com/hooks/tickets', secret: 'w'.repeat(32) },
    ]);
    expect(channels.map((c) => c.name)).toEqual([
      'email',
      'feishu',
      'lark-intl',
      'dingtalk',
      'wecom',
      'telegram',
      'slack',
      'webhook',
    ]);
    const email = channels[0]!;
    expect(email.type === 'email' && email.smtp).toEqual({
      host: 'smtp.example.com',
      port: 587,
      secure: false,
      requireTLS: true,
    });
    const tg = channels[5]!;
    expect(tg.type === 'telegram' && tg.apiBase).toBe('https://api.telegram.org');
  });

  it('names the key that is wrong, and never the value', () => {
    const e1 = errorOf(() =>
      parseChannels([feishu, { type: 'slack', url: 'http://hooks.slack.com/services/SECRET' }]),
    );
    expect(e1.key).toBe('FORWARD_CHANNELS[1].url');
    expect(e1.message).toContain('https');
    expect(e1.message).not.toContain('SECRET');
    const e2 = errorOf(() =>
      parseChannels([{ type: 'webhook', url: 'https://a.example', secret: 'short-secret' }]),
    );
    expect(e2.message).toBe('FORWARD_CHANNELS[0].secret: must be at least 32 characters');
    expect(e2.message).not.toContain('short-secret');
    const e3 = errorOf(() => parseChannels([{ type: 'pager' }]));
    expect(e3.key).toBe('FORWARD_CHANNELS[0].type');
    const e4 = errorOf(() => parseChannels([{ ...feishu, sekret: 'x' }]));
    expect(e4.key).toBe('FORWARD_CHANNELS[0].sekret');
    const e5 = errorOf(() => parseChannels([feishu, feishu]));
    expect(e5.message).toContain('FORWARD_CHANNELS[1].name: "feishu" is used twice');
    const e6 = errorOf(() => parseChannels([{ type: 'telegram', botToken: 'nope', chatId: 1 }]));
    expect(e6.message).toBe('FORWARD_CHANNELS[0].botToken: is not a bot token (123456:ABC...)');
  });

  it('reads secrets from other variables with env:NAME, and says which one is missing', () => {
    const [c] = parseChannels([{ ...feishu, secret: 'env:FEISHU_SECRET' }], { FEISHU_SECRET: 'from-env' });
    expect(c?.type === 'feishu' && c.secret).toBe('from-env');
    const e = errorOf(() => parseChannels([{ ...feishu, secret: 'env:FEISHU_SECRET' }], {}));
    expect(e.message).toBe('FORWARD_CHANNELS[0].secret: environment variable FEISHU_SECRET is not set');
  });

  it('reads the whole configuration from the environment or a file', () => {
    expect(forwardConfigFromEnv({})).toEqual({
      channels: [],
      ticketUrl: '',
      locale: 'zh-CN',
      maxAttempts: 8,
    });
    const env = {
      FORWARD_CHANNELS: JSON.stringify([feishu]),
      FORWARD_TICKET_URL: TICKET_URL,
      FORWARD_LOCALE: 'en',
    };
    expect(forwardConfigFromEnv(env).locale).toBe('en');
    const dir = mkdtempSync(join(tmpdir(), 'fwd-'));
    writeFileSync(join(dir, 'channels.json'), JSON.stringify([{ ...feishu, secret: 'env:FS' }]));
    const fromFile = forwardConfigFromEnv({
      FORWARD_CHANNELS_FILE: join(dir, 'channels.json'),
      FS: 'x1x1',
      FORWARD_TICKET_URL: TICKET_URL,
    });
    expect(fromFile.channels[0]?.name).toBe('feishu');

    expect(errorOf(() => forwardConfigFromEnv({ ...env, FORWARD_TICKET_URL: undefined })).key).toBe(
      'FORWARD_TICKET_URL',
    );
    expect(
      errorOf(() => forwardConfigFromEnv({ ...env, FORWARD_TICKET_URL: 'https://s.example/inbox' })).message,
    ).toContain('{id}');
    expect(errorOf(() => forwardConfigFromEnv({ ...env, FORWARD_LOCALE: 'fr' })).key).toBe('FORWARD_LOCALE');
    expect(errorOf(() => forwardConfigFromEnv({ ...env, FORWARD_MAX_ATTEMPTS: '0' })).key).toBe(
      'FORWARD_MAX_ATTEMPTS',
    );
    const bad = errorOf(() =>
      forwardConfigFromEnv({
        FORWARD_CHANNELS: '[{"type":"slack","url":"https://hooks.slack.com/services/S3CR3T"',
      }),
    );
    expect(bad.message).toBe('FORWARD_CHANNELS: is not valid JSON');
    expect(
      errorOf(() => forwardConfigFromEnv({ FORWARD_CHANNELS_FILE: join(dir, 'missing.json') })).message,
    ).toBe('FORWARD_CHANNELS_FILE: cannot read the file (ENOENT)');
  });

  it('describes a channel for logs by name, type and host only, and lists its secrets for scrubbing', () => {
    const [fs, tg] = parseChannels([
      feishu,
      { type: 'telegram', botToken: '123456:ABC-def', chatId: '@ops_room' },
    ]);
    expect(describeChannel(fs!)).toBe('feishu (feishu → open.feishu.cn)');
    expect(describeChannel(tg!)).toBe('telegram (telegram → api.telegram.org)');
    expect(secretsOf(fs!)).toEqual(expect.arrayContaining(['fs-secret-1', 'abc-123-token']));
    expect(secretsOf(tg!)).toContain('123456:ABC-def');
  });

  it('routes tickets by problem: a channel may take only some problems', () => {
    const channels = parseChannels([
      {
        type: 'email',
        name: 'finance',
        smtp: { host: 'smtp.example.com' },
        from: 'td@example.com',
        to: ['finance@example.com'],
        problems: ['duplicate_or_refund'],
      },
      { type: 'wecom', url: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k-1' },
    ]);
    expect(channelsFor(channels, 'duplicate_or_refund')).toEqual(['finance', 'wecom']);
    expect(channelsFor(channels, 'paid_not_credited')).toEqual(['wecom']);
    expect(channelsFor(channels)).toEqual(['finance', 'wecom']);
    const e = errorOf(() =>
      parseChannels([{ type: 'wecom', url: 'https://q.example/x', problems: ['refund'] }]),
    );
    expect(e.key).toBe('FORWARD_CHANNELS[0].problems[0]');
  });
});
