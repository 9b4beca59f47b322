// Folding a second pass into the first: masking masked text must find nothing, so where the
// first pass's output may hold something, the engine scans it again and folds the findings back into
// offsets of the original input.
import type { Finding, MaskResult } from './types.js';

/**
 * Folds a second pass (offsets into r1.text) into the first (offsets into the original): a finding of
 * the second pass and every first-pass finding it touches become one finding of the original.
 */
export function compose(r1: MaskResult, r2: MaskResult): MaskResult {
  const f1 = r1.findings;
  const f2 = r2.findings;
  const out: Finding[] = [];
  let i = 0;
  let j = 0;
  let d1 = 0; // r1.text - original, over first-pass findings already passed
  let d2 = 0; // r2.text - r1.text, over second-pass findings already passed
  let o = f1.length > 0 ? f1[0]!.start : 0; // r1.text offset of f1[i]
  const len1 = (f: Finding) => f.replacement.length;
  const step1 = () => {
    const f = f1[i]!;
    d1 += len1(f) - (f.end - f.start);
    i++;
    if (i < f1.length) o = f1[i]!.start + d1;
  };
  while (j < f2.length) {
    let a = f2[j]!.start;
    while (i < f1.length && o + len1(f1[i]!) <= a) {
      out.push(f1[i]!);
      step1();
    }
    if (i < f1.length && o < a) a = o;
    const start = a - d1;
    const a2 = a + d2;
    let kind = f2[j]!.kind;
    let b = a;
    for (let grew = true; grew; ) {
      grew = false;
      while (j < f2.length && (f2[j]!.start < b || b === a)) {
        const g = f2[j]!;
        b = Math.max(b, g.end);
        d2 += g.replacement.length - (g.end - g.start);
        j++;
        grew = true;
      }
      while (i < f1.length && o < b) {
        if (o === a) kind = f1[i]!.kind;
        b = Math.max(b, o + len1(f1[i]!));
        step1();
        grew = true;
      }
    }
    out.push({ kind, start, end: b - d1, replacement: r2.text.slice(a2, b + d2) });
  }
  while (i < f1.length) out.push(f1[i++]!);
  return { text: r2.text, findings: out };
}
