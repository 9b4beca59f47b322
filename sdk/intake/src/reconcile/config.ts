// The operator's settings for reconciliation: which gateway to read (kind, base URL, admin credential) and,
// optionally, which payment platform to ask. From environment variables or a JSON file (RECONCILE_CONFIG),
// validated with zod at start-up; a wrong setting stops the process naming the setting, never its value.
// Credentials stay in this object and the clients built from it: never on a page, in a log or the store.
import { readFileSync } from 'node:fs';
import * as z from 'zod';

const BaseUrl = z
  .string()
  .trim()
  .refine((v) => {
    try {
      const u = new URL(v);
      // Paths are appended to it (urlOf): a query or fragment would swallow them.
      return (
        (u.protocol === 'http:' || u.protocol === 'https:') &&
        !u.username &&
        !u.password &&
        !v.includes('?') &&
        !v.includes('#')
      );
    } catch {
      return false;
    }
  }, 'an http(s) URL without a user, password, query or fragment in it')
  .transform((v) => v.replace(/\/+$/, ''));

const Secret = (what: string) => z.string().trim().min(8, `${what} is missing or too short`).max(4096);

/** The console's `common.QuotaPerUnit` (quota per dollar; 500000 unless the operator changed it), for
 *  new-api and one-api: with it the inbox shows a redeem code's dollars beside its raw quota and reads ledger
 *  credits in dollars. A whole number, from JSON or from an environment variable's text. */
const QuotaPerUnit = z
  .union([
    z.number(),
    z
      .string()
      .trim()
      .regex(/^\d{1,12}$/, 'a whole number')
      .transform(Number),
  ])
  .pipe(z.number().int('a whole number').positive('a whole number above 0').max(1e12))
  .optional();

export const GatewaySettings = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('new-api'),
    baseUrl: BaseUrl,
    /** An admin's access token (new-api: personal settings → system access token). */
    accessToken: Secret('the admin access token'),
    /** That admin's user id: new-api checks it against the token in the New-Api-User header. */
    adminUserId: z
      .string()
      .trim()
      .regex(/^\d{1,12}$/, 'the admin user id (a number)'),
    quotaPerUnit: QuotaPerUnit,
  }),
  z.strictObject({
    kind: z.literal('one-api'),
    baseUrl: BaseUrl,
    /** An admin's access token (one-api: sent as Authorization: Bearer). */
    token: Secret('the admin token'),
    quotaPerUnit: QuotaPerUnit,
  }),
  z.strictObject({
    kind: z.literal('sub2api'),
    baseUrl: BaseUrl,
    /** sub2api's admin API key (sent as x-api-key). */
    apiKey: Secret('the admin API key'),
  }),
]);
export type GatewaySettings = z.infer<typeof GatewaySettings>;

export const ProviderSettings = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('epay'),
    /** The platform's base URL; its query API is <baseUrl>/api.php?act=order. */
    baseUrl: BaseUrl,
    pid: z
      .string()
      .trim()
      .regex(/^\d{1,20}$/, 'the merchant id (pid, a number)'),
    key: Secret('the merchant key'),
  }),
  z.strictObject({
    kind: z.literal('stripe'),
    /** A secret or restricted key with read access to PaymentIntents and Checkout Sessions. */
    secretKey: z
      .string()
      .trim()
      .regex(/^(sk|rk)_(test|live)_[A-Za-z0-9]{8,}$/, 'a Stripe secret (sk_…) or restricted (rk_…) key'),
  }),
]);
export type ProviderSettings = z.infer<typeof ProviderSettings>;

const PROVIDER_WITHOUT_GATEWAY = 'set the gateway too (the platform is asked about the gateway’s orders)';

export const ReconcileSettings = z
  .strictObject({
    gateway: GatewaySettings.optional(),
    provider: ProviderSettings.optional(),
    /** Each gateway or platform call's time limit, ms. */
    timeoutMs: z.number().int().min(200).max(60_000).default(4000),
  })
  .superRefine((s, ctx) => {
    // The same rule for RECONCILE_CONFIG files as for the variables.
    if (s.provider && !s.gateway) {
      ctx.addIssue({ code: 'custom', path: ['provider'], message: PROVIDER_WITHOUT_GATEWAY });
    }
  });
export type ReconcileSettings = z.infer<typeof ReconcileSettings>;
export type ReconcileSettingsInput = z.input<typeof ReconcileSettings>;

/** Which environment variable holds each setting (for the error message). */
const ENV_NAMES: Record<string, string> = {
  'gateway.kind': 'RECONCILE_GATEWAY',
  'gateway.baseUrl': 'RECONCILE_GATEWAY_URL',
  'gateway.accessToken': 'RECONCILE_NEWAPI_ACCESS_TOKEN',
  'gateway.adminUserId': 'RECONCILE_NEWAPI_USER_ID',
  'gateway.token': 'RECONCILE_ONEAPI_TOKEN',
  'gateway.apiKey': 'RECONCILE_SUB2API_ADMIN_KEY',
  'gateway.quotaPerUnit': 'RECONCILE_QUOTA_PER_UNIT',
  'provider.kind': 'RECONCILE_PROVIDER',
  'provider.baseUrl': 'RECONCILE_EPAY_URL',
  'provider.pid': 'RECONCILE_EPAY_PID',
  'provider.key': 'RECONCILE_EPAY_KEY',
  'provider.secretKey': 'RECONCILE_STRIPE_SECRET_KEY',
  timeoutMs: 'RECONCILE_TIMEOUT_MS',
};

