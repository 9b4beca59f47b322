import { describe, expect, it } from 'vitest';
import { recorded } from './fake-env.js';
import { redeemAnswerOf } from './redeem-answer.js';

// Recorded answers, one file per console.
const newApi = recorded('new-api', 'redeem-answers');
const sub2api = recorded('sub2api', 'redeem-answers');

const AT = Date.UTC(2026, 10, 21, 8, 0);
const NEW_API_CODE = '3f2a9c0e1b7d4c6e8f0a2b4c6d8e9f3e';
const SUB2API_CODE = 'AB12CD34-EF56GH78-IJ90KL12-MN34OP56';

const newApiAnswer = (body: unknown) =>
  redeemAnswerOf({
    url: 'https://gw.example/api/user/topup',
    method: 'POST',
    requestBody: JSON.stringify({ key: NEW_API_CODE }),
    responseBody: JSON.stringify(body),
    at: AT,
  });
const sub2apiAnswer = (answer: { body: unknown }) =>
  redeemAnswerOf({
    url: '/api/v1/redeem',
    method: 'post',
    requestBody: { code: SUB2API_CODE },
    responseBody: answer.body,
    at: AT,
  });

describe('redeemAnswerOf: new-api, every generation', () => {
  it.each([
    ['success', 'success'],
    ['invalid', 'invalid'],
    ['used', 'used'],
    ['expired', 'expired'],
    ['generic', 'generic_failure'],
    ['genericEn', 'generic_failure'],
    ['usedEn', 'used'],
  ] as const)('%s -> %s', (name, outcome) => {
    const a = newApiAnswer(newApi[name]);
    expect(a).toMatchObject({ outcome, at: AT, source: 'console', codeMasked: '3f…9f3e' });
    expect(JSON.stringify(a)).not.toContain(NEW_API_CODE);
  });
});

describe('redeemAnswerOf: sub2api codes', () => {
  it.each([
    ['success', 'success'],
    ['notFound', 'invalid'],
    ['used', 'used'],
    ['rateLimited', 'rate_limited'],
    ['locked', 'locked'],
  ] as const)('%s -> %s', (name, outcome) => {
    const a = sub2apiAnswer(sub2api[name]);
    expect(a).toMatchObject({ outcome, codeMasked: 'AB…OP56' });
    expect(a?.waitMinutes).toBeUndefined(); // sub2api names no time: the verdict names none either
    expect(JSON.stringify(a)).not.toContain('EF56GH78');
  });

  it('an answer in neither console shape is not the console speaking; its JWT refusal is', () => {
    expect(sub2apiAnswer({ body: { ok: true } })).toBeUndefined();
    expect(sub2apiAnswer({ body: '<html>502 Bad Gateway</html>' })).toBeUndefined();
    expect(
      sub2apiAnswer({ body: { code: 'UNAUTHORIZED', message: 'Authorization header is required' } }),
    ).toMatchObject({ source: 'console', codeMasked: 'AB…OP56' });
  });

  it('only POSTs to the redeem paths are read', () => {
    expect(
      redeemAnswerOf({ url: '/api/v1/redeem', method: 'GET', requestBody: '', responseBody: '{}', at: AT }),
    ).toBeUndefined();
    expect(
      redeemAnswerOf({ url: '/api/user/self', method: 'POST', requestBody: '', responseBody: '{}', at: AT }),
    ).toBeUndefined();
  });
});
