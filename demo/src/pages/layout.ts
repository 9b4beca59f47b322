// The page shell: header navigation, language switch, the catalog for the page's script as JSON data,
// and external scripts only (the CSP forbids inline scripts and styles).
import { existsSync } from 'node:fs';
import { SDK_DIST } from '../static.js';
import { demoSupportEmail, demoWidgetRules } from '../widget-rules.js';
import { Html, html } from './html.js';
import { catalogFor, type Lang, type T } from './text.js';

export interface Shell {
  lang: Lang;
  t: T;
  title: string;
  page: string;
  body: Html;
  /** Area for the navigation highlight: console pages, simulator, inbox. */
  area: 'console' | 'sim' | 'inbox' | 'login' | 'tools';
  user?: { id: number; username: string; display_name: string };
  /** Embed the self-check widget by script tag (console pages). */
  widget?: boolean;
  /** The operator's rule switching redeem codes off (a scenario sets it), carried in the widget's rules. */
  redemptionEnabled?: boolean;
}

function navLink(href: string, label: string, current: boolean): Html {
  return html`<a href="${href}" class="${current ? 'nav-link current' : 'nav-link'}">${label}</a>`;
}

/** The widget as an operator embeds it: one script tag, configured for the new-api preset and the intake. */
function widgetTag(lang: Lang, redemptionEnabled: boolean): Html {
  const rules = JSON.stringify(demoWidgetRules({ lang, redemptionEnabled, console: 'new-api' }));
  return html`<script src="/sdk/topup-doctor.js" data-console="new-api" data-webhook="/api/tickets"
    data-mailto="${demoSupportEmail('new-api')}" data-locale="${lang}" data-rules="${rules}"></script>`;
}

function widgetAvailable(): boolean {
  return existsSync(`${SDK_DIST}/topup-doctor.js`);
}

export function layout(s: Shell): Html {
  const { t } = s;
  const catalog = JSON.stringify(catalogFor(s.lang)).replace(/</g, '\\u003c');
  const otherLang = s.lang === 'en' ? 'zh-CN' : 'en';
  const consoleNav =
    s.area === 'console'
      ? [
          navLink('/console/topup', t('nav.wallet'), s.page === 'wallet'),
          navLink('/console/log', t('nav.log'), s.page === 'log'),
          navLink('/console/token', t('nav.token'), s.page === 'token'),
        ]
      : [];
  const widget = s.widget && widgetAvailable();
  return html`<!doctype html>
<html lang="${s.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${s.title} · ${t('app.title')}</title>
<link rel="stylesheet" href="/static/demo.css">
</head>
<body data-page="${s.page}">
<header class="topbar">
  <a class="brand" href="/">${t('app.title')} <span class="badge">${t('app.demoBadge')}</span></a>
  <nav class="nav">${consoleNav}
    ${navLink('/sim', t('nav.sim'), s.area === 'sim')}
    ${navLink('/inbox', t('nav.inbox'), s.area === 'inbox')}
    ${navLink('/demo', t('nav.tools'), s.area === 'tools')}
    ${navLink(`/help/${s.lang === 'en' ? 'en' : 'zh-CN'}/`, t('nav.help'), false)}
  </nav>
  <div class="topbar-right">
    <a class="nav-link" href="?lang=${otherLang}">${t('nav.lang')}</a>
    ${s.user ? html`<span class="who">${s.user.display_name} (${s.user.username} · ID ${s.user.id})</span><a class="nav-link" href="/logout" id="logout">${t('nav.logout')}</a>` : ''}
  </div>
</header>
<main class="main">
${s.body}
${s.widget && !widget ? html`<p class="notice warn">${t('demo.widgetMissing')}</p>` : ''}
</main>
<script type="application/json" id="i18n">${rawJson(catalog)}</script>
<script src="/static/demo.js"></script>
${s.area === 'console' ? html`<script src="/demo/clock.js"></script>` : ''}
${widget ? html`<script src="/static/widget-events.js"></script>${widgetTag(s.lang, s.redemptionEnabled !== false)}` : ''}
</body>
</html>`;
}

/** JSON inside a data block: `<` is already escaped, so it cannot close the element. */
function rawJson(json: string): Html {
  return new Html(json);
}