export class ReconcileSettingsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReconcileSettingsError';
  }
}

/** Validates settings; the error names the setting (and its variable) and never repeats a value. */
export function parseReconcileSettings(input: unknown, source: 'env' | string = 'env'): ReconcileSettings {
  const parsed = ReconcileSettings.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const path = issue?.path.join('.') ?? '';
  const where = source === 'env' ? (ENV_NAMES[path] ?? path) : `${path} in ${source}`;
  const message =
    issue?.code === 'custom'
      ? issue.message
      : issue?.code === 'invalid_union' || issue?.code === 'invalid_value'
        ? path.endsWith('kind') || path === 'gateway' || path === 'provider'
          ? path.startsWith('gateway')
            ? 'one of new-api, one-api, sub2api'
            : 'one of epay, stripe'
          : 'not an allowed value'
        : issue?.code === 'unrecognized_keys'
          ? `unknown setting ${(issue as { keys?: string[] }).keys?.join(', ')}`
          : (issue?.message ?? 'invalid');
  throw new ReconcileSettingsError(`Invalid reconciliation setting ${where}: ${message}`);
}

/**
 * The settings from the environment: RECONCILE_CONFIG names a JSON file of the same shape (a secret may
 * then live in a file readable only by the intake), else the RECONCILE_* variables. Nothing set: none.
 */
export function reconcileSettingsFromEnv(env: NodeJS.ProcessEnv): ReconcileSettings {
  const file = env.RECONCILE_CONFIG?.trim();
  if (file) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      const why = (error as NodeJS.ErrnoException).code ?? 'not valid JSON';
      throw new ReconcileSettingsError(`Cannot read RECONCILE_CONFIG ${file}: ${why}`);
    }
    return parseReconcileSettings(json, file);
  }
  const v = (name: string) => env[name]?.trim() || undefined;
  const kind = v('RECONCILE_GATEWAY');
  const gateway = kind
    ? kind === 'new-api'
      ? {
          kind,
          baseUrl: v('RECONCILE_GATEWAY_URL'),
          accessToken: v('RECONCILE_NEWAPI_ACCESS_TOKEN'),
          adminUserId: v('RECONCILE_NEWAPI_USER_ID'),
          quotaPerUnit: v('RECONCILE_QUOTA_PER_UNIT'),
        }
      : kind === 'one-api'
        ? {
            kind,
            baseUrl: v('RECONCILE_GATEWAY_URL'),
            token: v('RECONCILE_ONEAPI_TOKEN'),
            quotaPerUnit: v('RECONCILE_QUOTA_PER_UNIT'),
          }
        : { kind, baseUrl: v('RECONCILE_GATEWAY_URL'), apiKey: v('RECONCILE_SUB2API_ADMIN_KEY') }
    : undefined;
  const pk = v('RECONCILE_PROVIDER');
  const provider = pk
    ? pk === 'stripe'
      ? { kind: pk, secretKey: v('RECONCILE_STRIPE_SECRET_KEY') }
      : {
          kind: pk,
          baseUrl: v('RECONCILE_EPAY_URL'),
          pid: v('RECONCILE_EPAY_PID'),
          key: v('RECONCILE_EPAY_KEY'),
        }
    : undefined;
  if (provider && !gateway) {
    throw new ReconcileSettingsError(
      'Invalid reconciliation setting RECONCILE_PROVIDER: set RECONCILE_GATEWAY too (the platform is asked about the gateway’s orders)',
    );
  }
  const timeout = v('RECONCILE_TIMEOUT_MS');
  const input = {
    ...(gateway ? { gateway: dropUndefined(gateway) } : {}),
    ...(provider ? { provider: dropUndefined(provider) } : {}),
    ...(timeout !== undefined ? { timeoutMs: Number(timeout) } : {}),
  };
  return parseReconcileSettings(input);
}

const dropUndefined = (o: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(o).filter(([, value]) => value !== undefined));

/** A line for the start-up log: what is configured, without any credential. */
export function describeReconcile(s: ReconcileSettings): string {
  if (!s.gateway) return 'reconciliation: off (no RECONCILE_GATEWAY)';
  const provider = s.provider
    ? `${s.provider.kind}${'baseUrl' in s.provider ? ` at ${s.provider.baseUrl}` : ''}`
    : 'none';
  const quota =
    'quotaPerUnit' in s.gateway && s.gateway.quotaPerUnit
      ? `; ${s.gateway.quotaPerUnit} quota per dollar`
      : '';
  return `reconciliation: ${s.gateway.kind} at ${s.gateway.baseUrl}${quota}; payment platform: ${provider}; ${s.timeoutMs} ms per call`;
}
