// The popup's DOM, built with textContent only (no innerHTML anywhere: web-ext lint clean, and console
// data such as a hostile username is always text).
import { type Balance, formatMoney, type MessageKey, type Params } from '@topup-doctor/sdk/core';
import type { ExtKey } from '../../i18n/catalog.js';
import type { TabView } from '../../lib/messages.js';

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string | null | undefined | false)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  for (const child of children) if (child) node.append(child);
  return node;
}

/** Sentences in a row: a Chinese full stop needs no space after it, an English one does. */
const sentences = (...parts: string[]) =>
  parts.reduce((all, part) => (!all || /[。！？]$/.test(all) ? all + part : `${all} ${part}`), '');

export type Tr = (key: ExtKey | MessageKey, params?: Params) => string;

export interface PopupActions {
  enable(): void;
  checkKey(last4: string): void;
  selfCheck(): void;
  clear(): void;
}

export interface PopupState {
  origin?: string;
  granted: boolean;
  view: TabView | null;
  status: string;
}

/** The balance as the console shows it: the adapter's reading in its display unit (¥73.00 at a 7.3 rate),
 *  formatted by the core's money formatter like the widget's amounts. */
export function balanceText(locale: TabView['locale'], b: Balance): string {
  return formatMoney(locale, b.raw / b.quotaPerUnit, b.displayUnit);
}

function timeText(locale: string, ms: number): string {
  return new Date(ms).toLocaleString(locale, {
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

export function renderPopup(root: HTMLElement, state: PopupState, tr: Tr, actions: PopupActions): void {
  const main = h('main', {}, h('h1', {}, tr('ext.popup.title')));
  if (!state.origin) {
    main.append(h('p', {}, tr('ext.popup.unsupported')));
  } else if (!state.granted) {
    const enable = h(
      'button',
      { type: 'button', class: 'primary', 'data-testid': 'enable' },
      tr('ext.popup.enable'),
    );
    enable.addEventListener('click', () => actions.enable());
    main.append(h('p', { class: 'origin' }, state.origin), h('p', {}, tr('ext.popup.notGranted')), enable);
  } else if (!state.view?.snapshot) {
    main.append(h('p', { class: 'origin' }, state.origin), h('p', {}, tr('ext.popup.noData')));
  } else {
    const { view } = state;
    const snap = state.view.snapshot;
    const account = snap.account;
    main.append(
      h('p', { class: 'origin' }, state.origin),
      h(
        'dl',
        {},
        h('dt', {}, tr('ext.popup.console')),
        h(
          'dd',
          { 'data-testid': 'console' },
          `${snap.console.kind}${snap.console.generation ? ` (${snap.console.generation})` : ''}`,
        ),
        h('dt', {}, tr('ext.popup.account')),
        h('dd', { 'data-testid': 'account' }, account ? `${account.label ?? ''} (#${account.id})` : '-'),
        account?.balance ? h('dt', {}, tr('ext.popup.balance')) : null,
        account?.balance
          ? h('dd', { 'data-testid': 'balance' }, balanceText(view.locale, account.balance))
          : null,
      ),
      h('h2', {}, tr('ext.popup.warnings')),
      view.warnings.length
        ? h(
            'ul',
            { class: 'warnings', 'data-testid': 'warnings' },
            ...view.warnings.map((w) => h('li', { 'data-warning': w.id }, w.text)),
          )
        : h('p', { class: 'ok' }, tr('ext.popup.noWarnings')),
      h('h2', {}, tr('ext.popup.accountsSeen')),
      h(
        'ul',
        { class: 'accounts', 'data-testid': 'accounts' },
        ...view.accounts.map((a) =>
          h(
            'li',
            {},
            h('span', {}, a.label ? `${a.label} (#${a.id})` : `#${a.id}`),
            h(
              'span',
              { class: 'time' },
              tr('ext.popup.lastSeen', { time: timeText(view.locale, a.lastSeen) }),
            ),
          ),
        ),
      ),
      h('p', { class: 'hint' }, tr('ext.popup.ordersHere', { count: view.ordersHere })),
    );
    const input = h('input', { id: 'key-last4', maxlength: '4', autocomplete: 'off', spellcheck: 'false' });
    input.value = view.keyLast4 ?? '';
    input.addEventListener('input', () => {
      input.value = input.value.replace(/[^A-Za-z0-9]/g, '').slice(0, 4);
    });
    const form = h('form', {}, input, h('button', { type: 'submit' }, tr('ext.popup.keyCheck')));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      actions.checkKey(input.value);
    });
    const selfCheck = h(
      'button',
      { type: 'button', class: 'primary', 'data-testid': 'self-check' },
      tr('ext.popup.selfCheck'),
    );
    selfCheck.addEventListener('click', () => actions.selfCheck());
    const clear = h('button', { type: 'button', 'data-testid': 'clear' }, tr('ext.popup.clear'));
    clear.addEventListener('click', () => actions.clear());
    // A key not in the list is one of the warnings above; the other outcomes are said here, in the words
    // of the core's key check (the widget's and the ticket's), and where to read the list when it is unknown.
    const checked = view.keyLast4 ? view.keyStatus : undefined;
    const keyResult =
      view.keyLast4 && checked && checked !== 'not-in-account'
        ? h(
            'p',
            { class: 'hint', 'data-key-result': checked },
            checked === 'in-account'
              ? tr('check.key-in-account.ok', { last4: view.keyLast4 })
              : sentences(
                  tr('check.key-in-account.nolist', { last4: view.keyLast4 }),
                  tr('ext.popup.keyOpenList'),
                ),
          )
        : null;
    main.append(
      h('h2', {}, h('label', { for: 'key-last4' }, tr('ext.popup.keyLabel'))),
      form,
      ...(keyResult ? [keyResult] : []),
      h('p', { class: 'hint' }, tr('ext.popup.keyHint')),
      h('div', { class: 'actions' }, selfCheck, clear),
    );
  }
  if (state.status) main.append(h('p', { class: 'status', role: 'status' }, state.status));
  root.replaceChildren(main);
}
