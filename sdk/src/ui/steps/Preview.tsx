// Exactly what will be sent (the masked support ticket), what was masked and why, the note that masks
// while typing, and the ways to send: webhook, email, or a public copy for a community group.
import { Fragment } from 'preact';
import type { Ticket, TicketFieldName } from '../../core/index.js';
import { neutralizeBidi } from '../../core/text/limit.js';
import { fieldText } from '../../core/ticket/render.js';
import { kindWords, whyMasked } from '../mask-words.js';
import type { StepProps } from '../view-context.js';
import { Frame } from './Frame.js';
import { MaskedText } from './MaskedText.js';

/** The ticket as it will be sent, shown with any bidi control as a visible marker (a console name holding
 *  U+202E must not reorder the preview around it; the ticket itself keeps what the console served). */
function TicketView({ ticket, props }: { ticket: Ticket; props: StepProps }) {
  const { tr, m } = props;
  const fields = Object.entries(ticket.fields) as [TicketFieldName, string | number | boolean][];
  return (
    <section class="box" aria-labelledby="td-preview-fields">
      <h4 id="td-preview-fields">{tr('preview.fields')}</h4>
      <dl class="facts">
        <dt>{m('ticket.id')}</dt>
        <dd>{ticket.id}</dd>
        <dt>{m('ticket.problem')}</dt>
        <dd>{m(`problem.${ticket.problem}`)}</dd>
        {fields.map(([name, v]) => (
          <Fragment key={name}>
            <dt>{m(`field.${name}`)}</dt>
            <dd>{neutralizeBidi(fieldText(ticket, name, v))}</dd>
          </Fragment>
        ))}
        {ticket.note && (
          <>
            <dt>{m('ticket.note')}</dt>
            <dd>{neutralizeBidi(ticket.note)}</dd>
          </>
        )}
      </dl>
      <h4>{tr('checks.heading')}</h4>
      <ul class="checks">
        {ticket.checks.map((c) => (
          <li key={c.id}>
            <span class={`badge s-${c.status}`}>{m(`mark.${c.status}`)}</span>
            {neutralizeBidi(c.evidence)}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function Preview(props: StepProps) {
  const { s, tr, m, on, ticket, locale, services, copyState, heading } = props;
  const noteKinds = s.noteKinds.map((k) => kindWords(tr, k));
  // What was masked: by the ticket builder, in the note while typing (the builder then sees masked text),
  // and the references the console preset shortens before they ever reach the widget (policy: mask).
  const notices = [
    ...(ticket?.masked ?? []),
    ...s.noteKinds.map((kind) => ({ field: 'note', kind })),
    ...(ticket?.fields.tradeNo !== undefined ? [{ field: 'tradeNo', kind: 'order_no' }] : []),
    ...(ticket?.fields.redeemCode !== undefined ? [{ field: 'redeemCode', kind: 'redeem_code' }] : []),
  ];
  const masked = [...new Map(notices.map((n) => [`${n.field}:${n.kind}`, n])).values()];
  const mailto = ticket && services.mailto?.(ticket);
  const none = !services.send && !mailto && !services.copy;
  return (
    <Frame
      heading={heading}
      actions={
        <>
          {services.send && (
            <button type="button" onClick={on.send}>
              {tr('preview.send')}
            </button>
          )}
          {mailto && (
            <a
              class={`btn${services.send ? ' ghost' : ''}`}
              href={mailto}
              onClick={() => services.emit({ type: 'ticket_sent', problem: s.problem, transport: 'mailto' })}
            >
              {tr('preview.email')}
            </a>
          )}
          {services.copy && (
            <button type="button" class="ghost" onClick={on.copy}>
              {tr('preview.copy')}
            </button>
          )}
          <button type="button" class="ghost" onClick={on.back}>
            {tr('back')}
          </button>
        </>
      }
      status={
        <p class="muted" role="status">
          {copyState ? tr(copyState === 'copied' ? 'preview.copied' : 'preview.copyFailed') : ''}
        </p>
      }
    >
      <p>{tr('preview.intro')}</p>
      <label for="td-note">{tr('preview.note')}</label>
      <MaskedText
        id="td-note"
        multiline
        value={s.note}
        describedBy="td-note-hint td-note-masked"
        commit={on.note}
      />
      <p id="td-note-hint" class="muted">
        {tr('preview.noteHint')}
      </p>
      <p id="td-note-masked" class="muted" role="status">
        {noteKinds.length
          ? tr('preview.noteMasked', { what: noteKinds.join(locale === 'en' ? ', ' : '、') })
          : ''}
      </p>
      {ticket && <TicketView ticket={ticket} props={props} />}
      <h4>{tr('preview.masked')}</h4>
      {masked.length ? (
        <ul>
          {masked.map((n) => (
            <li key={`${n.field}:${n.kind}`}>
              {tr('preview.maskedLine', {
                field:
                  n.field === 'note'
                    ? m('ticket.note')
                    : n.field.startsWith('check:')
                      ? tr('checks.heading')
                      : m(`field.${n.field}`),
                kind: kindWords(tr, n.kind),
                why: tr(whyMasked(n.kind)),
              })}
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{tr('preview.maskedNone')}</p>
      )}
      {none && <p class="box warn">{tr('preview.noTransport')}</p>}
      {copyState === 'failed' && props.publicText && <pre>{props.publicText}</pre>}
    </Frame>
  );
}
