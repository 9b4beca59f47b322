// Wording for the inbox: its own catalog (./text-*.ts), the core's catalogs for what the product decided,
// the widget's flow catalog for payment methods and masked kinds, and times in the agent's time zone with
// the zone shown.

import { NEW_API_ORDER_STATUS, SUB2API_ORDER_STATUS } from '@topup-doctor/sdk/consoles';
import {
  type CheckStatus,
  t as coreT,
  fill,
  formatMoney,
  hasKey,
  isFindingKind,
  type Locale,
  msg,
  type OrderStatus,
  type ProblemId,
  problemTitle,
  reasonText,
  statusMark,
} from '@topup-doctor/sdk/core';
import { tr } from '@topup-doctor/sdk/ui';
import { en } from './text-en.js';
import { type TextKey, zhCN } from './text-zh.js';

const CATALOGS: Record<Locale, Record<TextKey, string>> = { 'zh-CN': zhCN, en };

export interface Words {
  locale: Locale;
  timeZone: string;
  t(key: TextKey, params?: Record<string, string | number>): string;
  /** `checkName.<id>` when the catalog has it. */
  has(key: string): key is TextKey;
  problem(id: string): string;
  reason(id: string): string;
  mark(status: CheckStatus): string;
  field(name: string): string;
  /** A ticket field's value in words: methods, statuses, yes/no, money, times. */
  value(name: string, value: string | number | boolean, currency?: string): string;
  checkName(id: string): string;
  maskKind(kind: string): string;
  /** "2026-11-20 16:00 UTC+8" in the agent's zone. */
  time(ms: number): string;
  /** The zone with its current offset: "Asia/Shanghai (UTC+8)". */
  zoneLabel(at: number): string;
}

function offset(ms: number, timeZone: string): string {
  const part = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'shortOffset' })
    .formatToParts(ms)
    .find((p) => p.type === 'timeZoneName')?.value;
  return (part ?? 'GMT').replace(/^GMT/, 'UTC').replace(/^UTC$/, 'UTC+0');
}

/** YYYY-MM-DD HH:mm in the zone (sortable, the same shape in both languages). */
export function localTime(ms: number, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(ms)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/** Epoch ms of 00:00 of a YYYY-MM-DD day in the zone (for date filters). */
export function startOfDay(day: string, timeZone: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return undefined;
  const utc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (Number.isNaN(utc)) return undefined;
  // The zone's offset at that moment, applied twice to settle across a DST change.
  let guess = utc;
  for (let i = 0; i < 2; i++) {
    const shown = localTime(guess, timeZone);
    const shownUtc = Date.parse(`${shown.replace(' ', 'T')}:00Z`);
    guess += utc - shownUtc;
  }
  return guess;
}

/** A raw console order status (new-api top_up.status, sub2api order status) as the sdk's presets read it. */
const orderStatusOf = (raw: string): OrderStatus | undefined =>
  Object.hasOwn(NEW_API_ORDER_STATUS, raw)
    ? NEW_API_ORDER_STATUS[raw]
    : Object.hasOwn(SUB2API_ORDER_STATUS, raw)
      ? SUB2API_ORDER_STATUS[raw]
      : undefined;

export function words(locale: Locale, timeZone: string): Words {
  const catalog = CATALOGS[locale];
  const t: Words['t'] = (key, params) => fill(catalog[key], params);
  const time = (ms: number) => `${localTime(ms, timeZone)} ${offset(ms, timeZone)}`;
  const self: Words = {
    locale,
    timeZone,
    t,
    has: (key): key is TextKey => key in catalog,
    problem: (id) => (hasKey(`problem.${id}`) ? problemTitle(locale, id as ProblemId) : id),
    reason: (id) => (hasKey(`reason.${id}`) ? reasonText(locale, id) : id),
    mark: (status) => statusMark(locale, status),
    field: (name) => {
      const key = `field.${name}`;
      return hasKey(key) ? coreT(locale, msg(key)) : name;
    },
    checkName: (id) => {
      const key = `checkName.${id}`;
      return self.has(key) ? t(key) : t('check.other');
    },
    maskKind: (kind) => (isFindingKind(kind) ? tr(locale, `mask.kind.${kind}`) : kind),
    time,
    zoneLabel: (at) => `${timeZone} (${offset(at, timeZone)})`,
    value: (name, value, currency) => {
      if (typeof value === 'boolean') return t(value ? 'value.yes' : 'value.no');
      if (name === 'paymentMethod' && typeof value === 'string') {
        // Payment methods are worded by the core catalog (one source with the widget and the ticket).
        const key = `method.${value}`;
        return hasKey(key) ? coreT(locale, msg(key)) : value;
      }
      if (name === 'orderStatus' && typeof value === 'string') {
        const status = orderStatusOf(value);
        return status ? `${coreT(locale, msg(`status.${status}`))} (${value})` : value;
      }
      if (name === 'amount' && typeof value === 'number') return formatMoney(locale, value, currency);
      if (
        (name === 'orderTime' || name === 'redeemTime' || name === 'balanceChangeAt') &&
        typeof value === 'string'
      ) {
        const ms = Date.parse(value);
        return Number.isNaN(ms) ? value : time(ms);
      }
      return String(value);
    },
  };
  return self;
}
