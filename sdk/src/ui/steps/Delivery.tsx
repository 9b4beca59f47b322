// sending / sent (with the ticket id: only when the intake accepted it) / not sent: queued in this
// browser (what happens next), or not kept at all (copy it), or refused / solved by the self-check.
import type { StepProps } from '../view-context.js';
import { Contacts } from './Contacts.js';
import { Frame } from './Frame.js';

/** Codes of a ticket that was neither accepted nor kept for later (the outbox was full or blocked). */
const NOT_SAVED = new Set(['outbox_full', 'storage_unavailable']);

export function Delivery(props: StepProps) {
  const { s, tr, on, heading, copyState } = props;
  const d = s.delivery;
  if (s.step === 'sending') {
    return (
      <Frame heading={heading}>
        <p class="status" role="status" aria-busy="true">
          {tr('sending.heading')}
        </p>
      </Frame>
    );
  }
  const close = (
    <button type="button" class={s.step === 'failed' ? 'ghost' : undefined} onClick={on.close}>
      {tr('close')}
    </button>
  );
  if (s.step === 'resolved') {
    return (
      <Frame heading={heading} actions={close}>
        <p class="box done">{tr('resolved.body')}</p>
      </Frame>
    );
  }
  if (s.step === 'sent') {
    return (
      <Frame heading={heading} actions={close}>
        <p class="box done" role="status">
          {tr('sent.body', { id: d?.id ?? s.ticketId ?? '' })}
        </p>
      </Frame>
    );
  }
  return (
    <Frame
      heading={heading}
      actions={
        <>
          <button type="button" onClick={on.send}>
            {tr('failed.retry')}
          </button>
          <button type="button" class="ghost" onClick={on.back}>
            {tr('back')}
          </button>
          {close}
        </>
      }
    >
      <p class="box bad" role="alert">
        {d?.queued
          ? tr('failed.queued')
          : NOT_SAVED.has(d?.code ?? '')
            ? tr('failed.notSaved')
            : tr('failed.rejected', { code: d?.code ?? '' })}
      </p>
      {props.services?.copy && (
        <p>
          <button type="button" class="ghost" onClick={on.copy}>
            {tr('failed.copy')}
          </button>
          <span role="status">
            {copyState ? tr(copyState === 'copied' ? 'preview.copied' : 'preview.copyFailed') : ''}
          </span>
        </p>
      )}
      {copyState === 'failed' && props.publicText && <pre>{props.publicText}</pre>}
      <Contacts {...props} />
    </Frame>
  );
}
