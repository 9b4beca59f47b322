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
  /** Print, masked, the config, why a preset was chosen and what it read (console.info). */
  debug: z.optional(z.boolean()),
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
  debug: 'data-debug',
};

/** Every data attribute the loader reads, as `dataset` keys (data-console-origin -> consoleOrigin). */
export const DATASET_KEYS = [
  'id',
  'mode',
  'target',
  'locale',
  'theme',
  'nonce',
  'console',
  'consoleOrigin',
  'webhook',
  'mailto',
  'clipboard',
  'rules',
  'manual',
  'debug',
];
const toAttribute = (key: string) => `data-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** Edit distance (insertions, deletions, substitutions), for "did you mean". */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/** The candidate closest to `word` when it is close enough to be a typo (case and dashes ignored). */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const norm = (w: string) => w.toLowerCase().replace(/[-_\s]/g, '');
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const d = distance(norm(word), norm(candidate));
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

const didYouMean = (word: string, candidates: readonly string[], show = (c: string) => c) => {
  const match = closest(word, candidates);
  return match === undefined ? '' : `; did you mean ${show(match)}?`;
};

type Result =
  | { ok: true; config: WidgetConfig; warnings: string[] }
  | { ok: false; field: string; message: string; warnings: string[] };

function fromAttributes(
  a: Record<string, unknown>,
): Record<string, unknown> | { field: string; message: string } {
  const str = (key: string) => (typeof a[key] === 'string' ? (a[key] as string) : undefined);
  let rules: unknown;
  const rulesText = str('rules');
  if (rulesText !== undefined) {
    try {
      rules = JSON.parse(rulesText);
    } catch {
      return { message: 'not valid JSON' };
    }
  }
  const webhook = str('webhook');
  const mailto = str('mailto');
  const clipboard = str('clipboard');
  const debug = str('debug');
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
    // `data-debug` alone (empty value) turns it on.
    debug: debug === undefined ? undefined : debug !== 'false',
  };
}

/** Mistakes that do not stop the widget: unknown attributes and unknown rule keys (the rules schema
 *  ignores those), each named with the closest valid one. */
function warningsFor(
  raw: Record<string, unknown>,
  input: Record<string, unknown>,
  fromAttrs: boolean,
): string[] {
  const warnings: string[] = [];
  if (fromAttrs) {
    for (const key of Object.keys(raw)) {
      if (key === '$attrs' || DATASET_KEYS.includes(key)) continue;
      warnings.push(
        `unknown attribute ${toAttribute(key)}, ignored${didYouMean(key, DATASET_KEYS, toAttribute)}`,
      );
    }
  }
  const rules = input.rules;
  if (rules && typeof rules === 'object' && !Array.isArray(rules)) {
    const known = Object.keys(Rules.def.shape);
    for (const key of Object.keys(rules)) {
      if (known.includes(key)) continue;
      warnings.push(
        `unknown rule key "${key}" in ${fromAttrs ? 'data-rules' : 'rules'}, ignored${didYouMean(key, known, (c) => `"${c}"`)}`,
      );
    }
  }
  return warnings;
}

/** The keys a JS config may have, per object, for "did you mean" on an unknown one. */
const OPTION_KEYS: Record<string, readonly string[]> = {
  '': Object.keys(WidgetConfig.def.shape),
  console: ['preset', 'origin', 'options'],
  transports: ['webhook', 'mailto', 'clipboard'],
  'transports.webhook': ['endpoint', 'headers'],
  'transports.mailto': ['to', 'subject'],
};

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path)
    value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

function describe(issue: z.core.$ZodIssue, input: unknown): string {
  if (issue.code === 'invalid_value') {
    const got = valueAt(input, issue.path);
    const options = issue.values.map((v) => JSON.stringify(v));
    const hint =
      typeof got === 'string' ? didYouMean(got, issue.values.map(String), (c) => JSON.stringify(c)) : '';
    return `${JSON.stringify(got)} is not one of ${options.join(', ')}${hint}`;
  }
  if (issue.code === 'unrecognized_keys') {
    const known = OPTION_KEYS[issue.path.join('.')] ?? [];
    return `unknown option ${issue.keys.join(', ')}${issue.keys.length === 1 ? didYouMean(issue.keys[0]!, known) : ''}`;
  }
  if (issue.code === 'invalid_type') return `expected ${issue.expected}`;
  return issue.message && issue.message !== 'Invalid input' ? issue.message : `invalid (${issue.code})`;
}

export function parseConfig(raw: Record<string, unknown>): Result {
  const fromAttrs = !!raw.$attrs;
  let input: Record<string, unknown> = raw;
  if (fromAttrs) {
    const mapped = fromAttributes(raw);
    if ('message' in mapped)
      return {
        ok: false,
        field: 'data-rules',
        message: String(mapped.message),
        warnings: warningsFor(raw, {}, true),
      };
    input = mapped;
  }
  const warnings = warningsFor(raw, input, fromAttrs);
  const result = WidgetConfig.safeParse(input);
  if (result.success) {
    const config = result.data;
    if (config.mode === 'inline' && !config.target && !fromAttrs) {
      return {
        ok: false,
        field: 'target',
        message: 'inline mode needs a target (selector or element)',
        warnings,
      };
    }
    return { ok: true, config, warnings };
  }
  const issue = result.error.issues[0] as z.core.$ZodIssue;
  const path =
    issue.code === 'unrecognized_keys' ? [...issue.path, ...issue.keys].join('.') : issue.path.join('.');
  const key = Object.keys(ATTRIBUTE).find((k) => path === k || path.startsWith(`${k}.`));
  const field =
    fromAttrs && key ? `${ATTRIBUTE[key]}${path === key ? '' : ` (${path})`}` : path || '(config)';
  return { ok: false, field, message: describe(issue, input), warnings };
}

/**
 * Logs each warning (console.warn) and, for a config that cannot work, ONE error naming the attribute
 * (console.error); returns the config or null. `quiet`: no warnings (a second check of the same config).
 */
export function validateConfig(raw: Record<string, unknown>, quiet = false): WidgetConfig | null {
  const result = parseConfig(raw);
  if (!quiet) for (const warning of result.warnings) console.warn(`[topup-doctor] ${warning}.`);
  if (result.ok) return result.config;
  console.error(
    `[topup-doctor] invalid config: ${result.field}: ${result.message}. The widget is disabled; the page is not affected.`,
  );
  return null;
}
