// The site's pages as data, per locale: built only from the core's registries (problems, their checks,
// reasons, what to avoid, ticket fields and their audience policy) and catalogs (core, widget, help).
// HTML, llms-full.txt and the search index are renderings of this one model.
import {
  CATALOGS,
  type CheckId,
  FIELD_POLICY,
  format,
  LOCALES,
  type Locale,
  type Message,
  PROBLEM_BY_ID,
  PROBLEMS,
  type Problem,
  type ProblemId,
  type TicketFieldName,
  TicketFieldName as TicketFieldNames,
} from '@topup-doctor/sdk/core';
import { type CatalogKey, tr } from '@topup-doctor/sdk/ui';
import { helpEn } from './catalog/en.js';
import { type HelpKey, helpZhCN } from './catalog/zh-CN.js';
import { diagnoseReason } from './scenarios.js';
import type { HelpSettings } from './settings.js';

export { LOCALES };

const HELP_CATALOGS: Record<Locale, Record<HelpKey, string>> = { 'zh-CN': helpZhCN, en: helpEn };
/** The problem whose reasons get pages of their own (the handbook: redeem cases are different problems). */
export const REDEEM: ProblemId = 'redeem_not_credited';

export type PageKind = 'home' | 'problem' | 'reason' | 'faq' | 'checklist' | 'search';

export interface PageSpec {
  kind: PageKind;
  /** Path inside a locale folder: 'index.html', 'problems/paid-not-credited.html', ... */
  path: string;
  problem?: ProblemId;
  reason?: string;
}

export interface Item {
  text: string;
  href?: string;
}

export interface Section {
  id: string;
  heading: string;
  paragraphs?: string[];
  list?: Item[];
  ordered?: boolean;
  /** Rows of [field, public, support]. */
  table?: { head: [string, string, string]; rows: [string, string, string][] };
}

export interface PageContent {
  spec: PageSpec;
  locale: Locale;
  title: string;
  /** The short answer: one quotable paragraph (also the meta description). */
  summary: string;
  sections: Section[];
  /** Question/answer pairs (the FAQ page; its JSON-LD). */
  faq?: { q: string; a: string; href: string }[];
}

const slug = (id: string) => id.replace(/_/g, '-');
export const problemPath = (id: ProblemId) => `problems/${slug(id)}.html`;
export const reasonPath = (reason: string) => `redeem/${slug(reason)}.html`;

/** Every page of one locale, from the registries. */
export function pageSpecs(): PageSpec[] {
  return [
    { kind: 'home', path: 'index.html' },
    ...PROBLEMS.map((p): PageSpec => ({ kind: 'problem', path: problemPath(p.id), problem: p.id })),
    ...PROBLEM_BY_ID[REDEEM].reasons.map(
      (reason): PageSpec => ({ kind: 'reason', path: reasonPath(reason), problem: REDEEM, reason }),
    ),
    { kind: 'checklist', path: 'checklist.html' },
    { kind: 'faq', path: 'faq.html' },
    { kind: 'search', path: 'search.html' },
  ];
}

/** The three catalog layers of one locale: core, widget, help (the site's own chrome). */
export function wordsFor(locale: Locale, settings: HelpSettings) {
  // The help layer may reword a core step for a page (no widget, no "ticket below"): `core.<key>` entries.
  const overrides = Object.fromEntries(
    Object.entries(HELP_CATALOGS[locale])
      .filter(([k]) => k.startsWith('core.'))
      .map(([k, v]) => [k.slice('core.'.length), v]),
  );
  const catalog = { ...CATALOGS[locale], ...overrides };
  const w = {
    core: (m: Message) => format(catalog, locale, m),
    key: (key: string) => format(catalog, locale, { key }),
    widget: (key: CatalogKey, params?: Record<string, string | number>) => tr(locale, key, params),
    help: (key: HelpKey, params?: Record<string, string | number>) =>
      format(HELP_CATALOGS[locale], locale, { key, params: { brand: settings.brand[locale], ...params } }),
    /** Every registered check has one (the catalog's type). */
    checkTitle: (id: CheckId) => HELP_CATALOGS[locale][`checkTitle.${id}`],
    list: (items: string[]) => items.join(locale === 'zh-CN' ? '、' : ', '),
    /** Sentences in a row: Chinese full stops need no space after them. */
    sentences: (items: string[]) => items.join(locale === 'zh-CN' ? '' : ' '),
    /** A check title as a sentence (the English ones are questions; the Chinese ones have no stop). */
    asSentence: (s: string) => (/[?.。？]$/.test(s) ? s : `${s}${locale === 'zh-CN' ? '。' : '.'}`),
    sentence: (s: string) => s.replace(/[。.]$/, ''),
  };
  return w;
}
type Words = ReturnType<typeof wordsFor>;

