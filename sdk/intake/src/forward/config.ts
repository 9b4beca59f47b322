// Operator configuration of the forwarding channels, from the environment:
//   FORWARD_CHANNELS       a JSON array of channels (or FORWARD_CHANNELS_FILE, a path to one)
//   FORWARD_TICKET_URL     the ticket's page in the inbox, with {id}: https://support.example.com/inbox/tickets/{id}
//                          (default: PUBLIC_URL + /inbox/tickets/{id}, the intake's own inbox)
//   FORWARD_LOCALE         zh-CN (default) or en: the language of the forwarded messages
//   FORWARD_MAX_ATTEMPTS   attempts per delivery before it is given up (default 8)
// Any secret may be written as "env:NAME" to read it from another variable, so the JSON itself can live in
// a file without secrets. Errors name the key (FORWARD_CHANNELS[1].secret) and never echo a value.
import { readFileSync } from 'node:fs';
import { Locale, ProblemId } from '@topup-doctor/sdk/core';
import * as z from 'zod';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** https, or http to this machine only (a local relay, the tests' fakes). */
const endpoint = z
  .string()
  .max(2000)
  .refine(
    (s) => {
      try {
        const u = new URL(s);
        return u.protocol === 'https:' || (u.protocol === 'http:' && LOOPBACK.has(u.hostname));
      } catch {
        return false;
      }
    },
    { message: 'must be an https URL (http only for 127.0.0.1/localhost)' },
  );

const secret = z.string().min(1).max(4000);

/**
 * Only tickets about these problems go to the channel (refunds to the finance mailbox, everything to the
 * support group); all problems when absent.
 */
const problems = z.array(z.enum(ProblemId.options)).min(1).optional();
const name = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, 'use 1-40 lowercase letters, digits, "-" or "_"')
  .optional();

const Email = z.strictObject({
  type: z.literal('email'),
  name,
  problems,
  smtp: z.strictObject({
    host: z.string().min(1).max(255),
    port: z.number().int().min(1).max(65535).default(587),
    /** true: TLS from the first byte (465); false: STARTTLS when offered, required unless `requireTLS: false`. */
    secure: z.boolean().default(false),
    requireTLS: z.boolean().default(true),
    user: z.string().max(320).optional(),
    pass: secret.optional(),
  }),
  from: z.string().min(3).max(320),
  to: z.array(z.email()).min(1).max(20),
});

const Feishu = z.strictObject({
  type: z.enum(['feishu', 'lark']),
  name,
  problems,
  /** https://open.feishu.cn/open-apis/bot/v2/hook/<token> (Lark: open.larksuite.com). */
  url: endpoint,
  /** The bot's 签名校验 secret, when the bot has signing on. */
  secret: secret.optional(),
});

const DingTalk = z.strictObject({
  type: z.literal('dingtalk'),
  name,
  problems,
  /** https://oapi.dingtalk.com/robot/send?access_token=<token> */
  url: endpoint,
  /** The robot's 加签 secret (SEC...), when signing is on. */
  secret: secret.optional(),
});

const WeCom = z.strictObject({
  type: z.literal('wecom'),
  name,
  problems,
  /** https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=<key> */
  url: endpoint,
});

const Telegram = z.strictObject({
  type: z.literal('telegram'),
  name,
  problems,
  botToken: secret.regex(/^\d+:[\w-]+$/, 'is not a bot token (123456:ABC...)'),
  /** A chat id (-100...) or @channelusername. */
  chatId: z.union([z.number().int(), z.string().regex(/^(-?\d+|@\w{5,32})$/)]),
  /** A topic of a forum supergroup (message_thread_id). */
  threadId: z.number().int().positive().optional(),
  /** For a local Bot API server; the public one by default. */
  apiBase: endpoint.default('https://api.telegram.org'),
});

const Slack = z.strictObject({
  type: z.literal('slack'),
  name,
  problems,
  /** https://hooks.slack.com/services/T.../B.../... */
  url: endpoint,
});

const Webhook = z.strictObject({
  type: z.literal('webhook'),
  name,
  problems,
  url: endpoint,
  /** HMAC-SHA256 key; at least 32 characters. */
  secret: secret.min(32, 'must be at least 32 characters'),
});

export const ChannelConfig = z.discriminatedUnion('type', [
  Email,
  Feishu,
  DingTalk,
  WeCom,
  Telegram,
  Slack,
  Webhook,
]);
export type ChannelConfig = z.output<typeof ChannelConfig> & { name: string };
export type ChannelType = ChannelConfig['type'];

export interface ForwardConfig {
  channels: ChannelConfig[];
  ticketUrl: string;
  locale: Locale;
  maxAttempts: number;
}

export class ForwardConfigError extends Error {
  constructor(
    readonly key: string,
    message: string,
  ) {
    super(`${key}: ${message}`);
    this.name = 'ForwardConfigError';
  }
}

const SECRET_KEYS = new Set(['secret', 'pass', 'botToken', 'url']);

/** Replaces "env:NAME" strings by the variable's value; a missing variable is an error naming the key. */
function resolveEnvRefs(v: unknown, path: string, env: Record<string, string | undefined>): unknown {
  if (typeof v === 'string' && v.startsWith('env:')) {
    const ref = v.slice(4);
    const value = env[ref];
    if (!/^[A-Z_][A-Z0-9_]*$/.test(ref)) throw new ForwardConfigError(path, `"env:" needs a variable name`);
    if (value === undefined || value === '')
      throw new ForwardConfigError(path, `environment variable ${ref} is not set`);
    return value;
  }
  if (Array.isArray(v)) return v.map((x, i) => resolveEnvRefs(x, `${path}[${i}]`, env));
  if (v && typeof v === 'object')
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, resolveEnvRefs(x, `${path}.${k}`, env)]));
  return v;
}

