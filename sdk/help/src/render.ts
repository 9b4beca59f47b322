// HTML for the pages: static, readable without JavaScript, one stylesheet and (on the search page only)
// one external script, so the pages hold under `script-src 'self'; style-src 'self'`.
import { LOCALES, type Locale } from '@topup-doctor/sdk/core';
import { type PageContent, type PageSpec, type Section, wordsFor } from './content.js';
import { type Html, html, raw } from './html.js';
import type { HelpSettings } from './settings.js';

export const ASSETS = { css: 'assets/help.css', search: 'assets/search.js' } as const;

/** Relative path from a page (inside a locale folder) to a site-root file. */
const toRoot = (spec: PageSpec, file: string) => `${'../'.repeat(spec.path.split('/').length)}${file}`;
const toLocaleRoot = (spec: PageSpec, file: string) =>
  `${'../'.repeat(spec.path.split('/').length - 1)}${file}`;

export const pageUrl = (settings: HelpSettings, locale: Locale, path: string) =>
  `${settings.baseUrl}${locale}/${path === 'index.html' ? '' : path}`;

/** JSON inside <script>: no `</script>` or `<!--` can end it early. */
const jsonScript = (data: unknown) => raw(JSON.stringify(data).replace(/</g, '\\u003c'));

function section(s: Section, spec: PageSpec): Html {
  const href = (h: string) => (/^[a-z]+:/i.test(h) ? h : toLocaleRoot(spec, h));
  const items = s.list?.map(
    (i) => html`<li>${i.href ? html`<a href="${href(i.href)}">${i.text}</a>` : i.text}</li>`,
  );
  return html`<section aria-labelledby="${`h-${s.id}`}">
<h2 id="${`h-${s.id}`}">${s.heading}</h2>
${s.paragraphs?.map((p) => html`<p>${p}</p>\n`)}${
  items ? (s.ordered ? html`<ol>${items}</ol>` : html`<ul>${items}</ul>`) : ''
}${
  s.table
    ? html`<div class="table"><table>
<thead><tr>${s.table.head.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
<tbody>${s.table.rows.map(([f, pub, sup]) => html`<tr><th scope="row">${f}</th><td>${pub}</td><td>${sup}</td></tr>`)}</tbody>
</table></div>`
    : ''
}
</section>
`;
}

export interface RenderOptions {
  /** ISO date the page last changed (empty while hashing). */
  updated: string;
  /** For the search page: every page of the locale (the list shown without JavaScript). */
  all?: { title: string; path: string }[];
}

export function renderPage(settings: HelpSettings, page: PageContent, opts: RenderOptions): string {
  const { spec, locale } = page;
  const w = wordsFor(locale, settings);
  const other: Locale = locale === 'zh-CN' ? 'en' : 'zh-CN';
  const local = (p: string) => toLocaleRoot(spec, p);
  const jsonLd = page.faq
    ? {
        '@context': 'https://schema.org',
        '@type': 'FAQPage',
        inLanguage: locale,
        mainEntity: page.faq.map(({ q, a }) => ({
          '@type': 'Question',
          name: q,
          acceptedAnswer: { '@type': 'Answer', text: a },
        })),
      }
    : {
        '@context': 'https://schema.org',
        '@type': 'WebPage',
        name: page.title,
        description: page.summary,
        inLanguage: locale,
        url: pageUrl(settings, locale, spec.path),
        ...(opts.updated ? { dateModified: opts.updated } : {}),
      };
  const brand = settings.brand[locale];
  const body = html`<a class="skip" href="#main">${w.help('nav.skip')}</a>
<header class="top">
<a class="brand" href="${local('index.html')}">${brand}</a>
<nav aria-label="${w.help('nav.main')}"><ul>
<li><a href="${local('index.html')}">${w.help('nav.home')}</a></li>
<li><a href="${local('checklist.html')}">${w.help('nav.checklist')}</a></li>
<li><a href="${local('faq.html')}">${w.help('nav.faq')}</a></li>
<li><a href="${toRoot(spec, `${other}/${spec.path}`)}" hreflang="${other}" lang="${other}">${w.help('nav.otherLanguage')}</a></li>
</ul></nav>
<form class="search" role="search" action="${local('search.html')}" method="get">
<label for="q">${w.help('search.label')}</label>
<input id="q" name="q" type="search" autocomplete="off">
<button type="submit">${w.help('search.button')}</button>
</form>
</header>
<main id="main" tabindex="-1">
<h1>${page.title}</h1>
${
  spec.kind === 'search'
    ? html`<section aria-labelledby="h-results" id="results" hidden data-none="${w.help('search.none')}" data-count="${w.help('search.count')}">
<h2 id="h-results">${w.help('search.results')}</h2>
<p id="results-count" role="status"></p>
<ul id="results-list"></ul>
</section>
<section aria-labelledby="h-all">
<h2 id="h-all">${w.help('search.all')}</h2>
<ul>${opts.all?.map((p) => html`<li><a href="${p.path}">${p.title}</a></li>`)}</ul>
</section>`
    : spec.kind === 'faq'
      ? html`<p>${page.summary}</p>`
      : html`<section aria-labelledby="h-answer" class="answer">
<h2 id="h-answer">${w.help('section.answer')}</h2>
<p>${page.summary}</p>
</section>`
}
${page.sections.map((s) => section(s, spec))}${
  page.faq
    ? html`<dl class="faq">${page.faq.map(
        (f) => html`<dt><a href="${local(f.href)}">${f.q}</a></dt><dd>${f.a}</dd>`,
      )}</dl>`
    : ''
}
${opts.updated ? html`<p class="updated">${w.help('updated', { date: opts.updated.slice(0, 10) })}</p>` : ''}
</main>
<footer>
<p>${w.key('step.recordsDecide')}</p>
<p><a href="${local('feed.xml')}">${w.help('feed.link')}</a></p>
</footer>`;
  const alternates = LOCALES.map(
    (l) => html`<link rel="alternate" hreflang="${l}" href="${pageUrl(settings, l, spec.path)}">\n`,
  );
  return `<!DOCTYPE html>
${html`<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${spec.kind === 'home' || page.title.length + brand.length > 66 ? page.title : `${page.title} · ${brand}`}</title>
<meta name="description" content="${page.summary}">
${
  spec.kind === 'search'
    ? html`<meta name="robots" content="noindex">
`
    : ''
}
<link rel="canonical" href="${pageUrl(settings, locale, spec.path)}">
${alternates}<link rel="alternate" hreflang="x-default" href="${pageUrl(settings, 'zh-CN', spec.path)}">
<link rel="alternate" type="application/atom+xml" title="${w.help('feed.title')}" href="${local('feed.xml')}">
<link rel="stylesheet" href="${toRoot(spec, ASSETS.css)}">
${spec.kind === 'search' ? html`<script src="${toRoot(spec, ASSETS.search)}" defer></script>\n` : ''}<script type="application/ld+json">${jsonScript(jsonLd)}</script>
</head>
<body>
${body}
</body>
</html>
`}`;
}

/** The site root: a language choice (readable without JavaScript), zh-CN first. */
export function renderLanding(settings: HelpSettings): string {
  const zh = wordsFor('zh-CN', settings);
  const en = wordsFor('en', settings);
  return `<!DOCTYPE html>
${html`<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${zh.help('site.title')}</title>
<meta name="description" content="${zh.help('site.description')}">
<link rel="alternate" hreflang="zh-CN" href="${settings.baseUrl}zh-CN/">
<link rel="alternate" hreflang="en" href="${settings.baseUrl}en/">
<link rel="alternate" hreflang="x-default" href="${settings.baseUrl}">
<link rel="stylesheet" href="${ASSETS.css}">
</head>
<body>
<main id="main">
<h1>${zh.help('site.title')}</h1>
<p>${zh.help('site.description')}</p>
<h2>${zh.help('landing.heading')}</h2>
<ul class="langs">
<li><a href="zh-CN/" hreflang="zh-CN">${en.help('nav.otherLanguage')}: ${zh.help('site.title')}</a></li>
<li lang="en"><a href="en/" hreflang="en">${zh.help('nav.otherLanguage')}: ${en.help('site.title')}</a></li>
</ul>
</main>
</body>
</html>
`}`;
}
