// The permission promise, checked on the built manifests: the production (Chrome and Firefox) builds
// ask for no host at install and never <all_urls>; only the test-only e2e build pre-grants
// http://127.0.0.1/*; no build loads remote code.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  EXTENSION_E2E,
  EXTENSION_FIREFOX,
  EXTENSION_PROD,
  requireBuild,
} from './fixtures/extension/helpers.js';

const manifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe('extension manifests', () => {
  it.each([
    ['chrome', () => requireBuild(EXTENSION_PROD, 'build')],
    ['firefox', () => requireBuild(EXTENSION_FIREFOX, 'build:firefox')],
  ])('%s production build: no host permission at install, optional per-origin access only', (_name, dir) => {
    const m = manifest(dir());
    expect(m.manifest_version).toBe(3);
    expect(m.permissions.sort()).toEqual(['activeTab', 'scripting', 'storage']);
    expect(m.host_permissions ?? []).toEqual([]);
    expect(m.content_scripts ?? []).toEqual([]);
    expect(m.optional_host_permissions.sort()).toEqual(['http://*/*', 'https://*/*']);
    expect(JSON.stringify(m)).not.toContain('<all_urls>');
    expect(m.web_accessible_resources ?? []).toEqual([]);
  });

  it('e2e build (test-only) pre-grants http://127.0.0.1/* and nothing else', () => {
    const m = manifest(requireBuild(EXTENSION_E2E, 'build:e2e'));
    expect(m.host_permissions).toEqual(['http://127.0.0.1/*']);
    expect(m.content_scripts ?? []).toEqual([]);
    expect(JSON.stringify(m)).not.toContain('<all_urls>');
  });

  it('loads no remote code: every script is packaged, no eval', () => {
    for (const dir of [EXTENSION_PROD, EXTENSION_FIREFOX]) {
      const m = manifest(dir);
      expect(m.content_security_policy?.extension_pages ?? "script-src 'self'").not.toMatch(
        /https?:|unsafe-eval/,
      );
      for (const file of files(dir).filter((f) => /\.(js|html)$/.test(f))) {
        const text = readFileSync(file, 'utf8');
        expect(text, file).not.toMatch(/<script[^>]+src=["']https?:/);
        expect(text, file).not.toMatch(/import\(["'`]https?:/);
        expect(text, file).not.toMatch(/\beval\(|new Function\(/);
      }
    }
  });
});
