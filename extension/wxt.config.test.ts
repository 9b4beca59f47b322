// The build-time removal of Preact's innerHTML sink (wxt.config.ts): it must find the sink in the real
// Preact we ship, and fail loudly when it cannot, or when any bundled script still assigns innerHTML.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { stripPreactInnerHtml } from './wxt.config.js';

const PREACT = createRequire(import.meta.url).resolve('preact');
const ctx = {
  error(message: string): never {
    throw new Error(message);
  },
};

describe('stripPreactInnerHtml', () => {
  const plugin = stripPreactInnerHtml();

  it('turns the one dangerouslySetInnerHTML assignment in the installed Preact into textContent', () => {
    const code = readFileSync(PREACT, 'utf8');
    expect(code).toMatch(/\w+\.innerHTML=\w+\.__html/);
    const out = plugin.transform.call(ctx, code, PREACT);
    expect(out?.code).not.toMatch(/\.innerHTML\s*=(?!=)/);
    expect(out?.code).toMatch(/\w+\.textContent=\w+\.__html/);
  });

  it('fails the build when Preact changed and the sink is not found', () => {
    expect(() => plugin.transform.call(ctx, 'export const x = 1;', PREACT)).toThrow(
      /expected one innerHTML sink/,
    );
  });

  it('leaves other modules alone and fails on any innerHTML assignment left in a bundle', () => {
    expect(plugin.transform.call(ctx, 'el.innerHTML=x.__html', '/src/mine.ts')).toBeNull();
    expect(() => plugin.renderChunk.call(ctx, 'a.innerHTML = b', { fileName: 'panel.js' })).toThrow(
      /panel\.js assigns innerHTML/,
    );
    expect(plugin.renderChunk.call(ctx, 'a.innerHTML==b', { fileName: 'panel.js' })).toBeNull();
  });
});
