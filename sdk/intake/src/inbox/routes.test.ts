import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageDir, STATIC_DIR } from './routes.js';

describe('the inbox static files', () => {
  it('are found from the sources, the built dist/ and the bundle `pnpm intake` runs', () => {
    const pkg = resolve(import.meta.dirname, '..', '..');
    // dist/ held every chunk one level down, and the static files were looked for beside the package.
    for (const from of [
      import.meta.dirname,
      join(pkg, 'dist'),
      join(pkg, 'node_modules', '.cache', 'topup-doctor-intake'),
    ])
      expect(packageDir(from)).toBe(pkg);
    expect(existsSync(join(STATIC_DIR, 'inbox.css'))).toBe(true);
  });
});
