// Every page is served under the strict CSP and has no inline script or style for it to block.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { Client, type Harness, startTestDemo } from '../testing.js';

let h: Harness;
let c: Client;

beforeAll(async () => {
  h = await startTestDemo();
  c = new Client(() => h.demo.origin);
}, 60_000);
afterAll(async () => {
  await h?.close();
});

test('console pages redirect to the login page without a session', async () => {
  const res = await c.request('/console/topup');
  expect([res.status, res.headers.get('location')]).toEqual([302, '/login']);
  expect((await c.request('/topup')).headers.get('location')).toBe('/console/topup');
});

test('every page carries the CSP and no inline script, handler or style', async () => {
  await c.login('alice', 'alice123');
  const pay = await c.json('/api/user/pay', {
    method: 'POST',
    json: { amount: 10, payment_method: 'alipay' },
  });
  await c.request('/sim/submit.php', { method: 'POST', body: new URLSearchParams(pay.data) });
  const paths = [
    '/login',
    '/login?lang=en',
    '/console/topup',
    '/console/topup?show_history=true',
    '/console/log',
    '/console/token',
    '/sim',
    `/sim/order/${pay.data.out_trade_no}`,
    '/inbox/login',
  ];
  for (const path of paths) {
    const res = await c.request(path);
    expect(res.status, path).toBe(200);
    expect(res.headers.get('content-security-policy'), path).toContain("script-src 'self'; style-src 'self'");
    const page = await res.text();
    const scripts = page.match(/<script\b[^>]*>/g) ?? [];
    for (const tag of scripts) expect(tag, path).toMatch(/src="\/|type="application\/json"/);
    expect(page, path).not.toMatch(/\son[a-z]+="|\sstyle="|<style/);
  }
});

test('pages are zh-CN by default, English on request, and the choice is remembered', async () => {
  const fresh = new Client(() => h.demo.origin);
  expect(await (await fresh.request('/login')).text()).toContain('<html lang="zh-CN">');
  expect(await (await fresh.request('/login?lang=en')).text()).toContain('Demo accounts');
  expect(await (await fresh.request('/login')).text()).toContain('<html lang="en">');
});

test('static files are served, paths cannot escape', async () => {
  expect((await c.request('/static/demo.js')).headers.get('content-type')).toContain('javascript');
  expect((await c.request('/static/..%2F..%2Fpackage.json')).status).toBe(404);
  expect((await c.request('/sdk/..%2Fpackage.json')).status).toBe(404);
});
