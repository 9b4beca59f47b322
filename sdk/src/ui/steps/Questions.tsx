// Only what the console could not tell (core missingAnswers). Every input is labelled; free text is
// masked as it is typed (pageMessage, payingAccountHint), tails are limited to 4 characters.

import type { AnswerKey } from '../services.js';
import type { StepProps } from '../view-context.js';
import { Frame } from './Frame.js';
import { MaskedText } from './MaskedText.js';

const METHODS = ['alipay', 'wxpay', 'stripe', 'paypal', 'other'] as const;

function toLocalInput(ms: number | undefined): string {
  if (ms === undefined) return '';
  const d = new Date(ms - new Date(ms).getTimezoneOffset() * 60_000);
  return d.toISOString().slice(0, 16);
}

function Field({ k, props }: { k: AnswerKey; props: StepProps }) {
  const { s, tr, on, services } = props;
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
        {METHODS.map((method) => (
          <option key={method} value={method}>
            {tr(`method.${method}`)}
          </option>
        ))}
      </select>
    );
  } else if (k === 'paidAt') {
    input = (
      <input
        id={id}
        type="datetime-local"
        value={toLocalInput(value as number | undefined)}
        onInput={(e) => {
          const ms = new Date(e.currentTarget.value).getTime();
          on.answer(k, Number.isFinite(ms) ? ms : undefined);
        }}
      />
    );
  } else if (k === 'paidAmount') {
    input = (
      <input
        id={id}
        inputMode="decimal"
        autoComplete="off"
        value={value === undefined ? '' : String(value)}
        onChange={(e) => {
          const n = Number.parseFloat(e.currentTarget.value.replace(/[^\d.]/g, ''));
          on.answer(k, Number.isFinite(n) ? n : undefined);
        }}
      />
    );
  } else if (k === 'keyLast4' || k === 'tradeNoTail') {
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
          const masked = services.mask(text).text;
          on.answer(k, masked || undefined);
          return masked;
        }}
      />
    );
  }
  return (
    <div>
      <label for={id}>{label}</label>
      {input}
    </div>
  );
}

export function Questions(props: StepProps) {
  const { s, tr, on } = props;
  return (
    <Frame
      heading={props.heading}
      onSubmit={(e) => {
        e.preventDefault();
        on.diagnose();
      }}
      actions={
        <>
          <button type="submit">{tr('checks.run')}</button>
          <button type="button" class="ghost" onClick={on.back}>
            {tr('back')}
          </button>
        </>
      }
    >
      <p class="muted">{tr('questions.hint')}</p>
      {s.missing.map((k) => (
        <Field key={k} k={k} props={props} />
      ))}
    </Frame>
  );
}
