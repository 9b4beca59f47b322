// maskText: normalize, run the linear scanners on the normalized text, keep non-overlapping
// candidates (earliest first, then the most specific), and splice replacements into the ORIGINAL text so
// everything around a finding stays byte for byte.
import { DECISION } from './candidate.js';
import { COLON, codeAt, DOT, FULLWIDTH_COLON, isLowSurrogate, SPACE } from './char-codes.js';
import { cls, DIGIT, edge } from './chars.js';
import { compose } from './compose.js';
import { decidesAgain } from './context.js';
import { label } from './masks.js';
import { normalize } from './normalize.js';
import { resolve } from './resolve.js';
import { scan } from './scan.js';
import type { Finding, MaskOptions, MaskResult } from './types.js';

export interface InternalOptions extends MaskOptions {
  /** Task/request id fields: look-alike numbers and codes stay. */
  idField?: boolean;
}

/** Could the mask's first character (a word character) join what stands before it in a second pass? */
function gluedBefore(norm: string, s: number): boolean {
  const b = codeAt(norm, s - 1);
  if (b === DOT) return cls(codeAt(norm, s - 2)) !== 0; // `x.` + mask; a sentence's '.' is no glue
  return edge(b) || (b === SPACE && cls(codeAt(norm, s - 2)) === DIGIT);
}

/** Could the mask's last character join what follows it (`…~pwd` + `: value` is a key word again)? */
function gluedAfter(norm: string, e: number): boolean {
  const f = codeAt(norm, e);
  if (f === DOT) return cls(codeAt(norm, e + 1)) !== 0;
  return (
    edge(f) || f === COLON || f === FULLWIDTH_COLON || (f === SPACE && cls(codeAt(norm, e + 1)) === DIGIT)
  );
}

/** One pass. `again` says the output may hold something a second pass would find: a mask glued to a word
 *  or address character or a digit group, overlapping candidates, or a context window holding a finding. */
function once(text: string, options: InternalOptions): MaskResult & { again: boolean } {
  const { norm, map } = normalize(text);
  const { out: cands, decided } = scan(norm, options.locale ?? 'zh-CN', options.idField === true, text, map);
  if (cands.length === 0) return { text, findings: [], again: false };
  const { kept, glued } = resolve(cands, norm);
  let again = glued;
  // A context decision whose window holds a finding may read differently once it is masked (`护照
  // <secret> E12345678`: the shorter mask brings 护照 into the window; a word inside a value is gone).
  for (let i = 0; i < decided.length && !again; i += DECISION) again = decidesAgain(norm, decided, i, kept);
  const findings: Finding[] = [];
  let out = '';
  let pos = 0;
  // No email travels to a public audience, not even masked (`a***@163.com` still names a mailbox).
  const noEmail = options.audience === 'public';
  for (const k of kept) {
    const c = noEmail && k.kind === 'email' ? { ...k, rep: label('email', options.locale) } : k;
    const start = map ? map[c.s]! : c.s;
    let end = map ? map[c.e - 1]! + 1 : c.e;
    // Never split a surrogate pair (a digit like 𝟖 is two code units mapped to its first).
    if (isLowSurrogate(codeAt(text, end))) end++;
    out += text.slice(pos, start) + c.rep;
    pos = end;
    findings.push({ kind: c.kind, start, end, replacement: c.rep });
    if (!again) {
      const r = c.rep;
      again =
        (edge(r.charCodeAt(0)) && gluedBefore(norm, c.s)) ||
        (edge(r.charCodeAt(r.length - 1)) && gluedAfter(norm, c.e));
    }
  }
  out += text.slice(pos);
  return { text: out, findings, again };
}

export function maskTextWith(text: string, options: InternalOptions = {}): MaskResult {
  // Free text is scanned with the same rules for both audiences (docs/domain.md section 3); the audience
  // changes structured fields (see field.ts) and, in free text, turns an email's mask into a label.
  let r = once(text, options);
  // Masking masked text must find nothing (the intake re-scans tickets): where the output may hold
  // something, scan it again and fold what is found into the findings, until nothing is left.
  for (let pass = 0; r.again && pass < 4; pass++) {
    const next = once(r.text, options);
    if (next.findings.length === 0) break;
    r = { ...compose(r, next), again: next.again };
  }
  if (options.audience === 'public') {
    const masked = maskedEmails(r.text, options);
    if (masked.findings.length) return compose(r, masked);
  }
  return { text: r.text, findings: r.findings };
}

/** An email mask (`a***@163.com`), ours or typed: only the support audience may see even that much. */
const MASKED_EMAIL = /[A-Za-z0-9._%+-]?\*{3}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;

function maskedEmails(text: string, options: InternalOptions): MaskResult {
  const findings: Finding[] = [];
  const rep = label('email', options.locale);
  const out = text.replace(MASKED_EMAIL, (m, start: number) => {
    findings.push({ kind: 'email', start, end: start + m.length, replacement: rep });
    return rep;
  });
  return { text: out, findings };
}

export function maskText(text: string, options?: MaskOptions): MaskResult {
  return maskTextWith(text, options);
}
