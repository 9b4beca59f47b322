// Rate limits per client: accepted tickets use the allowance, refusals do not (they have a bucket of
// their own), repeats count nowhere, and X-Forwarded-For counts only from a configured trusted proxy.
// In memory and store-independent, so one store is enough here; one intake behind a "proxy" (the test
// client on 127.0.0.1, trusted) plays several clients through X-Forwarded-For.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Client, type IntakeHarness, startTestIntake, ticketFixture } from '../testing/index.js';
import { clientIpResolver } from './client-ip.js';

describe('client address', () => {
  test('X-Forwarded-For is believed only from trusted proxies, read from the right', () => {
    const resolve = clientIpResolver(['10.0.0.0/8', '::1']);
    expect(resolve('203.0.113.9', '1.2.3.4')).toBe('203.0.113.9');
    expect(resolve('10.0.0.2', '198.51.100.7')).toBe('198.51.100.7');
    expect(resolve('10.0.0.2', '6.6.6.6, 198.51.100.7, 10.0.0.3')).toBe('198.51.100.7');
    expect(resolve('::ffff:10.1.2.3', '198.51.100.8')).toBe('198.51.100.8');
    expect(resolve('::1', 'garbage')).toBe('::1');
    expect(resolve(undefined, '1.2.3.4')).toBe('unknown');
    expect(() => clientIpResolver(['not-an-ip'])).toThrow(/not an IP address/);
  });
});

describe('ticket allowance behind a trusted proxy', () => {
  let h: IntakeHarness;
  let c: Client;
  beforeAll(async () => {
    h = await startTestIntake('pglite', {
      config: {
        limits: { ticketsPerWindow: 3, refusalsPerWindow: 25 },
        trustedProxies: ['127.0.0.1'],
        allowedOrigins: ['https://console.example'],
      },
    });
    c = new Client(() => h.origin);
  }, 120_000);
  afterAll(async () => {
    await h?.close();
  });
  const post = (ip: string, body: unknown, headers: Record<string, string> = {}) =>
    c.request('/api/tickets', { method: 'POST', json: body, headers: { 'x-forwarded-for': ip, ...headers } });

  test('refused and repeated posts do not use up the allowance; 429 with Retry-After past it', async () => {
    const ip = '198.51.100.1';
    for (let i = 0; i < 20; i++)
      expect((await post(ip, { ...ticketFixture(300 + i), problem: 'nope' })).status).toBe(422);
    const bad = await c.request('/api/tickets', {
      method: 'POST',
      body: '{',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
    });
    expect(bad.status).toBe(400);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await post(ip, ticketFixture(200 + i))).status);
    expect(statuses).toEqual([201, 201, 201, 429]);
    const limited = await post(ip, ticketFixture(210));
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another client behind the same proxy is not affected.
    expect((await post('198.51.100.2', ticketFixture(220))).status).toBe(201);
    h.clock.now += 11 * 60_000;
    // The widget retrying an accepted ticket: answered, counted nowhere.
    for (let i = 0; i < 5; i++) expect((await post(ip, ticketFixture(200))).status).toBe(200);
    expect((await post(ip, ticketFixture(211))).status).toBe(201);
  });

  test('a flood of refusals is slowed on its own bucket', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 27; i++) statuses.push((await post('198.51.100.9', { nope: i })).status);
    expect(statuses.slice(0, 25).every((s) => s === 422)).toBe(true);
    expect(statuses.slice(25)).toEqual([429, 429]);
  });

  test('an allowed console origin passes the preflight and gets the CORS header; others do not', async () => {
    const pre = await c.request('/api/tickets', {
      method: 'OPTIONS',
      headers: { origin: 'https://console.example', 'access-control-request-method': 'POST' },
    });
    expect([pre.status, pre.headers.get('access-control-allow-origin')]).toEqual([
      204,
      'https://console.example',
    ]);
    expect(pre.headers.get('access-control-allow-headers')).toContain('idempotency-key');
    const cross = await post('198.51.100.3', ticketFixture(403), { origin: 'https://console.example' });
    expect([cross.status, cross.headers.get('access-control-allow-origin')]).toEqual([
      201,
      'https://console.example',
    ]);
    const other = await post('198.51.100.3', ticketFixture(404), { origin: 'https://other.example' });
    expect([other.status, other.headers.get('access-control-allow-origin')]).toEqual([403, null]);
    const events = await c.request('/api/events', {
      method: 'POST',
      json: { type: 'opened' },
      headers: { origin: 'https://console.example', 'x-forwarded-for': '198.51.100.3' },
    });
    expect([events.status, events.headers.get('access-control-allow-origin')]).toEqual([
      204,
      'https://console.example',
    ]);
  });
});
