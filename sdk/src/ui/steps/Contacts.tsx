// The operator's contacts, support hours and refund entry, exactly as configured (nothing promised).
import type { StepProps } from '../view-context.js';

const weekday = (locale: string, day: number) =>
  // 2024-01-07 was a Sunday (day 0).
  new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 7 + day));

export function Contacts({ services, tr, locale }: StepProps) {
  const { contacts, supportHours, refundEntry } = services.rules;
  if (!contacts.length && !supportHours && !refundEntry) return null;
  return (
    <div class="box">
      <h4>{tr('contacts.heading')}</h4>
      <ul>
        {contacts.map((c) => (
          <li key={`${c.kind}:${c.value}`}>
            {c.label ? `${c.label}: ` : ''}
            {c.kind === 'email' ? (
              <a href={`mailto:${c.value}`}>{c.value}</a>
            ) : c.kind === 'url' && /^https?:/i.test(c.value) ? (
              <a href={c.value} target="_blank" rel="noopener noreferrer">
                {c.value}
              </a>
            ) : (
              `${c.kind.toUpperCase()} ${c.value}`
            )}
          </li>
        ))}
        {refundEntry && /^(https?:|\/)/i.test(refundEntry.url) && (
          <li>
            <a href={refundEntry.url} target="_blank" rel="noopener noreferrer">
              {refundEntry.label || tr('contacts.refund')}
            </a>
          </li>
        )}
      </ul>
      {supportHours && (
        <p class="muted">
          {tr('contacts.hours', {
            days: supportHours.days.map((d) => weekday(locale, d)).join(' '),
            start: supportHours.start,
            end: supportHours.end,
            zone: supportHours.timeZone,
          })}
        </p>
      )}
    </div>
  );
}
