// The leak definition: any run of at least 8 consecutive characters of a sensitive value (half its
// length if shorter) still present after normalization, or an email's local part. Case-insensitive.
import { normalize } from '../src/core/mask/normalize.js';
import type { Sensitive } from './sensitive.js';

function hasRun(haystack: string, value: string): boolean {
  const v = normalize(value).norm.toLowerCase();
  const k = Math.min(8, Math.ceil(v.length / 2));
  for (let i = 0; i + k <= v.length; i++) if (haystack.includes(v.slice(i, i + k))) return true;
  return false;
}

/** `output` is the masked text as produced; `shown` the value as it was written in the input. */
export function leaks(output: string, s: Sensitive, shown: string = s.value): boolean {
  const o = normalize(output).norm.toLowerCase();
  // For an email the local part is the secret; the domain stays by design (`a***@example.com`).
  if (s.local !== undefined) return hasRun(o, s.local) || o.includes(s.local.toLowerCase());
  return hasRun(o, s.value) || hasRun(o, shown);
}
