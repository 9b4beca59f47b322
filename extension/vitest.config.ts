import { defineProject } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineProject({
  // root: the extension folder, so WXT finds its entrypoints when vitest runs from the workspace root.
  plugins: [WxtVitest({ root: import.meta.dirname })],
  ssr: { resolve: { conditions: ['source', 'module', 'node', 'development|production'] } },
  test: {
    name: 'unit-extension',
    root: import.meta.dirname,
    include: ['**/*.test.ts'],
    exclude: ['**/node_modules/**', '.output/**'],
    environment: 'node',
  },
});
