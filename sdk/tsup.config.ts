import { defineConfig } from 'tsup';

// ESM entry points for bundler consumers (types come from `tsc -b`, which emits into dist/types:
// TypeScript 7 is native and has no JS API for tsup's dts step).
export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      'core/index': 'src/core/index.ts',
      'consoles/index': 'src/consoles/index.ts',
      'ui/index': 'src/ui/index.ts',
    },
    format: ['esm'],
    target: 'es2020',
    platform: 'browser',
    splitting: true,
    treeshake: true,
    sourcemap: true,
    clean: false,
    outDir: 'dist',
  },
]);
