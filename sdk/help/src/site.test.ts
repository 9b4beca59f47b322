// The generated site: a page per registered problem and redeem reason in both locales, links that
// resolve, JSON-LD that parses, llms.txt and the sitemap listing every page, valid HTML, no promise
// wording, and pages that follow the rules (a rule change changes exactly the pages it touches).
import { PROBLEM_BY_ID, PROBLEMS, PROMISE_EN, PROMISE_ZH, t } from '@topup-doctor/sdk/core';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { LOCALES, problemPath, REDEEM, reasonPath } from './content.js';
import { NOW, testSettings } from './fixtures.js';
import { diagnoseReason, REDEEM_SCENARIOS } from './scenarios.js';
import { generateSite } from './site.js';

const settings = testSettings();
const { files, manifest } = generateSite(settings, { now: NOW });
const pages = [...files.keys()].filter((f) => f.endsWith('.html'));
const text = (htmlSource: string) =>
  htmlSource
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/g, ' ');

/** The site file a URL or a relative link from `from` points at (directories mean index.html). */
function target(from: string, href: string): string | undefined {
  const base = new URL(from, settings.baseUrl);
  const u = new URL(href, base);
  if (!u.href.startsWith(settings.baseUrl)) return undefined;
  const path = decodeURI(u.pathname.slice(new URL(settings.baseUrl).pathname.length));
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

describe('pages from the registries', () => {
  it.each(LOCALES)('%s: every problem and every redeem reason has its page', (locale) => {
    for (const p of PROBLEMS) expect(files.has(`${locale}/${problemPath(p.id)}`), p.id).toBe(true);
    for (const r of PROBLEM_BY_ID[REDEEM].reasons)
      expect(files.has(`${locale}/${reasonPath(r)}`), r).toBe(true);
  });

  it('a problem page shows its checks in order, what to avoid, the field table and the account checklist', () => {
    const page = files.get(`zh-CN/${problemPath('paid_not_credited')}`)!;
    for (const heading of [
      '先按这个顺序核对',
      '不要这样做',
      '需要准备的信息',
      '哪些信息可以公开',
      '账号一致性核对',
    ])
      expect(page).toContain(heading);
    expect(page).toContain('不要只凭付款截图判断');
    // the first check in the registry's order comes first
    const first = page.indexOf('页面记住的账号和服务器当前登录的账号是否一致');
    const later = page.indexOf('实际付款金额与订单金额是否一致');
    expect(first).toBeGreaterThan(0);
    expect(later).toBeGreaterThan(first);
  });

  it('every redeem reason page shows the steps the real diagnosis gives for it', () => {
    // A scenario that no longer leads to its reason would put another reason's steps on its page.
    for (const reason of Object.keys(REDEEM_SCENARIOS).filter((r) =>
      (PROBLEM_BY_ID[REDEEM].reasons as readonly string[]).includes(r),
    ))
      expect(diagnoseReason(reason, settings.rules)?.reason, `scenario for ${reason}`).toBe(reason);
    // The handbook's redeem cases have steps; a reason added to the core gets its page at once, with the
    // problem's checks, and its steps once a scenario is written for it.
    for (const r of ['invalid', 'used', 'expired', 'other_account', 'delayed'])
      expect(diagnoseReason(r, settings.rules)?.nextSteps.length, r).toBeGreaterThan(0);
    // the page carries exactly the diagnosis's steps, worded by the core catalog
    for (const reason of PROBLEM_BY_ID[REDEEM].reasons) {
      const steps = diagnoseReason(reason, settings.rules)?.nextSteps ?? [];
      const page = files.get(`zh-CN/${reasonPath(reason)}`)!;
      for (const step of steps)
        if (step.key !== 'step.contact') expect(page, `${reason} ${step.key}`).toContain(t('zh-CN', step));
    }
    expect(files.get(`en/${reasonPath('invalid')}`)).toContain('<h2 id="h-steps">');
  });
});

describe('links', () => {
  it('every internal link, stylesheet and script resolves to a generated file', () => {
    let checked = 0;
    for (const file of pages) {
      for (const m of files.get(file)!.matchAll(/(?:href|src)="([^"]+)"/g)) {
        const href = m[1]!.replace(/&amp;/g, '&');
        if (/^(mailto:|#)/.test(href)) continue;
        const t = target(file, href);
        if (t === undefined) continue; // the console's pages and other sites
        checked++;
        expect(files.has(t.replace(/[?#].*$/, '')), `${file} -> ${href}`).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it('hreflang alternates name both locales and x-default on every page', () => {
    for (const file of pages.filter((f) => f !== 'index.html')) {
      const html = files.get(file)!;
      for (const l of ['zh-CN', 'en', 'x-default']) expect(html, file).toContain(`hreflang="${l}"`);
    }
  });

  it('each page links the console widget on its own problem', () => {
    const page = files.get(`en/${reasonPath('used')}`)!;
    expect(page).toContain('href="https://gw.example.com/console/topup#topup-doctor=redeem_not_credited"');
    expect(files.get(`zh-CN/${problemPath('order_processing')}`)).toContain(
      '#topup-doctor=order_processing"',
    );
  });
});

describe('structured data and indexes', () => {
  it('JSON-LD parses on every page; the FAQ page is a FAQPage with every question', () => {
    for (const file of pages.filter((f) => f !== 'index.html')) {
      const m = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(files.get(file)!);
      expect(m, file).not.toBeNull();
      expect(JSON.parse(m![1]!)['@context']).toBe('https://schema.org');
    }
    for (const locale of LOCALES) {
      const html = files.get(`${locale}/faq.html`)!;
      const data = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!);
      expect(data['@type']).toBe('FAQPage');
      const questions = PROBLEMS.length + PROBLEM_BY_ID[REDEEM].reasons.length + 3;
      expect(data.mainEntity).toHaveLength(questions);
      for (const q of data.mainEntity) {
        expect(q['@type']).toBe('Question');
        expect(q.acceptedAnswer.text.length).toBeGreaterThan(10);
      }
    }
  });

  it('llms.txt, the sitemap and the Atom feeds list every page', () => {
    const llms = files.get('llms.txt')!;
    const sitemap = files.get('sitemap.xml')!;
    const urls = Object.keys(manifest.pages).filter((u) => !u.endsWith('/search.html'));
    expect(urls.length).toBe(2 * (3 + PROBLEMS.length + PROBLEM_BY_ID[REDEEM].reasons.length));
    for (const u of urls) {
      expect(llms).toContain(`](${u})`);
      expect(sitemap).toContain(`<loc>${u}</loc>`);
      expect(files.get('llms-full.txt')).toContain(`URL: ${u}`);
      const locale = u.includes('/en/') ? 'en' : 'zh-CN';
      expect(files.get(`${locale}/feed.xml`)).toContain(`<id>${u}</id>`);
    }
    expect(files.get('robots.txt')).toContain('Sitemap: https://gw.example.com/help/sitemap.xml');
    expect(files.get('test-indexnow-key-0001.txt')).toBe('test-indexnow-key-0001');
  });

  it('the search index holds every page of its locale', () => {
    for (const locale of LOCALES) {
      const index = JSON.parse(files.get(`${locale}/search-index.json`)!) as { p: string }[];
      const expected = pages.filter((f) => f.startsWith(`${locale}/`) && !f.endsWith('search.html'));
      expect(index.map((e) => `${locale}/${e.p}`).sort()).toEqual(expected.sort());
    }
    expect(Buffer.byteLength(files.get('zh-CN/search-index.json')!)).toBeLessThan(64 * 1024);
  });
});

describe('copy', () => {
  it('no promise wording in any page (the catalogs’ lint)', () => {
    for (const file of pages) {
      const words = text(files.get(file)!);
      expect(words, file).not.toMatch(PROMISE_ZH);
      expect(words, file).not.toMatch(PROMISE_EN);
    }
    for (const f of ['llms.txt', 'llms-full.txt']) {
      expect(files.get(f)).not.toMatch(PROMISE_ZH);
      expect(files.get(f)).not.toMatch(PROMISE_EN);
    }
  });

  it('no page points at a ticket "below" (the widget’s wording; the help layer rewords that step)', () => {
    for (const file of pages) {
      expect(files.get(file), file).not.toContain('附上下面的脱敏工单');
      expect(files.get(file), file).not.toContain('ticket below');
    }
  });

  it('support hours appear only when configured, in the operator’s words', () => {
    expect(files.get('zh-CN/index.html')).not.toContain('客服时间');
    const hours = testSettings({
      rules: {
        contacts: [],
        supportHours: { timeZone: 'Asia/Shanghai', days: [1, 2, 3, 4, 5], start: '09:30', end: '18:00' },
      },
    });
    const withHours = generateSite(hours, { now: NOW });
    expect(withHours.files.get('zh-CN/index.html')).toContain('客服时间：');
    expect(withHours.files.get('zh-CN/index.html')).toContain('09:30–18:00（Asia/Shanghai）');
    // the diagnosis adds the hours step on pages that send the user to the operator
    expect(withHours.files.get(`zh-CN/${reasonPath('expired')}`)).toContain('运营方的客服时间：09:30–18:00');
  });
});

describe('valid HTML', () => {
  it('html-validate (recommended rules) passes on every page', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
    const problems: string[] = [];
    for (const file of pages) {
      const report = await validator.validateString(files.get(file)!, file);
      for (const r of report.results)
        for (const m of r.messages) problems.push(`${file}:${m.line} ${m.ruleId} ${m.message}`);
    }
    expect(problems).toEqual([]);
  }, 60_000);
});

describe('changes', () => {
  it('a rebuild keeps dates of unchanged pages; a rule change marks exactly the pages it touches', () => {
    const later = NOW + 86_400_000;
    const same = generateSite(settings, { now: later, previous: manifest });
    expect(same.manifest.changed).toEqual([]);
    expect(same.files.get('en/feed.xml')).toBe(files.get('en/feed.xml'));

    const off = testSettings({ rules: { contacts: [{ kind: 'email', value: 'help@example.com' }] } });
    const next = generateSite(off, { now: later, previous: manifest });
    // contacts are on every content page except the FAQ and search pages
    expect(next.manifest.changed.length).toBeGreaterThan(20);
    expect(next.manifest.changed.some((u) => u.endsWith('/faq.html'))).toBe(false);
    const changedUrl = next.manifest.changed[0]!;
    expect(next.manifest.pages[changedUrl]!.updated).toBe(new Date(later).toISOString());
    expect(next.manifest.pages[`${settings.baseUrl}en/faq.html`]!.updated).toBe(new Date(NOW).toISOString());
  });
});
