// The companion extension's warnings join the ticket as 'warn' checks, so the preview shows
// them and support receives them: worded by the core catalogs (`ext.warn.*`, the same copy the extension
// shows) and masked like any check evidence. Only `ext.warn.*` keys are worded: a key the catalogs lack
// (a newer extension) or any other key a page script might post is left out, never sent raw.
import {
  type Audience,
  type BridgeWarning,
  hasKey,
  type Locale,
  type MaskNotice,
  type MessageParams,
  maskText,
  type Ticket,
  type TicketCheck,
  t,
} from '../core/index.js';

const MAX_CHECKS = 50;
const MAX_NOTICES = 200;

/** Public pastes show no account id (like the core's `...Id` params): `爱丽丝 (#1)` -> `爱丽丝 (#***)`. */
function forAudience(params: MessageParams | undefined, audience: Audience): MessageParams | undefined {
  if (audience !== 'public' || !params) return params;
  const out: MessageParams = {};
  for (const [k, v] of Object.entries(params))
    out[k] = typeof v === 'string' ? v.replace(/#\w+/g, '#***') : v;
  return out;
}

export function withExtensionWarnings(
  ticket: Ticket,
  warnings: readonly BridgeWarning[],
  locale: Locale,
  audience: Audience,
): Ticket {
  const room = MAX_CHECKS - ticket.checks.length;
  const masked: MaskNotice[] = [...ticket.masked];
  const checks: TicketCheck[] = [];
  for (const w of warnings) {
    if (checks.length >= room) break;
    if (!w.key.startsWith('ext.warn.') || !hasKey(w.key)) continue;
    const params = forAudience(w.params, audience);
    const text = t(locale, params ? { key: w.key, params } : { key: w.key });
    // A warning whose params did not arrive would read "{stored}": support gets nothing from it.
    if (/\{\w+\}/.test(text)) continue;
    const r = maskText(text, { audience, locale });
    const id = `extension.${w.id}`.slice(0, 80);
    for (const f of r.findings)
      if (masked.length < MAX_NOTICES) masked.push({ field: `check:${id}`, kind: f.kind });
    checks.push({ id, status: 'warn', evidence: r.text.slice(0, 1000) });
  }
  return checks.length ? { ...ticket, checks: [...ticket.checks, ...checks], masked } : ticket;
}
