import { describe, expect, it } from 'vitest';
import { redeemAnswerOf } from '../consoles/redeem-answer.js';
import { seenRedeems } from './redeem-seen.js';
import { watchRedeems } from './redeem-watch.js';

const CODE = 'AB12CD34-EF56GH78-IJ90KL12-MN34OP56';

describe('watchRedeems', () => {
  it('records the console’s answer to a redeem POST with the code masked; other requests pass untouched', async () => {
    const answers: Record<string, unknown> = {
      '/api/v1/redeem': {
        code: 429,
        message: 'too many failed attempts, please try again later',
        reason: 'REDEEM_RATE_LIMITED',
      },
      '/api/v1/user/profile': { code: 0, data: { id: 1 } },
    };
    const w = {
      location: { href: 'https://gw.example/redeem', origin: 'https://gw.example' },
      fetch: async (input: string) =>
        new Response(JSON.stringify(answers[new URL(input, 'https://gw.example').pathname]), {
          headers: { 'content-type': 'application/json' },
        }),
    } as unknown as Window & typeof globalThis;
    watchRedeems(w, () => 1_000);
    watchRedeems(w, () => 2_000); // installed once
    const profile = await w.fetch('/api/v1/user/profile');
    expect(await profile.json()).toEqual({ code: 0, data: { id: 1 } });
    const r = await w.fetch('/api/v1/redeem', { method: 'POST', body: JSON.stringify({ code: CODE }) });
    expect((await r.json()).reason).toBe('REDEEM_RATE_LIMITED'); // the page still reads its answer
    await new Promise((done) => setTimeout(done, 0));
    const seen = seenRedeems(w);
    expect(seenRedeems({})).toEqual([]); // another window saw nothing
    expect(seen).toHaveLength(1);
    expect(JSON.stringify(seen)).not.toContain('EF56GH78');
    expect(redeemAnswerOf(seen[0]!)).toEqual({
      outcome: 'rate_limited',
      at: 1_000,
      source: 'console',
      codeMasked: 'AB…OP56',
      message: 'too many failed attempts, please try again later',
    });
  });
});
