// What the page's own widget config declares (sdk/src/embed/config.ts: the script tag's or the
// <topup-doctor> element's data attributes), for the widget the extension opens where the page's widget
// does not run: the operator's ticket endpoint, support address and rules. Each is checked like the
// widget checks it; a bad one is dropped rather than disabling the self-check.
import { Rules } from '@topup-doctor/sdk/core';

export interface Declared {
  webhook?: string;
  mailto?: string;
  rules?: Rules;
}

export function declaredConfig(doc: Document): Declared {
  const el = doc.querySelector(
    'script[data-webhook], script[data-mailto], topup-doctor[data-webhook], topup-doctor[data-mailto]',
  );
  const out: Declared = {};
  const webhook = el?.getAttribute('data-webhook');
  if (webhook) {
    try {
      const url = new URL(webhook, doc.location.href);
      // Same origin, or https: a ticket never goes to a plain-http third party.
      if (url.protocol === 'https:' || url.origin === doc.location.origin) out.webhook = url.href;
    } catch {
      // not a URL: no webhook
    }
  }
  const mailto = el?.getAttribute('data-mailto');
  if (mailto && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(mailto)) out.mailto = mailto;
  const rulesText = el?.getAttribute('data-rules');
  if (rulesText) {
    try {
      const rules = Rules.safeParse(JSON.parse(rulesText));
      if (rules.success) out.rules = rules.data;
    } catch {
      // not JSON: the default rules apply
    }
  }
  return out;
}
