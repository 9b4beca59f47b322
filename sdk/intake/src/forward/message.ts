// The short message every channel sends: a title, a few masked lines and the link to the ticket in the inbox.
// Only what locates the case travels to a chat group or a mailbox: the problem, the first finding, the console,
// the masked references (trade number and redeem code as the masking engine left them, the key's last 4) and
// the amount. Usernames, account emails, ids, notes and page messages stay in the inbox behind a login.
import {
  FIELD_POLICY,
  formatMoney,
  type Locale,
  type Ticket,
  type TicketFieldName,
} from '@topup-doctor/sdk/core';
import { ft, knows } from './catalog.js';

/** Fields whose support treatment is 'mask' (masked identifiers), plus the key's last 4 and the amount. */
export const FORWARDED_FIELDS: readonly TicketFieldName[] = [
  ...(Object.keys(FIELD_POLICY) as TicketFieldName[]).filter((f) => FIELD_POLICY[f].support === 'mask'),
  'keyLast4',
  'amount',
];

export interface ForwardMessage {
  locale: Locale;
  title: string;
  /** Email subject. */
  subject: string;
  /** "label: value" lines, already worded; values are masked. */
  lines: { label: string; value: string }[];
  link: { label: string; url: string };
  footer: string;
}

export interface MessageOptions {
  locale: Locale;
  /** The ticket's page in the inbox; `{id}` is replaced by the URL-encoded ticket id. */
  ticketUrl: string;
}

/** `encodeURIComponent` leaves `()!*'~`, which could close a markdown link early: they are encoded too. */
export function ticketLink(template: string, id: string): string {
  const enc = encodeURIComponent(id).replace(
    /[()!*'~]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return template.replaceAll('{id}', enc);
}

export function buildMessage(ticket: Ticket, opts: MessageOptions): ForwardMessage {
  const l = opts.locale;
  const problemKey = `problem.${ticket.problem}`;
  const lines: ForwardMessage['lines'] = [];
  const line = (labelKey: string, value: string) => lines.push({ label: ft(l, { key: labelKey }), value });
  if (ticket.reason) {
    const reasonKey = `reason.${ticket.reason}`;
    line('ticket.reason', knows(l, reasonKey) ? ft(l, { key: reasonKey }) : ticket.reason);
  }
  const c = ticket.console;
  line('ticket.console', c.origin ? `${c.kind} · ${c.origin}` : c.kind);
  for (const name of FORWARDED_FIELDS) {
    const v = ticket.fields[name];
    if (v === undefined || typeof v === 'boolean') continue;
    if (name === 'amount' && typeof v === 'number') {
      const cur = ticket.fields.currency;
      line('field.amount', formatMoney(l, v, typeof cur === 'string' ? cur : undefined));
    } else line(`field.${name}`, String(v));
  }
  line('ticket.id', ticket.id);
  return {
    locale: l,
    title: ft(l, { key: 'forward.title', params: { problemKey } }),
    subject: ft(l, { key: 'forward.subject', params: { problemKey, id: ticket.id } }),
    lines,
    link: { label: ft(l, { key: 'forward.open' }), url: ticketLink(opts.ticketUrl, ticket.id) },
    footer: ft(l, { key: 'forward.footer' }),
  };
}

/** The inbox's address from the ticket link template: `…/inbox/tickets/{id}` gives `…/inbox`. */
export function inboxUrl(ticketUrl: string): string {
  const cut = ticketUrl.replace(/\/tickets\/\{id\}.*$/, '');
  return cut !== ticketUrl ? cut : new URL(ticketUrl.replaceAll('{id}', '')).origin;
}

/** What an operator's "send a test message" shows in each channel: no ticket, the channel's name, the inbox. */
export function testMessage(channel: string, opts: MessageOptions): ForwardMessage {
  const l = opts.locale;
  const title = ft(l, { key: 'forward.test.title' });
  return {
    locale: l,
    title,
    subject: title,
    lines: [{ label: ft(l, { key: 'forward.test.channel' }), value: channel }],
    link: { label: ft(l, { key: 'forward.test.open' }), url: inboxUrl(opts.ticketUrl) },
    footer: ft(l, { key: 'forward.footer' }),
  };
}

/** Plain text (email body, Feishu/Telegram fallbacks). */
export function messageText(m: ForwardMessage): string {
  return [m.title, ...m.lines.map((x) => `${x.label}: ${x.value}`), `${m.link.label}: ${m.link.url}`].join(
    '\n',
  );
}

/**
 * Markdown for DingTalk and WeCom. Their renderers are small subsets without reliable backslash escapes, so
 * characters that could open a link, an image or emphasis in a value (a console origin is the user's word) are
 * swapped for their full-width look-alikes: the text stays legible and can never become markup.
 */
export function messageMarkdown(m: ForwardMessage): string {
  return [
    `**${inert(m.title)}**`,
    '',
    ...m.lines.map((x) => `- ${inert(x.label)}: ${inert(x.value)}`),
    '',
    `[${inert(m.link.label)}](${m.link.url})`,
  ].join('\n');
}

const INERT: Record<string, string> = {
  '[': '［',
  ']': '］',
  '(': '（',
  ')': '）',
  '<': '＜',
  '>': '＞',
  '*': '＊',
  _: '＿',
  '`': '｀',
  '!': '！',
  '#': '＃',
  '~': '～',
  '|': '｜',
  '\\': '＼',
};
export const inert = (s: string): string => s.replace(/[[\]()<>*_`!#~|\\]/g, (ch) => INERT[ch] ?? ch);
