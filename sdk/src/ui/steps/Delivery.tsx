// sending / sent (with the ticket id) / not sent (with what to do next) / solved by the self-check.
import type { StepProps } from '../view-context.js';
import { Contacts } from './Contacts.js';

export function Delivery(props: StepProps) {
  const { s, tr, on } = props;
  const d = s.delivery;
  if (s.step === 'sending') {
    return (
      <p class="status" role="status" aria-busy="true">
        {tr('sending.heading')}
      </p>
    );
  }
  if (s.step === 'resolved') {
    return (
      <div>
        <p class="box done">{tr('resolved.body')}</p>
        <div class="actions">
          <button type="button" onClick={on.close}>
            {tr('close')}
          </button>
        </div>
      </div>
    );
  }
  if (s.step === 'sent') {
    return (
      <div>
        <p class="box done" role="status">
          {tr('sent.body', { id: d?.id ?? s.ticketId ?? '' })}
        </p>
        <div class="actions">
          <button type="button" onClick={on.close}>
            {tr('close')}
          </button>
        </div>
      </div>
    );
  }
  return (
    <div>
      <p class="box bad" role="alert">
        {d?.queued ? tr('failed.queued') : tr('failed.rejected', { code: d?.code ?? '' })}
      </p>
      <Contacts {...props} />
      <div class="actions">
        <button type="button" onClick={on.send}>
          {tr('failed.retry')}
        </button>
        <button type="button" class="ghost" onClick={on.back}>
          {tr('back')}
        </button>
        <button type="button" class="ghost" onClick={on.close}>
          {tr('close')}
        </button>
      </div>
    </div>
  );
}