const fieldLabel = (w: Words, f: TicketFieldName) => w.key(`field.${f}`);
const problemTitle = (w: Words, id: ProblemId) => w.key(`problem.${id}`);
const reasonTitle = (w: Words, reason: string) => w.key(`reason.${reason}`);

/** The handbook's field table, from the ticket's audience policy (one source for the widget and pages). */
function fieldTable(w: Words, fields: readonly TicketFieldName[]): Section {
  const shown = [...new Set<TicketFieldName>([...fields, 'payAccount'])];
  return {
    id: 'fields',
    heading: w.help('section.fields'),
    paragraphs: [w.help('fields.intro')],
    table: {
      head: [w.help('fields.field'), w.help('fields.public'), w.help('fields.support')],
      rows: [
        ...shown.map((f): [string, string, string] => [
          fieldLabel(w, f),
          w.help(`treat.public.${FIELD_POLICY[f].public}`),
          w.help(`treat.support.${FIELD_POLICY[f].support}`),
        ]),
        [w.help('fields.screenshot'), w.help('treat.screenshot.public'), w.help('treat.screenshot.support')],
      ],
    },
  };
}

function accountsSection(w: Words): Section {
  return {
    id: 'accounts',
    heading: w.help('section.accounts'),
    paragraphs: [w.help('accounts.intro')],
    list: (['accounts.paying', 'accounts.redeem', 'accounts.key', 'accounts.chain'] as const).map((k) => ({
      text: w.help(k),
    })),
  };
}

function checksSection(w: Words, problem: Problem): Section {
  return {
    id: 'checks',
    heading: w.help('section.checks'),
    ordered: true,
    list: problem.checks.map((id) => ({ text: w.checkTitle(id) })),
  };
}

const avoidSection = (w: Words, problem: Problem): Section => ({
  id: 'avoid',
  heading: w.help('section.avoid'),
  list: problem.avoid.map((k) => ({ text: w.key(k) })),
});

const keepSection = (w: Words, problem: Problem): Section => ({
  id: 'keep',
  heading: w.help('section.keep'),
  list: problem.fields
    .filter((f) => FIELD_POLICY[f].support !== 'label')
    .map((f) => ({ text: fieldLabel(w, f) })),
});

function problemAnswer(w: Words, problem: Problem): string {
  const fields = problem.fields.filter((f) => f !== 'accountId' && FIELD_POLICY[f].public !== 'omit');
  const first = problem.checks[0];
  return w.help('answer.problem', {
    title: problemTitle(w, problem.id),
    first: first ? w.asSentence(w.checkTitle(first)) : '',
    fields: w.list(fields.map((f) => fieldLabel(w, f))),
    avoid: w.sentences(problem.avoid.map((k) => w.key(k))),
  });
}

function reasonSteps(w: Words, reason: string, settings: HelpSettings): string[] {
  return diagnoseReason(reason, settings.rules)?.nextSteps.map(w.core) ?? [];
}

function reasonAnswer(w: Words, reason: string, settings: HelpSettings): string {
  const steps = reasonSteps(w, reason, settings);
  const problem = PROBLEM_BY_ID[REDEEM];
  return steps.length
    ? w.help('answer.reason', { reason: reasonTitle(w, reason), steps: w.sentences(steps) })
    : w.help('answer.reasonNoSteps', {
        reason: reasonTitle(w, reason),
        fields: w.list(problem.fields.map((f) => fieldLabel(w, f))),
      });
}

function consoleSection(w: Words, settings: HelpSettings, problem: ProblemId): Section | undefined {
  const c = settings.console;
  const list: Item[] = [];
  if (c.widget)
    list.push({
      text: w.help('console.widget', { title: problemTitle(w, problem) }),
      href: deepLink(c.widget, problem),
    });
  if (c.orders) list.push({ text: w.help('console.orders'), href: c.orders });
  if (c.topup && problem !== REDEEM) list.push({ text: w.help('console.topup'), href: c.topup });
  if (c.redeem && problem === REDEEM) list.push({ text: w.help('console.redeem'), href: c.redeem });
  return list.length ? { id: 'console', heading: w.help('section.console'), list } : undefined;
}

