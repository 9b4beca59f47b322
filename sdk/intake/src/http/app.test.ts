// Headers every answer of the intake carries, whichever route (or none) made it: set before the handler,
// so a handler's answer is written as built (see app.ts).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Client, type IntakeHarness, startTestIntake, ticketFixture } from '../testing/index.js';

describe('the intake answers', () => {
  let h: IntakeHarness;
  let anon: Client;
  beforeAll(async () => {
    h = await startTestIntake('pglite');
    anon = new Client(() => h.origin);
  }, 120_000);
  afterAll(async () => {
    await h?.close();
  });

  const common = (res: Response) => {
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('same-origin');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  };

  test('with the security headers and no caching of the API, for a stored ticket, a refusal and no route', async () => {
    const ticket = ticketFixture(1);
    const created = await anon.request('/api/tickets', {
      method: 'POST',
      json: ticket,
      headers: { 'idempotency-key': ticket.idempotencyKey },
    });
    expect(created.status).toBe(201);
    expect(await created.json()).toEqual({ id: ticket.id, status: 'new' });
    const refused = await anon.request('/api/tickets', { method: 'POST', json: { nope: 1 } });
    expect(refused.status).toBe(422);
    for (const res of [created, refused]) {
      common(res);
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    }
    const missing = await anon.request('/no-such-page');
    expect(missing.status).toBe(404);
    common(missing);
  });

  test('with the inbox policy on its pages and static files', async () => {
    const page = await anon.request('/inbox/login');
    expect(page.status).toBe(200);
    const css = await anon.request('/inbox/static/inbox.css');
    expect(css.status).toBe(200);
    for (const res of [page, css]) {
      common(res);
      expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    }
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(css.headers.get('cache-control')).toBe('no-cache');
    const root = await anon.request('/inbox');
    common(root);
    expect(root.headers.get('cache-control')).toBe('no-store');
  });
});
