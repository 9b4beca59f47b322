// generateSite(settings, { now, previous }): every file of the static site, in memory. Pure apart from
// the clock passed in: the same rules, catalogs and settings give the same files. A page's `updated`
// date moves only when its content changed since the previous build's manifest (the Atom feed and the
// IndexNow ping list come from that).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locale } from '@topup-doctor/sdk/core';
import { LOCALES, type PageContent, pageContent, pageSpecs, wordsFor } from './content.js';
import { escapeHtml as esc } from './html.js';
import { ASSETS, pageUrl, renderLanding, renderPage } from './render.js';
import type { HelpSettings } from './settings.js';

export interface Manifest {
  generated: string;
  /** Page URL -> content hash and the date it last changed. */
  pages: Record<string, { hash: string; updated: string }>;
  /** URLs new or changed in this build (what `ping` submits). */
  changed: string[];
}

export interface Site {
  files: Map<string, string>;
  manifest: Manifest;
}

const ASSET_DIR = join(import.meta.dirname, '..', 'assets');
const asset = (name: string) => readFileSync(join(ASSET_DIR, name), 'utf8');
const sha = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16);

interface Built {
  locale: Locale;
  content: PageContent;
  url: string;
  updated: string;
  hash: string;
}

export function generateSite(settings: HelpSettings, opts: { now: number; previous?: Manifest }): Site {
  const nowIso = new Date(opts.now).toISOString();
  const files = new Map<string, string>();
  const built: Built[] = [];
  const changed: string[] = [];

  for (const locale of LOCALES) {
    const specs = pageSpecs();
    const contents = specs.map((spec) => pageContent(locale, settings, spec));
    const all = contents
      .filter((c) => c.spec.kind !== 'search')
      .map((c) => ({ title: c.title, path: c.spec.path }));
    for (const content of contents) {
      const url = pageUrl(settings, locale, content.spec.path);
      const extra = content.spec.kind === 'search' ? { all } : {};
      const hash = sha(renderPage(settings, content, { updated: '', ...extra }));
      const before = opts.previous?.pages[url];
      const updated = before && before.hash === hash ? before.updated : nowIso;
      if (!before || before.hash !== hash) changed.push(url);
      files.set(`${locale}/${content.spec.path}`, renderPage(settings, content, { updated, ...extra }));
      built.push({ locale, content, url, updated, hash });
    }
    files.set(`${locale}/search-index.json`, searchIndex(built.filter((b) => b.locale === locale)));
    files.set(
      `${locale}/feed.xml`,
      atom(
        settings,
        locale,
        built.filter((b) => b.locale === locale),
      ),
    );
  }

  files.set('index.html', renderLanding(settings));
  files.set(ASSETS.css, asset('help.css'));
  files.set(ASSETS.search, asset('search.js'));
  files.set('sitemap.xml', sitemap(settings, built));
  files.set('robots.txt', `User-agent: *\nAllow: /\n\nSitemap: ${settings.baseUrl}sitemap.xml\n`);
  files.set('llms.txt', llms(settings, built));
  files.set('llms-full.txt', llmsFull(settings, built));
  if (settings.indexNow) files.set(`${settings.indexNow.key}.txt`, settings.indexNow.key);

  const manifest: Manifest = {
    generated: nowIso,
    pages: Object.fromEntries(built.map((b) => [b.url, { hash: b.hash, updated: b.updated }])),
    changed,
  };
  files.set('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
  return { files, manifest };
}

/** A small prebuilt index: title, short answer and the section words of each page (no server). */
function searchIndex(pages: Built[]): string {
  const entries = pages
    .filter((p) => p.content.spec.kind !== 'search')
    .map(({ content: c }) => ({
      p: c.spec.path,
      t: c.title,
      s: c.summary,
      x: [
        ...c.sections.flatMap((s) => [s.heading, ...(s.list?.map((i) => i.text) ?? [])]),
        ...(c.faq?.map((f) => f.q) ?? []),
      ].join(' '),
    }));
  return JSON.stringify(entries);
}

function atom(settings: HelpSettings, locale: Locale, pages: Built[]): string {
  const w = wordsFor(locale, settings);
  const sorted = pages
    .filter((p) => p.content.spec.kind !== 'search')
    .sort((a, b) => b.updated.localeCompare(a.updated) || a.url.localeCompare(b.url));
  const home = pageUrl(settings, locale, 'index.html');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">
<title>${esc(w.help('feed.title'))}</title>
<id>${esc(home)}</id>
<link rel="alternate" type="text/html" href="${esc(home)}"/>
<link rel="self" type="application/atom+xml" href="${esc(`${home}feed.xml`)}"/>
<updated>${sorted[0]?.updated ?? ''}</updated>
<author><name>${esc(settings.brand[locale])}</name></author>
${sorted
  .map(
    (p) => `<entry>
<title>${esc(p.content.title)}</title>
<id>${esc(p.url)}</id>
<link rel="alternate" type="text/html" href="${esc(p.url)}"/>
<updated>${p.updated}</updated>
<summary>${esc(p.content.summary)}</summary>
</entry>`,
  )
  .join('\n')}
</feed>
`;
}

function sitemap(settings: HelpSettings, pages: Built[]): string {
  const urls = pages
    .filter((p) => p.content.spec.kind !== 'search')
    .map((p) => {
      const alts = LOCALES.map(
        (l) =>
          `<xhtml:link rel="alternate" hreflang="${l}" href="${esc(pageUrl(settings, l, p.content.spec.path))}"/>`,
      ).join('');
      return `<url><loc>${esc(p.url)}</loc><lastmod>${p.updated}</lastmod>${alts}</url>`;
    });
  return `<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${urls.join('\n')}
</urlset>
`;
}

/** llms.txt (llmstxt.org): a title, a summary and every page as a link with its short answer. */
function llms(settings: HelpSettings, pages: Built[]): string {
  const zh = wordsFor('zh-CN', settings);
  const en = wordsFor('en', settings);
  const block = (locale: Locale, heading: string) =>
    `## ${heading}\n\n${pages
      .filter((p) => p.locale === locale && p.content.spec.kind !== 'search')
      .map((p) => `- [${p.content.title}](${p.url}): ${p.content.summary}`)
      .join('\n')}\n`;
  return `# ${zh.help('site.title')}

> ${zh.help('site.description')}

${en.help('site.description')}

${block('zh-CN', en.help('nav.otherLanguage'))}
${block('en', zh.help('nav.otherLanguage'))}
## Optional

- [llms-full.txt](${settings.baseUrl}llms-full.txt): ${zh.help('nav.otherLanguage')} / ${en.help('nav.otherLanguage')}
- [sitemap.xml](${settings.baseUrl}sitemap.xml)
`;
}

/** llms-full.txt: every page's text as Markdown, in one file. */
function llmsFull(settings: HelpSettings, pages: Built[]): string {
  const out: string[] = [`# ${wordsFor('zh-CN', settings).help('site.title')}`, ''];
  for (const { content: c, url, locale } of pages) {
    if (c.spec.kind === 'search') continue;
    const w = wordsFor(locale, settings);
    out.push(`## ${c.title}`, '', `URL: ${url}`, '', `${w.help('section.answer')}: ${c.summary}`, '');
    for (const s of c.sections) {
      out.push(`### ${s.heading}`, '');
      for (const p of s.paragraphs ?? []) out.push(p, '');
      s.list?.forEach((i, n) => {
        out.push(`${s.ordered ? `${n + 1}.` : '-'} ${i.text}`);
      });
      if (s.list) out.push('');
      if (s.table) {
        out.push(`| ${s.table.head.join(' | ')} |`, '|---|---|---|');
        for (const r of s.table.rows) out.push(`| ${r.join(' | ')} |`);
        out.push('');
      }
    }
    for (const f of c.faq ?? []) out.push(`### ${f.q}`, '', f.a, '');
  }
  return `${out.join('\n')}\n`;
}