/** The widget opens on a problem from this hash (sdk/src/embed/loader.ts reads it). */
export function deepLink(page: string, problem: ProblemId): string {
  const u = new URL(page);
  u.hash = `topup-doctor=${problem}`;
  return u.href;
}

const weekday = (locale: Locale, day: number) =>
  // 2024-01-07 was a Sunday (day 0), as in the widget's contacts step.
  new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 7 + day));

/** Exactly what the operator configured (the widget's contacts step, the same words). */
function contactsSection(w: Words, locale: Locale, settings: HelpSettings): Section | undefined {
  const { contacts, supportHours, refundEntry } = settings.rules;
  const list: Item[] = contacts.map((c) => {
    const label = c.label ? `${c.label}: ` : '';
    if (c.kind === 'email') return { text: `${label}${c.value}`, href: `mailto:${c.value}` };
    if (c.kind === 'url' && /^https?:/i.test(c.value)) return { text: `${label}${c.value}`, href: c.value };
    return { text: `${label}${c.kind.toUpperCase()} ${c.value}` };
  });
  if (refundEntry && /^(https?:|\/)/i.test(refundEntry.url))
    list.push({
      text: refundEntry.label || w.widget('contacts.refund'),
      href: new URL(refundEntry.url, settings.baseUrl).href,
    });
  const paragraphs = supportHours
    ? [
        w.widget('contacts.hours', {
          days: supportHours.days.map((d) => weekday(locale, d)).join(' '),
          start: supportHours.start,
          end: supportHours.end,
          zone: supportHours.timeZone,
        }),
      ]
    : [];
  if (!list.length && !paragraphs.length) return undefined;
  return { id: 'contacts', heading: w.widget('contacts.heading'), paragraphs, list };
}

const present = (s: (Section | undefined)[]): Section[] => s.filter((x): x is Section => x !== undefined);

function problemPage(w: Words, locale: Locale, settings: HelpSettings, spec: PageSpec): PageContent {
  const problem = PROBLEM_BY_ID[spec.problem!];
  const reasons: Section =
    problem.id === REDEEM
      ? {
          id: 'reasons',
          heading: w.help('section.reasons'),
          list: problem.reasons.map((r) => ({ text: reasonTitle(w, r), href: reasonPath(r) })),
        }
      : {
          id: 'reasons',
          heading: w.help('section.reasons'),
          list: problem.reasons.map((r) => ({ text: reasonTitle(w, r) })),
        };
  return {
    spec,
    locale,
    title: w.help('page.problem', { title: problemTitle(w, problem.id) }),
    summary: problemAnswer(w, problem),
    sections: present([
      checksSection(w, problem),
      avoidSection(w, problem),
      keepSection(w, problem),
      fieldTable(w, problem.fields),
      accountsSection(w),
      reasons,
      consoleSection(w, settings, problem.id),
      contactsSection(w, locale, settings),
    ]),
  };
}

function reasonPage(w: Words, locale: Locale, settings: HelpSettings, spec: PageSpec): PageContent {
  const problem = PROBLEM_BY_ID[REDEEM];
  const reason = spec.reason!;
  const steps = reasonSteps(w, reason, settings);
  return {
    spec,
    locale,
    title: w.help('page.reason', { reason: reasonTitle(w, reason) }),
    summary: reasonAnswer(w, reason, settings),
    sections: present([
      {
        id: 'problem',
        heading: w.help('section.related'),
        list: [
          { text: w.help('page.reasonOf', { title: problemTitle(w, REDEEM) }), href: problemPath(REDEEM) },
        ],
      },
      steps.length
        ? {
            id: 'steps',
            heading: w.help('section.steps'),
            ordered: true,
            list: steps.map((text) => ({ text })),
          }
        : undefined,
      checksSection(w, problem),
      avoidSection(w, problem),
      keepSection(w, problem),
      fieldTable(w, problem.fields),
      accountsSection(w),
      consoleSection(w, settings, REDEEM),
      contactsSection(w, locale, settings),
    ]),
  };
}

function publicFields(w: Words) {
  const by = (pred: (f: TicketFieldName) => boolean) =>
    w.list(TicketFieldNames.options.filter(pred).map((f) => fieldLabel(w, f)));
  return {
    keep: by((f) => FIELD_POLICY[f].public === 'keep'),
    mask: by((f) => FIELD_POLICY[f].public === 'mask'),
    never: by((f) => FIELD_POLICY[f].public === 'label' || FIELD_POLICY[f].support === 'label'),
  };
}

