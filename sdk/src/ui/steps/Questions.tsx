// Only what the console could not tell (core missingAnswers), under what it told on the known step
// (Known.tsx). Every input is labelled; free text is
// masked as it is typed (pageMessage, payingAccountHint) and what masking took out is recorded for the
// ticket. A receipt's order number may be pasted whole: its account id is read before it is reduced to its
// masked tail. A redeem code is kept only masked (first 2 + last 4).

import { redeemCodeShape } from '../../core/facts/redeem.js';
import { readTradeNo } from '../../core/facts/trade-no.js';
import { maskRedeemCode } from '../../core/mask/masks.js';
import { PAYMENT_METHODS } from '../../core/ticket/values.js';
import type { AnswerKey } from '../services.js';
import type { StepProps } from '../view-context.js';
import { MaskedText } from './MaskedText.js';

/** The currencies the amount question offers (and the formatters warmed for, warm.ts). */
export const CURRENCIES = ['CNY', 'USD'] as const;

function toLocalInput(ms: number | undefined): string {
  if (ms === undefined) return '';
  const d = new Date(ms - new Date(ms).getTimezoneOffset() * 60_000);
  return d.toISOString().slice(0, 16);
}

function timeInput(id: string, value: unknown, set: (ms: number | undefined) => void) {
  return (
    <input
      id={id}
      type="datetime-local"
      value={toLocalInput(value as number | undefined)}
      onInput={(e) => {
        const ms = new Date(e.currentTarget.value).getTime();
        set(Number.isFinite(ms) ? ms : undefined);
      }}
    />
  );
}

function Field({ k, props }: { k: AnswerKey; props: StepProps }) {
  const { s, tr, on, services, m } = props;
  const id = `td-q-${k}`;
  const value = s.answers[k];
  const label = tr(`q.${k}` as 'q.paidAt');
  if (k === 'orderedAgain') {
    const pick = (v: boolean | undefined) => () => on.answer(k, v);
    return (
      <fieldset>
        <legend>{label}</legend>
        <label>
          <input type="radio" name={id} checked={value === true} onChange={pick(true)} />
          {tr('q.yes')}
        </label>
        <label>
          <input type="radio" name={id} checked={value === false} onChange={pick(false)} />
          {tr('q.no')}
        </label>
        <label>
          <input type="radio" name={id} checked={value === undefined} onChange={pick(undefined)} />
          {tr('q.unsure')}
        </label>
      </fieldset>
    );
  }
  let input: preact.JSX.Element;
  if (k === 'method') {
    input = (
      <select
        id={id}
        value={(value as string) ?? ''}
        onChange={(e) => on.answer(k, e.currentTarget.value || undefined)}
      >
        <option value="">{tr('q.unsure')}</option>
        {PAYMENT_METHODS.map((method) => (
          <option key={method} value={method}>
            {m(`method.${method}`)}
          </option>
        ))}
      </select>
    );
  } else if (k === 'paidAt' || k === 'redeemedAt') {
    input = timeInput(id, value, (ms) => on.answer(k, ms));
  } else if (k === 'paidAmount') {
    // The amount with its currency: the picked order's currency unless the user says otherwise.
    const order = s.read?.orders?.find((o) => o.ref === s.answers.orderRef);
    const currency = s.answers.currency ?? order?.currency ?? '';
    input = (
      <span class="row">
        <input
          id={id}
          inputMode="decimal"
          autoComplete="off"
          value={value === undefined ? '' : String(value)}
          onChange={(e) => {
            const n = Number.parseFloat(e.currentTarget.value.replace(/[^\d.]/g, ''));
            on.answer(k, Number.isFinite(n) ? n : undefined);
            if (Number.isFinite(n) && !s.answers.currency && order?.currency)
              on.answer('currency', order.currency);
          }}
        />
        <select
          aria-label={tr('q.currency')}
          value={currency}
          onChange={(e) => on.answer('currency', e.currentTarget.value || undefined)}
        >
          <option value="">{tr('q.unsure')}</option>
          {CURRENCIES.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </span>
    );
  } else if (k === 'tradeNoTail') {
    // A whole order number may be pasted: the account id it carries (new-api USR{uid}NO...) is read first,
    // then only its masked tail stays, in state and in the field.
    input = (
      <MaskedText
        id={id}
        maxLength={80}
        value={s.answers.tradeNoMasked ?? (value as string) ?? ''}
        typing={(text) => {
          const v = text.replace(/\s/g, '');
          if (v.length <= 4) on.answer(k, v || undefined);
        }}
        commit={(text) => {
          const v = text.replace(/\s/g, '');
          if (v.length <= 4) {
            on.answer(k, v || undefined, []);
            on.answer('tradeNoUserId', undefined);
            on.answer('tradeNoMasked', undefined);
            return v;
          }
          const read = readTradeNo(v);
          on.answer(k, read?.tail, ['order_no']);
          on.answer('tradeNoUserId', read?.userId);
          on.answer('tradeNoMasked', read?.masked);
          return read?.masked ?? '';
        }}
      />
    );
  } else if (k === 'redeemCode') {
    input = (
      <MaskedText
        id={id}
        maxLength={120}
        value={(value as string) ?? ''}
        commit={(text) => {
          const masked = maskRedeemCode(text);
          on.answer(k, masked || undefined, masked && masked !== text.trim() ? ['redeem_code'] : []);
          // The code's shape is read from the full code before it is dropped: a look-alike letter or the
          // wrong case is a typo the user can fix, even when the page's answer was not seen.
          on.answer('redeemCodeShape', redeemCodeShape(s.read?.console.kind ?? 'custom', text));
          return masked;
        }}
      />
    );
  } else if (k === 'keyLast4') {
    input = (
      <input
        id={id}
        autoComplete="off"
        maxLength={4}
        value={(value as string) ?? ''}
        onInput={(e) => on.answer(k, e.currentTarget.value.replace(/\s/g, '') || undefined)}
      />
    );
  } else {
    // Free text may carry a card or a full order number: only the masked text is ever kept.
    input = (
      <MaskedText
        id={id}
        maxLength={300}
        value={(value as string) ?? ''}
        commit={(text) => {
          const r = services.mask(text);
          on.answer(k, r.text || undefined, r.kinds);
          return r.text;
        }}
      />
    );
  }
  // No wrapper element: the label is a block and the control fills the line under it, so the pair lays
  // out the same without one, and the step has one element fewer per question to create and lay out.
  return (
    <>
      <label for={id}>{label}</label>
      {input}
    </>
  );
}

/**
 * The questions of the known step, under what the console told: only the keys in `missing` (App.tsx
 * computes them from the read and the order the user picked, so picking an order takes away the questions
 * it answers, and a question being answered stays). The checks run from the step's submit button (Known).
 */
export function Questions({ props, missing }: { props: StepProps; missing: AnswerKey[] }) {
  const { tr } = props;
  if (!missing.length) return null;
  return (
    <>
      <h4>{tr('questions.heading')}</h4>
      <p class="muted">{tr('questions.hint')}</p>
      {missing.map((k) => (
        <Field key={k} k={k} props={props} />
      ))}
    </>
  );
}
