// Proves the harness: a real Chromium renders a page whose content lives in a shadow root, the test
// reads it through the shadow boundary, and a screenshot is written and is a real PNG.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  type LaunchedBrowser,
  launchChromium,
  saveScreenshot,
  screenshotOnFailure,
} from './harness/browser.js';
import { serve, type TestServer } from './harness/server.js';

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>harness</title></head>
<body><main><h1>Harness</h1><shadow-host id="host"></shadow-host></main>
<script src="/element.js"></script></body></html>`;

const ELEMENT = `customElements.define('shadow-host', class extends HTMLElement {
  connectedCallback() {
    const root = this.attachShadow({ mode: 'open' });
    const p = document.createElement('p');
    p.className = 'inside';
    p.textContent = '充值到账自查 ready';
    root.append(p);
  }
});`;

describe('browser harness', () => {
  let browser: LaunchedBrowser;
  let server: TestServer;

  beforeAll(async () => {
    server = await serve({ routes: { '/': { body: PAGE }, '/element.js': { body: ELEMENT } } });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('renders, reads through a shadow root and screenshots a page', async () => {
    const page = screenshotOnFailure(await browser.context.newPage(), 'harness');
    await page.goto(`${server.origin}/`);
    // Playwright CSS locators pierce open shadow roots.
    await expect.poll(() => page.locator('p.inside').textContent()).toBe('充值到账自查 ready');
    const inShadow = await page.evaluate(
      () => document.querySelector('#host')?.shadowRoot?.querySelector('p')?.textContent ?? null,
    );
    expect(inShadow).toBe('充值到账自查 ready');
    const path = await saveScreenshot(page, 'harness-shadow-root');
    const png = readFileSync(path);
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(server.requests.map((r) => r.path).slice(0, 2)).toEqual(['/', '/element.js']);
  });
});
