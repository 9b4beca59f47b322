import { defineConfig } from 'vitest/config';

// Two kinds of tests, run as separate projects so `pnpm test` shows both:
// - unit*: pure and jsdom-free tests next to the code (sdk, demo, extension with WXT's fake browser);
// - browser: real Debian Chromium driven by playwright-core (test/), against built files.
const sourceConditions = { conditions: ['source', 'module', 'browser', 'development|production'] };

export default defineConfig({
  test: {
    projects: [
      {
        resolve: sourceConditions,
        ssr: { resolve: { conditions: ['source', 'module', 'node', 'development|production'] } },
        test: {
          name: 'unit',
          include: [
            'sdk/src/**/*.test.{ts,tsx}',
            'sdk/bench/**/*.test.ts',
            'sdk/intake/src/**/*.test.ts',
            'sdk/help/src/**/*.test.ts',
            'demo/src/**/*.test.ts',
            'sdk/scripts/**/*.test.mjs',
          ],
          environment: 'node',
        },
      },
      'extension/vitest.config.ts',
      {
        ssr: { resolve: { conditions: ['source', 'module', 'node', 'development|production'] } },
        test: {
          name: 'browser',
          include: ['test/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One Chromium at a time: the machines have 2 cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
