// shortenKeys (short-keys.mjs) is what keeps the short ids safe: it must map whole literals in every file
// at once and fail the build on a key it cannot prove is only ever a whole literal.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { shortenKeys } from './short-keys.mjs';

let dir;
const files = (entries) => {
  dir = mkdtempSync(join(tmpdir(), 'td-short-keys-'));
  for (const [name, text] of Object.entries(entries)) writeFileSync(join(dir, name), text);
  return Object.keys(entries);
};
const read = (name) => readFileSync(join(dir, name), 'utf8');
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const CATALOG = 'export const w={"preview.send":"发送","preview.title":"预览","check.order.ok":"找到"};';

describe('shortenKeys', () => {
  test('maps a family key in the catalog and in the code alike; keys that leave the page keep their names', () => {
    const names = files({
      'words.js': CATALOG,
      'step.js': 'f("preview.send");g(\'preview.title\');h("check.order.ok")',
    });
    expect(shortenKeys(dir, names)).toBe(2);
    expect(read('words.js')).toBe('export const w={_$0:"发送",_$1:"预览","check.order.ok":"找到"};');
    expect(read('step.js')).toBe('f("_$0");g(\'_$1\');h("check.order.ok")');
  });

  test('fails on a key built at run time from a family prefix', () => {
    const built = 'f(`preview.$' + '{x}`)'; // the minified form of f(`preview.${x}`)
    const names = files({ 'words.js': CATALOG, 'step.js': built });
    expect(() => shortenKeys(dir, names)).toThrow(/not a whole catalog key/);
    expect(read('step.js')).toBe(built);
  });

  test('fails on a mapped key inside a longer text', () => {
    const names = files({ 'words.js': CATALOG, 'step.js': 'f("see preview.send here")' });
    expect(() => shortenKeys(dir, names)).toThrow(/other than as a whole literal/);
  });

  test('fails when the loader, which it does not rewrite, holds a mapped key', () => {
    const names = files({ 'words.js': CATALOG, 'loader.js': 'f("preview.send")' });
    expect(() => shortenKeys(dir, names.slice(0, 1), [join(dir, 'loader.js')])).toThrow(
      /whole literal|short-keys/,
    );
  });
});
