// API keys as facts: masked only. new-api >= 2025 lists keys masked (first 4 + `**********` + last 4,
// model/token.go MaskTokenKey); one-api and older new-api list FULL keys, sub2api lists full keys too
// (frontend/src/types ApiKey.key). A full key is reduced here, at the boundary, and never kept.
import type { MaskedKey } from '../core/index.js';
import { maskText } from '../core/mask/index.js';

const MASK_MARK = /[*•…]|\.\.\./;

export function toMaskedKey(
  key: string,
  rest: { name?: string; group?: string; status?: MaskedKey['status'] },
): MaskedKey | undefined {
  const k = key.trim();
  if (k.length < 8) return undefined; // too short to carry a meaningful last 4 without being the key itself
  const last4 = k.slice(-4);
  if (MASK_MARK.test(last4)) return undefined;
  const masked = MASK_MARK.test(k) ? k : `${k.slice(0, 4)}**********${last4}`;
  const out: MaskedKey = { masked, last4 };
  // Key names are free text the user typed: scan them like any other text.
  if (rest.name) out.name = maskText(rest.name).text;
  if (rest.group) out.group = rest.group;
  if (rest.status) out.status = rest.status;
  return out;
}
