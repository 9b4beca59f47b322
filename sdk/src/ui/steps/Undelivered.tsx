// Reports this browser kept but could not deliver (the outbox's `refused` and `stalled` entries), shown
// on the first step the next time the panel opens: what happened in words, the masked report to copy,
// the operator's email when configured, and a way to remove it. Nothing is promised beyond what the
// outbox does (a stalled report is tried once per visit; a refused one never again).
import { Component } from 'preact';
import { formatTime } from '../format.js';
import type { UndeliveredTicket } from '../services.js';
import type { StepProps } from '../view-context.js';

type ReportProps = StepProps & { item: UndeliveredTicket; onForget(): void };

class Report extends Component<ReportProps, { copied?: 'copied' | 'failed' }> {
  override state: { copied?: 'copied' | 'failed' } = {};

  render() {
    const { item, services, tr, locale, onForget } = this.props;
    const { copied } = this.state;
    const text = services.text(item.ticket);
    const mailto = services.mailto?.(item.ticket);
    const what =
      item.state === 'stalled'
        ? 'undelivered.stalled'
        : item.code === 'unstorable'
          ? 'undelivered.unstorable'
          : 'undelivered.refused';
    const copy = async () => this.setState({ copied: (await services.copy?.(text)) ? 'copied' : 'failed' });
    return (
      <div class="box bad">
        <h4>{tr('undelivered.ticket', { id: item.ticket.id, time: formatTime(locale, item.queuedAt) })}</h4>
        <p>{tr(what)}</p>
        <div class="actions">
          {services.copy && (
            <button type="button" onClick={copy}>
              {tr('undelivered.copy')}
            </button>
          )}
          {mailto && (
            <a class="btn ghost" href={mailto}>
              {tr('preview.email')}
            </a>
          )}
          <button type="button" class="ghost" onClick={onForget}>
            {tr('undelivered.forget')}
          </button>
        </div>
        <p role="status">
          {copied ? tr(copied === 'copied' ? 'undelivered.copied' : 'preview.copyFailed') : ''}
        </p>
        {(copied === 'failed' || !services.copy) && <pre>{text}</pre>}
      </div>
    );
  }
}

export class Undelivered extends Component<StepProps, { items: UndeliveredTicket[]; forgotten: boolean }> {
  override state = { items: this.props.services.undelivered?.() ?? [], forgotten: false };

  private forget = (key: string) => () =>
    void this.props.services.forgetUndelivered?.(key).then(() => {
      this.setState({ items: this.props.services.undelivered?.() ?? [], forgotten: true });
    });

  render() {
    const { tr } = this.props;
    const { items, forgotten } = this.state;
    return (
      <section aria-labelledby="td-undelivered">
        <h4 id="td-undelivered">{tr('undelivered.heading')}</h4>
        {items.length > 0 && (
          <div>
            {items.map((item) => (
              <Report
                key={item.ticket.idempotencyKey}
                {...this.props}
                item={item}
                onForget={this.forget(item.ticket.idempotencyKey)}
              />
            ))}
          </div>
        )}
        <p role="status" class="muted">
          {forgotten ? tr('undelivered.forgotten') : ''}
        </p>
      </section>
    );
  }
}
