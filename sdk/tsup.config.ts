import { defineConfig } from 'tsup';

// 1) ESM entry points for bundler consumers (types come from `tsc -b`, which emits into dist/types:
//    TypeScript 7 is native and has no JS API for tsup's dts step).
// 2) The script-tag loader dist/topup-doctor.js: IIFE, framework-free, size-budgeted (scripts/size.mjs).
// 3) What the loader fetches on first open, next to it (topup-doctor-panel.js, -check.js, -outbox.js and
//    their chunks): built by scripts/widget.mjs with rolldown after this build (the reason is there).
const browser = {
  target: 'es2020',
  platform: 'browser',
  treeshake: true,
  clean: false,
  outDir: 'dist',
} as const;

export default defineConfig([
  {
    ...browser,
    entry: {
      index: 'src/index.ts',
      'core/index': 'src/core/index.ts',
      mask: 'src/mask.ts',
      'consoles/index': 'src/consoles/index.ts',
      'ui/index': 'src/ui/index.ts',
    },
    format: ['esm'],
    splitting: true,
    // No source maps in the package: they would point at src/, which is not published (and weighed
    // 1.6 MB). Bundlers map to these readable, unminified files.
    sourcemap: false,
  },
  {
    ...browser,
    entry: { 'topup-doctor': 'src/embed/loader.ts' },
    format: ['iife'],
    // Class fields stay native (no defineProperty helper): every browser with Shadow DOM and
    // constructable stylesheets runs ES2022.
    target: 'es2022',
    outExtension: () => ({ js: '.js' }),
    // terser squeezes ~3% more than esbuild here, which the loader's budget (scripts/size.mjs) needs.
    minify: 'terser',
    // unsafe_arrows: function expressions that use no `this` become arrows (none is called with `new`).
    terserOptions: {
      ecma: 2020,
      compress: { passes: 3, unsafe_arrows: true },
      format: { comments: false, ascii_only: true },
    },
    noExternal: [/.*/],
    // No source map comment: every byte of this file counts (it is 100 lines of readable source).
    sourcemap: false,
  },
]);
