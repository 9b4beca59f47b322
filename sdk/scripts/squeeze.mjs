// terser's pass over the widget's files after rolldown minified them (scripts/widget.mjs), one source for
// the build and for what scripts/size-floor.mjs measures the same way: the minifier alone leaves ~1.5 KB
// gzip of the total flow on the table (measured with esbuild's: 63.08 -> 61.62 KB with passes: 3). No
// `unsafe_*` option: unsafe_arrows saved 10 bytes here. ES2022 output (the build's target) saved 0.05 KB
// against 2020.
import { minify } from 'terser';

/** `code` (an ES module) squeezed by terser; `name` only names it in the error. */
export async function squeeze(code, name) {
  const out = await minify(code, {
    module: true,
    ecma: 2022,
    compress: { passes: 3 },
    format: { comments: false },
  });
  if (!out.code) throw new Error(`terser returned nothing for ${name}`);
  return out.code;
}
