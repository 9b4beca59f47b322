import { defineProject } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineProject({
  plugins: [WxtVitest()],
  ssr: { resolve: { conditions: ['source', 'module', 'node', 'development|production'] } },
  test: {
    name: 'unit-extension',
    include: ['**/*.test.ts'],
    exclude: ['**/node_modules/**', '.output/**'],
    environment: 'node',
  },
});