const keyOf = (base: string, path: readonly PropertyKey[]): string =>
  path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : `${acc}.${String(p)}`), base);

/** Channels from a JSON value (already parsed). `base` names the source in errors. */
export function parseChannels(
  raw: unknown,
  env: Record<string, string | undefined> = {},
  base = 'FORWARD_CHANNELS',
): ChannelConfig[] {
  const resolved = resolveEnvRefs(raw, base, env);
  const parsed = z.array(ChannelConfig).max(20).safeParse(resolved);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    // zod's messages name types and options, not values; a secret never appears in them.
    const path = issue.code === 'unrecognized_keys' ? [...issue.path, ...issue.keys.slice(0, 1)] : issue.path;
    throw new ForwardConfigError(keyOf(base, path), issue.message);
  }
  const seen = new Set<string>();
  return parsed.data.map((c, i) => {
    const n = c.name ?? c.type;
    if (seen.has(n))
      throw new ForwardConfigError(
        `${base}[${i}].name`,
        `"${n}" is used twice; give each channel of the same type its own name`,
      );
    seen.add(n);
    return { ...c, name: n };
  });
}

/** Reads the whole forwarding configuration; no channels configured means forwarding is off. */
export function forwardConfigFromEnv(env: Record<string, string | undefined> = process.env): ForwardConfig {
  let raw: unknown = [];
  let base = 'FORWARD_CHANNELS';
  if (env.FORWARD_CHANNELS_FILE) {
    base = 'FORWARD_CHANNELS_FILE';
    let text: string;
    try {
      text = readFileSync(env.FORWARD_CHANNELS_FILE, 'utf8');
    } catch (e) {
      throw new ForwardConfigError(
        base,
        `cannot read the file (${(e as NodeJS.ErrnoException).code ?? 'error'})`,
      );
    }
    raw = parseJson(text, base);
  } else if (env.FORWARD_CHANNELS?.trim()) raw = parseJson(env.FORWARD_CHANNELS, base);
  const channels = parseChannels(raw, env, base);

  const locale = Locale.safeParse(env.FORWARD_LOCALE ?? 'zh-CN');
  if (!locale.success) throw new ForwardConfigError('FORWARD_LOCALE', 'use zh-CN or en');
  const maxAttempts = Number(env.FORWARD_MAX_ATTEMPTS ?? '8');
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1 || maxAttempts > 50)
    throw new ForwardConfigError('FORWARD_MAX_ATTEMPTS', 'use a whole number from 1 to 50');
  // The intake's own inbox serves a ticket at /inbox/tickets/:id under its public URL.
  const ticketUrl =
    env.FORWARD_TICKET_URL ||
    (env.PUBLIC_URL ? `${env.PUBLIC_URL.replace(/\/+$/, '')}/inbox/tickets/{id}` : '');
  if (channels.length > 0) {
    if (!ticketUrl)
      throw new ForwardConfigError(
        'FORWARD_TICKET_URL',
        'is required when channels are configured (or set PUBLIC_URL, the inbox’s address)',
      );
    const ok = endpoint.safeParse(ticketUrl.replaceAll('{id}', 'x'));
    if (!ok.success) throw new ForwardConfigError('FORWARD_TICKET_URL', ok.error.issues[0]!.message);
    if (!ticketUrl.includes('{id}')) throw new ForwardConfigError('FORWARD_TICKET_URL', 'must contain {id}');
  }
  return { channels, ticketUrl, locale: locale.data, maxAttempts };
}

function parseJson(text: string, key: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // The parser's message quotes the text around the error, which may be a secret: say where, not what.
    throw new ForwardConfigError(key, 'is not valid JSON');
  }
}

/** The names of the channels a ticket about `problem` goes to (every channel when the problem is unknown). */
export function channelsFor(channels: readonly ChannelConfig[], problem?: string): string[] {
  return channels
    .filter((c) => !c.problems || problem === undefined || (c.problems as string[]).includes(problem))
    .map((c) => c.name);
}

/** What may be logged about a channel: its name, type and host, never a path, token, key or secret. */
export function describeChannel(c: ChannelConfig): string {
  const host =
    c.type === 'email'
      ? `${c.smtp.host}:${c.smtp.port}`
      : c.type === 'telegram'
        ? new URL(c.apiBase).host
        : new URL(c.url).host;
  return `${c.name} (${c.type} → ${host})`;
}

/** Every secret string of a channel, so error texts can be scrubbed of them before they are stored. */
export function secretsOf(c: ChannelConfig): string[] {
  const out: string[] = [];
  const walk = (v: unknown, k: string) => {
    if (typeof v === 'string' && SECRET_KEYS.has(k) && v.length >= 4) {
      out.push(v);
      if (k === 'url') {
        const u = new URL(v);
        out.push(u.pathname, u.search);
        for (const val of u.searchParams.values()) if (val.length >= 4) out.push(val);
        for (const seg of u.pathname.split('/')) if (seg.length >= 8) out.push(seg);
      }
    } else if (v && typeof v === 'object') for (const [kk, vv] of Object.entries(v)) walk(vv, kk);
  };
  walk(c, '');
  return out.filter((s) => s.length >= 4);
}
