// The inbox words the product's decisions with the core's catalogs (one source of copy), the demo's own
// catalogs keep only the demo's UI.
import { type Locale, msg, t } from '@topup-doctor/sdk/core';
import { describe, expect, test } from 'vitest';
import { ticketFixture } from '../intake/fixture.js';
import type { StoredTicket } from '../intake/store.js';
import { coreCopy } from './core-copy.js';
import { inboxDetailBody, inboxListBody } from './inbox-pages.js';
import { catalogFor, translator } from './text.js';
import { en } from './text-en.js';
import { zhCN } from './text-zh.js';

const stored: StoredTicket = {
  id: 'tkt-000001',
  receivedAt: Date.UTC(2026, 10, 20, 8, 0, 0),
  updatedAt: Date.UTC(2026, 10, 20, 8, 0, 0),
  status: 'new',
  ticket: ticketFixture(1),
};

describe.each(['zh-CN', 'en'] as Locale[])('inbox in %s', (locale) => {
  const word = (key: string) => t(locale, msg(key));
  const render = () => inboxDetailBody(translator(locale), coreCopy(locale), stored).value;

  test('problem, who resolves, check marks and field labels come from the core catalog', () => {
    const page = render();
    expect(page).toContain(word('problem.order_processing'));
    expect(page).toContain(word('resolution.operator'));
    expect(page).toContain(word('mark.ok'));
    expect(page).toContain(word('mark.fail'));
    for (const name of Object.keys(stored.ticket.fields)) expect(page).toContain(word(`field.${name}`));
    // no key shown raw (a key missing from the core would fall back to itself)
    expect(page).not.toMatch(/(?:problem|resolution|mark|field|check)\.[a-z]/i);
  });

  test('the list words the problem and who resolves the same way', () => {
    const list = inboxListBody(
      translator(locale),
      coreCopy(locale),
      {
        opened: 1,
        problem_chosen: 1,
        self_resolved: 0,
        ticket_sent: 1,
        ticket_failed: 0,
        byProblem: { order_processing: 1 },
      },
      [stored],
    ).value;
    expect(list).toContain(word('problem.order_processing'));
    expect(list).toContain(word('resolution.operator'));
  });

  test('the console’s top-up statuses are the core’s order statuses (new-api success = credited)', () => {
    const catalog = catalogFor(locale);
    expect(catalog['status.success']).toBe(word('status.credited'));
    for (const raw of ['pending', 'failed', 'expired'])
      expect(catalog[`status.${raw}`]).toBe(word(`status.${raw}`));
  });
});

test('the demo catalogs no longer carry the core’s keys', () => {
  for (const catalog of [zhCN, en] as Record<string, string>[])
    expect(Object.keys(catalog).filter((k) => /^(problem|resolution|check|field|status)\./.test(k))).toEqual(
      [],
    );
});
