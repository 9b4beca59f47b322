// sending / sent (with the ticket id) / not sent (with what to do next) / solved by the self-check.
import type { StepProps } from '../view-context.js';
import { Contacts } from './Contacts.js';
import { Frame } from './Frame.js';

export function Delivery(props: StepProps) {
  const { s, tr, on, heading } = props;
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
        {d?.queued ? tr('failed.queued') : tr('failed.rejected', { code: d?.code ?? '' })}
      </p>
      <Contacts {...props} />
    </Frame>
  );
}
