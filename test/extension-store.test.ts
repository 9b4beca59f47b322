// Ready for the Chrome Web Store and addons.mozilla.org, checked on what `pnpm build` produced: icons at
// 16/32/48/128 (real PNGs of that size, in the manifest and in the zips), a localized name, a description
// within the stores' 132 characters and a localized toolbar title in every locale, a privacy policy that
// says what is stored, where, for how long and how to clear it (matching the code's limits), and the
// store zips for both browsers with the Firefox sources zip.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_FIREFOX, EXTENSION_PROD, requireBuild } from './fixtures/extension/helpers.js';

const EXT = resolve(import.meta.dirname, '..', 'extension');
const OUTPUT = join(EXT, '.output');
const SIZES = [16, 32, 48, 128];
const version = (JSON.parse(readFileSync(join(EXT, 'package.json'), 'utf8')) as { version: string }).version;
const manifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));

/** Width and height from a PNG's IHDR. */
function pngSize(bytes: Buffer): [number, number] {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

/** File names in a zip, from its central directory. */
function zipEntries(file: string): string[] {
  const zip = readFileSync(file);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  expect(end, `${file} is not a zip`).toBeGreaterThan(0);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    names.push(zip.subarray(at + 46, at + 46 + nameLength).toString('utf8'));
    at += 46 + nameLength + extra + comment;
  }
  return names;
}

describe('extension store readiness', () => {
  it.each([
    ['chrome', () => requireBuild(EXTENSION_PROD, 'build')],
    ['firefox', () => requireBuild(EXTENSION_FIREFOX, 'build:firefox')],
  ])('%s: icons 16/32/48/128, localized name, description and toolbar title', (_name, dir) => {
    const out = dir();
    const m = manifest(out);
    for (const size of SIZES) {
      expect(m.icons[String(size)]).toBe(`icon/${size}.png`);
      expect(m.action.default_icon[String(size)]).toBe(`icon/${size}.png`);
      expect(pngSize(readFileSync(join(out, m.icons[String(size)])))).toEqual([size, size]);
    }
    expect(m.name).toBe('__MSG_extName__');
    expect(m.short_name).toBe('__MSG_extShortName__');
    expect(m.description).toBe('__MSG_extDescription__');
    expect(m.action.default_title).toBe('__MSG_extActionTitle__');
    expect(m.default_locale).toBe('zh_CN');

    const locales = readdirSync(join(out, '_locales'));
    expect(locales.sort()).toEqual(['en', 'zh_CN']);
    for (const locale of locales) {
      const messages = JSON.parse(readFileSync(join(out, '_locales', locale, 'messages.json'), 'utf8'));
      const text = (key: string) => messages[key]?.message as string;
      // Chrome's limits: name 45, short_name 12, description 132 characters; the stores show them as is.
      expect([...text('extName')].length, `${locale} name`).toBeLessThanOrEqual(45);
      expect([...text('extShortName')].length, `${locale} short name`).toBeLessThanOrEqual(12);
      expect([...text('extDescription')].length, `${locale} description`).toBeLessThanOrEqual(132);
      expect(text('extDescription').length, `${locale} description`).toBeGreaterThan(20);
      expect(text('extActionTitle'), `${locale} toolbar title`).toBeTruthy();
    }
    const en = JSON.parse(readFileSync(join(out, '_locales', 'en', 'messages.json'), 'utf8'));
    expect(JSON.stringify(en)).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('the privacy policy says what is stored, where, for how long and how to clear it, as the code does', () => {
    const policy = readFileSync(join(EXT, 'PRIVACY.md'), 'utf8');
    const history = readFileSync(join(EXT, 'lib', 'history.ts'), 'utf8');
    const limit = (name: string) => Number(new RegExp(`${name} = (\\d+)`).exec(history)?.[1]);
    expect(policy).toContain(`${limit('KEEP_DAYS')} days`);
    expect(policy).toContain(`at most ${limit('MAX_ACCOUNTS')}`);
    expect(policy).toContain(`at most ${limit('MAX_ORDERS')}`);
    expect(policy).toContain(`at most ${limit('MAX_REDEEMS')}`);
    expect(policy).toContain('first 2 and last 4');
    for (const words of [
      'storage.local',
      'storage.session',
      'clear this site',
      'remove the extension',
      'site access',
    ])
      expect(policy).toContain(words);
    // The popup's clear button says what the policy says.
    const catalog = readFileSync(join(EXT, 'i18n', 'catalog.ts'), 'utf8');
    expect(catalog).toContain("'ext.popup.clear': '清除此网站的记录'");
    expect(policy).toContain('清除此网站的记录');
  });

  it('store zips for Chrome and Firefox, and the sources zip AMO asks for', () => {
    const chrome = join(OUTPUT, `topup-doctor-${version}-chrome.zip`);
    const firefox = join(OUTPUT, `topup-doctor-${version}-firefox.zip`);
    const sources = join(OUTPUT, `topup-doctor-${version}-sources.zip`);
    for (const file of [chrome, firefox, sources])
      expect(existsSync(file), `${file}: run \`pnpm build\` (it zips)`).toBe(true);
    for (const zip of [chrome, firefox]) {
      const names = zipEntries(zip);
      expect(names).toContain('manifest.json');
      for (const size of SIZES) expect(names).toContain(`icon/${size}.png`);
      expect(names.some((n) => n.endsWith('.map') || n.includes('node_modules'))).toBe(false);
    }
    const names = zipEntries(sources);
    for (const file of [
      'package.json',
      'pnpm-lock.yaml',
      'pnpm-workspace.yaml',
      'extension/package.json',
      'extension/wxt.config.ts',
      'extension/BUILDING.md',
      'extension/PRIVACY.md',
      'sdk/package.json',
      'sdk/src/index.ts',
    ])
      expect(names, file).toContain(file);
    expect(names.filter((n) => /(^|\/)(node_modules|\.output|dist)\//.test(n))).toEqual([]);
  });
});
