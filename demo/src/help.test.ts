// The help site as the demo serves it: under the console's origin and strict CSP, with the right types,
// absolute URLs on this origin, and nothing served that the site does not publish.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { Client, type Harness, startTestDemo } from './testing.js';

let h: Harness;
let c: Client;

beforeAll(async () => {
  h = await startTestDemo();
  c = new Client(() => h.demo.origin);
}, 60_000);
afterAll(async () => {
  await h?.close();
});

test('/help is the language choice; pages carry the CSP and only external or data scripts', async () => {
  const res = await c.request('/help');
  expect([res.status, res.headers.get('location')]).toEqual([302, '/help/']);
  for (const path of ['/help/', '/help/zh-CN/', '/help/en/faq.html', '/help/zh-CN/redeem/used.html']) {
    const page = await c.request(path);
    expect(page.status, path).toBe(200);
    expect(page.headers.get('content-type'), path).toContain('text/html');
    expect(page.headers.get('content-security-policy'), path).toContain("script-src 'self'");
    const text = await page.text();
    for (const tag of text.match(/<script\b[^>]*>/g) ?? [])
      expect(tag, path).toMatch(/src="[^"]+\.js"|type="application\/ld\+json"/);
    expect(text, path).not.toMatch(/\son[a-z]+="|\sstyle="|<style/);
  }
});

test('feeds and indexes name this origin; files have their types; the manifest and escapes are not served', async () => {
  const origin = h.demo.origin;
  const sitemap = await c.request('/help/sitemap.xml');
  expect(sitemap.headers.get('content-type')).toContain('xml');
  expect(await sitemap.text()).toContain(`<loc>${origin}/help/zh-CN/</loc>`);
  expect(await (await c.request('/help/llms.txt')).text()).toContain(`(${origin}/help/en/faq.html)`);
  expect((await c.request('/help/assets/search.js')).headers.get('content-type')).toContain('javascript');
  expect((await c.request('/help/zh-CN/search-index.json')).headers.get('content-type')).toContain('json');
  expect(await (await c.request('/help/topup-doctor-demo-indexnow-key.txt')).text()).toBe(
    'topup-doctor-demo-indexnow-key',
  );
  expect((await c.request('/help/manifest.json')).status).toBe(404);
  expect((await c.request('/help/..%2Fpackage.json')).status).toBe(404);
  expect((await c.request('/help/nope.html')).status).toBe(404);
});

test('the help pages link the console with the widget deep link, and the console links the help pages', async () => {
  const page = await (await c.request('/help/zh-CN/problems/order-processing.html')).text();
  expect(page).toContain(`href="${h.demo.origin}/console/topup#topup-doctor=order_processing"`);
  await c.login('alice', 'alice123');
  expect(await (await c.request('/console/topup')).text()).toContain('href="/help/zh-CN/"');
  expect(await (await c.request('/console/topup?lang=en')).text()).toContain('href="/help/en/"');
});
