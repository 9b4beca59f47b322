// The inbox's page shell: skip link, navigation, the logged-in agent and a logout form, external CSS and
// JS only (the CSP forbids inline scripts and styles; strings the script needs travel in data attributes).
import type { Session } from '../auth/sessions.js';
import { CSRF_FIELD } from '../http/session.js';
import { type Html, html } from './html.js';
import type { Words } from './words.js';

export const STATIC_PREFIX = '/inbox/static';

export interface Shell {
  w: Words;
  title: string;
  page: string;
  body: Html;
  session?: Session;
}

export function csrfField(session: Session): Html {
  return html`<input type="hidden" name="${CSRF_FIELD}" value="${session.csrf}">`;
}

export function layout(s: Shell): string {
  const { w, session } = s;
  const nav = (href: string, label: string, page: string) =>
    html`<a href="${href}" class="nav-link"${s.page === page ? html` aria-current="page"` : ''}>${label}</a>`;
  return html`<!doctype html>
<html lang="${w.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="same-origin">
<title>${s.title} · ${w.t('app.title')}</title>
<link rel="stylesheet" href="${STATIC_PREFIX}/inbox.css">
<script src="${STATIC_PREFIX}/inbox.js" defer></script>
</head>
<body data-page="${s.page}" data-copied="${w.t('detail.copied')}">
<a class="skip" href="#main">${w.t('nav.skip')}</a>
<header class="topbar">
  <a class="brand" href="/inbox">${w.t('app.title')}</a>
  ${
    session
      ? html`<nav class="nav" aria-label="${w.t('app.title')}">
    ${nav('/inbox', w.t('nav.tickets'), 'list')}
    ${nav('/inbox/stats', w.t('nav.stats'), 'stats')}
    ${session.user.role === 'admin' ? nav('/inbox/users', w.t('nav.users'), 'users') : ''}
    ${nav('/inbox/account', w.t('nav.account'), 'account')}
  </nav>
  <form class="logout" method="post" action="/inbox/logout">${csrfField(session)}
    <span class="who">${session.user.displayName} · ${w.t(`role.${session.user.role}`)}</span>
    <button type="submit" class="link-button" id="logout">${w.t('nav.logout')}</button>
  </form>`
      : ''
  }
</header>
<main id="main" tabindex="-1">
${s.body}
</main>
</body>
</html>`.value;
}
