// Inbox pages (server-rendered; the status change is a small same-origin script).
import { Hono } from 'hono';
import type { AppEnv, Deps } from '../deps.js';
import { eventSummary, getTicket, listTickets } from '../intake/store.js';
import { coreCopy } from './core-copy.js';
import { html } from './html.js';
import { inboxDetailBody, inboxListBody } from './inbox-pages.js';
import { layout } from './layout.js';
import { langOf, translator } from './text.js';

export function inboxPages(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/inbox', async (c) => {
    const lang = langOf(c);
    const t = translator(lang);
    const [summary, list] = await Promise.all([
      eventSummary(deps.db),
      listTickets(deps.db, { limit: 100, offset: 0 }),
    ]);
    const body = inboxListBody(t, coreCopy(lang), summary, list.items);
    return c.html(layout({ lang, t, title: t('inbox.title'), page: 'inbox', area: 'inbox', body }).value);
  });
  app.get('/inbox/:id', async (c) => {
    const lang = langOf(c);
    const t = translator(lang);
    const stored = await getTicket(deps.db, c.req.param('id'));
    const body = stored
      ? inboxDetailBody(t, coreCopy(lang), stored)
      : html`<section class="card"><h1>${t('notFound.title')}</h1></section>`;
    return c.html(
      layout({ lang, t, title: t('inbox.title'), page: 'inbox-detail', area: 'inbox', body }).value,
      stored ? 200 : 404,
    );
  });
  return app;
}
