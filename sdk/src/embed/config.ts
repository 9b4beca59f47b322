// Operator config, validated at the boundary with zod/mini. A bad config logs ONE console error that
// names the field (the data attribute when it came from one) and disables the widget; the host page
// keeps working. Script-tag attributes arrive flat (`{ webhook, mailto, rules: '<json>', $attrs: true }`)
// and are mapped to the structured shape here, not in the loader, to keep the loader tiny.
import * as z from 'zod/mini';
import type { CustomConsoleSource } from '../consoles/custom/adapter.js';
import { Rules } from '../core/rules/schema.js';

const httpUrl = (what: string) =>
  z.string().check(
    z.refine((value) => {
      try {
        // The page's location in a browser; tests in Node resolve against a placeholder origin.
        const url = new URL(value, globalThis.location?.href ?? 'http://localhost/');
        return url.protocol === 'https:' || url.protocol === 'http:';
      } catch {
        return false;
      }
    }, `must be an http(s) URL (${what})`),
  );

const isElement = (value: unknown): value is HTMLElement =>
  typeof HTMLElement !== 'undefined' && value instanceof HTMLElement;

export const ConsolePreset = z.enum(['auto', 'new-api', 'one-api', 'sub2api', 'custom']);

export const WidgetConfig = z.strictObject({
  id: z.optional(z.string().check(z.regex(/^[\w-]{1,40}$/, 'letters, digits, _ and - only (at most 40)'))),
  mode: z._default(z.enum(['launcher', 'inline']), 'launcher'),
  /** Inline mode: a CSS selector or the element itself. */
  target: z.optional(z.union([z.string().check(z.minLength(1)), z.custom<HTMLElement>(isElement)])),
  locale: z._default(z.enum(['auto', 'zh-CN', 'en']), 'auto'),
  theme: z._default(z.enum(['auto', 'light', 'dark']), 'auto'),
  nonce: z.optional(z.string().check(z.regex(/^[A-Za-z0-9+/=_-]{8,200}$/, 'a CSP nonce (base64)'))),
  console: z._default(
    z.strictObject({
      preset: z._default(ConsolePreset, 'auto'),
      /** The console's origin, when it differs from the page's (reported in tickets for routing). */
      origin: z.optional(httpUrl('the console origin')),
      /** Preset options; `custom` takes getAccount / getOrders / getLedger / getKeys functions. */
      options: z.optional(z.record(z.string(), z.unknown())),
    }),
    { preset: 'auto' },
  ),
  transports: z._default(
    z.strictObject({
      webhook: z.optional(
        z.strictObject({
          endpoint: httpUrl('the webhook endpoint'),
          headers: z.optional(z.record(z.string(), z.string())),
        }),
      ),
      mailto: z.optional(
        z.strictObject({
          to: z.email('an email address'),
          subject: z.optional(z.string().check(z.maxLength(120))),
        }),
      ),
      clipboard: z._default(z.boolean(), true),
    }),
    { clipboard: true },
  ),
  rules: z.optional(Rules),
});
export type WidgetConfig = z.infer<typeof WidgetConfig>;
type ConsoleInput = NonNullable<z.input<typeof WidgetConfig>['console']>;
/** `options` is the custom preset's source when `preset` is 'custom' (typed, no cast), free-form otherwise. */
export type ConsoleConfigInput = Omit<ConsoleInput, 'preset' | 'options'> &
  (
    | { preset: 'custom'; options: CustomConsoleSource }
    | { preset?: Exclude<z.infer<typeof ConsolePreset>, 'custom'>; options?: Record<string, unknown> }
  );
export type WidgetConfigInput = Omit<z.input<typeof WidgetConfig>, 'console'> & {
  console?: ConsoleConfigInput;
};

/** Config path -> the data attribute it comes from, so errors name what the operator typed. */
const ATTRIBUTE: Record<string, string> = {
  id: 'data-id',
  mode: 'data-mode',
  target: 'data-target',
  locale: 'data-locale',
  theme: 'data-theme',
  nonce: 'data-nonce',
  'console.preset': 'data-console',
  'console.origin': 'data-console-origin',
  'transports.webhook.endpoint': 'data-webhook',
  'transports.mailto.to': 'data-mailto',
  'transports.clipboard': 'data-clipboard',
  rules: 'data-rules',
};

type Result = { ok: true; config: WidgetConfig } | { ok: false; field: string; message: string };

function fromAttributes(a: Record<string, unknown>): Record<string, unknown> | Result {
  const str = (key: string) => (typeof a[key] === 'string' ? (a[key] as string) : undefined);
  let rules: unknown;
  const rulesText = str('rules');
  if (rulesText !== undefined) {
    try {
      rules = JSON.parse(rulesText);
    } catch {
      return { ok: false, field: 'data-rules', message: 'not valid JSON' };
    }
  }
  const webhook = str('webhook');
  const mailto = str('mailto');
  const clipboard = str('clipboard');
  return {
    id: str('id'),
    mode: str('mode'),
    target: str('target'),
    locale: str('locale'),
    theme: str('theme'),
    nonce: str('nonce'),
    console: { preset: str('console'), origin: str('consoleOrigin') },
    transports: {
      webhook: webhook !== undefined ? { endpoint: webhook } : undefined,
      mailto: mailto !== undefined ? { to: mailto } : undefined,
      clipboard: clipboard === undefined ? undefined : clipboard !== 'false',
    },
    rules,
  };
}

function describe(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_value')
    return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  if (issue.code === 'unrecognized_keys') return `unknown option ${issue.keys.join(', ')}`;
  if (issue.code === 'invalid_type') return `expected ${issue.expected}`;
  return issue.message && issue.message !== 'Invalid input' ? issue.message : `invalid (${issue.code})`;
}

export function parseConfig(raw: Record<string, unknown>): Result {
  const fromAttrs = !!raw.$attrs;
  let input: Record<string, unknown> = raw;
  if (fromAttrs) {
    const mapped = fromAttributes(raw);
    if ('ok' in mapped) return mapped as Result;
    input = mapped;
  }
  const result = WidgetConfig.safeParse(input);
  if (result.success) {
    const config = result.data;
    if (config.mode === 'inline' && !config.target && !fromAttrs) {
      return { ok: false, field: 'target', message: 'inline mode needs a target (selector or element)' };
    }
    return { ok: true, config };
  }
  const issue = result.error.issues[0] as z.core.$ZodIssue;
  const path =
    issue.code === 'unrecognized_keys' ? [...issue.path, ...issue.keys].join('.') : issue.path.join('.');
  const key = Object.keys(ATTRIBUTE).find((k) => path === k || path.startsWith(`${k}.`));
  const field =
    fromAttrs && key ? `${ATTRIBUTE[key]}${path === key ? '' : ` (${path})`}` : path || '(config)';
  return { ok: false, field, message: describe(issue) };
}

/** Logs the single error the issue asks for; returns the config or null. */
export function validateConfig(raw: Record<string, unknown>): WidgetConfig | null {
  const result = parseConfig(raw);
  if (result.ok) return result.config;
  console.error(
    `[topup-doctor] invalid config: ${result.field}: ${result.message}. The widget is disabled; the page is not affected.`,
  );
  return null;
}
