import { defineConfig } from 'tsup';

// Node-only ESM: the library entry (createIntake, openStore, ...) and the CLI the bin imports.
// Dependencies stay external (installed beside the package); the inbox's CSS/JS ship as files in static/.
export default defineConfig({
  entry: { index: 'src/index.ts', cli: 'src/cli.ts' },
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  outDir: 'dist',
  clean: true,
  sourcemap: true,
  splitting: true,
});