function faqItems(w: Words, settings: HelpSettings): { q: string; a: string; href: string }[] {
  const f = publicFields(w);
  return [
    ...PROBLEMS.map((p) => ({
      q: w.help('faq.problem', { title: problemTitle(w, p.id) }),
      a: problemAnswer(w, p),
      href: problemPath(p.id),
    })),
    ...PROBLEM_BY_ID[REDEEM].reasons.map((r) => ({
      q: w.help('faq.reason', { reason: reasonTitle(w, r) }),
      a: reasonAnswer(w, r, settings),
      href: reasonPath(r),
    })),
    {
      q: w.help('faq.public'),
      a: w.sentences([
        w.help('checklist.public', { fields: f.keep }),
        w.help('checklist.masked', { fields: f.mask }),
        w.help('checklist.never', { fields: f.never }),
      ]),
      href: 'checklist.html',
    },
    {
      q: w.help('faq.screenshot'),
      a: w.key('avoid.screenshotProof'),
      href: problemPath('paid_not_credited'),
    },
    {
      q: w.help('faq.refund'),
      a: w.help('faq.refundAnswer', { decide: w.key('step.recordsDecide') }),
      href: problemPath('duplicate_or_refund'),
    },
  ];
}

function checklistPage(w: Words, locale: Locale, settings: HelpSettings, spec: PageSpec): PageContent {
  const f = publicFields(w);
  const before: Item[] = [
    { text: w.help('checklist.classify', { problems: w.list(PROBLEMS.map((p) => problemTitle(w, p.id))) }) },
    { text: w.help('checklist.accounts') },
    { text: w.help('checklist.public', { fields: f.keep }) },
  ];
  const after: Item[] = [
    { text: w.help('checklist.masked', { fields: f.mask }) },
    { text: w.help('checklist.never', { fields: f.never }) },
    { text: w.key('step.keepEvidence') },
    { text: w.key('step.keepCode') },
    { text: w.key('step.recordsDecide') },
  ];
  return {
    spec,
    locale,
    title: w.help('checklist.heading'),
    summary: w.sentences([...before, ...after].map((i) => i.text)),
    sections: present([
      { id: 'before', heading: w.help('checklist.before'), list: before },
      { id: 'after', heading: w.help('checklist.after'), list: after },
      accountsSection(w),
      fieldTable(w, TicketFieldNames.options),
      contactsSection(w, locale, settings),
    ]),
  };
}

function homePage(w: Words, locale: Locale, settings: HelpSettings, spec: PageSpec): PageContent {
  return {
    spec,
    locale,
    title: w.help('site.title'),
    summary: w.help('site.description'),
    sections: present([
      { id: 'intro', heading: w.help('home.heading'), paragraphs: [w.help('home.intro')] },
      {
        id: 'problems',
        heading: w.help('home.problems'),
        list: PROBLEMS.map((p) => ({ text: problemTitle(w, p.id), href: problemPath(p.id) })),
      },
      {
        id: 'redeem',
        heading: w.help('home.redeem'),
        list: PROBLEM_BY_ID[REDEEM].reasons.map((r) => ({ text: reasonTitle(w, r), href: reasonPath(r) })),
      },
      {
        id: 'more',
        heading: w.help('home.more'),
        list: [
          { text: w.help('nav.checklist'), href: 'checklist.html' },
          { text: w.help('nav.faq'), href: 'faq.html' },
          { text: w.help('feed.link'), href: 'feed.xml' },
        ],
      },
      accountsSection(w),
      contactsSection(w, locale, settings),
    ]),
  };
}

export function pageContent(locale: Locale, settings: HelpSettings, spec: PageSpec): PageContent {
  const w = wordsFor(locale, settings);
  switch (spec.kind) {
    case 'problem':
      return problemPage(w, locale, settings, spec);
    case 'reason':
      return reasonPage(w, locale, settings, spec);
    case 'checklist':
      return checklistPage(w, locale, settings, spec);
    case 'faq': {
      const faq = faqItems(w, settings);
      return {
        spec,
        locale,
        title: w.help('faq.heading'),
        summary: w.help('site.description'),
        sections: [],
        faq,
      };
    }
    case 'search':
      return {
        spec,
        locale,
        title: w.help('search.heading'),
        summary: w.help('site.description'),
        sections: [],
      };
    default:
      return homePage(w, locale, settings, spec);
  }
}
