// The intake's settings: one zod schema, read from the environment by the CLI (docs: README.md) or passed
// by code (the demo). Validated at start-up: a wrong setting stops the process with the variable named.
import { LOCALES } from '@topup-doctor/sdk/core';
import * as z from 'zod';

const Origin = z.string().transform((value, ctx) => {
  try {
    const u = new URL(value);
    if ((u.protocol === 'http:' || u.protocol === 'https:') && u.origin !== 'null') return u.origin;
  } catch {
    // fall through
  }
  ctx.addIssue({ code: 'custom', message: `not an http(s) origin: ${value}` });
  return z.NEVER;
});

/** An address or a CIDR block (IPv4 or IPv6), e.g. 127.0.0.1, 10.0.0.0/8, ::1. */
const ProxyEntry = z.string().regex(/^[0-9a-fA-F:.]+(\/\d{1,3})?$/, 'an IP address or CIDR block');

export const IntakeLimits = z.object({
  /** Largest accepted request body, bytes (HTTP 413 above). */
  maxBodyBytes: z
    .number()
    .int()
    .positive()
    .default(64 * 1024),
  windowMs: z
    .number()
    .int()
    .positive()
    .default(10 * 60_000),
  /** Accepted tickets per client per window (refused and repeated posts do not count). */
  ticketsPerWindow: z.number().int().positive().default(20),
  /** Refused requests (malformed, invalid, unmasked) per client per window before the client is slowed. */
  refusalsPerWindow: z.number().int().positive().default(60),
  eventsPerWindow: z.number().int().positive().default(600),
  /** Failed logins per username and per client per window. */
  loginFailuresPerWindow: z.number().int().positive().default(10),
});
export type IntakeLimits = z.infer<typeof IntakeLimits>;

export const IntakeConfig = z.object({
  /** Console origins whose pages may post tickets and events (CORS allow-list). Same-origin always may. */
  allowedOrigins: z.array(Origin).default([]),
  /** Reverse proxies whose X-Forwarded-For is believed; from anyone else the header is ignored. */
  trustedProxies: z.array(ProxyEntry).default([]),
  /** The inbox's public base URL (links in forwarded messages; https makes the session cookie Secure). */
  publicUrl: z.optional(z.url()),
  /** Defaults for new support accounts. */
  defaultLocale: z.enum(LOCALES).default('zh-CN'),
  defaultTimeZone: z.string().default('Asia/Shanghai'),
  sessionHours: z.number().positive().default(12),
  limits: IntakeLimits.default(IntakeLimits.parse({})),
});
export type IntakeConfig = z.infer<typeof IntakeConfig>;
export type IntakeConfigInput = z.input<typeof IntakeConfig>;

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const list = (value: string | undefined) =>
  value
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean) ?? [];

/** The settings from environment variables (see README.md for each one). */
export function configFromEnv(env: NodeJS.ProcessEnv): IntakeConfigInput {
  const int = (name: string) => (env[name] ? Number(env[name]) : undefined);
  return {
    allowedOrigins: list(env.ALLOWED_ORIGINS),
    trustedProxies: list(env.TRUSTED_PROXIES),
    publicUrl: env.PUBLIC_URL || undefined,
    defaultLocale: env.DEFAULT_LOCALE === 'en' ? 'en' : 'zh-CN',
    defaultTimeZone: env.DEFAULT_TIME_ZONE || undefined,
    sessionHours: int('SESSION_HOURS'),
    limits: {
      ticketsPerWindow: int('TICKETS_PER_WINDOW'),
      maxBodyBytes: int('MAX_BODY_BYTES'),
    },
  };
}

export function parseConfig(input: IntakeConfigInput): IntakeConfig {
  const parsed = IntakeConfig.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid intake setting ${issue?.path.join('.') || ''}: ${issue?.message}`);
  }
  if (!isTimeZone(parsed.data.defaultTimeZone)) {
    throw new Error(
      `Invalid intake setting defaultTimeZone: unknown time zone ${parsed.data.defaultTimeZone}`,
    );
  }
  return parsed.data;
}
