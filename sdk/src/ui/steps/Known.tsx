// What the console already knows: account, balance, recent orders and credits, read errors, and the
// companion extension's warnings. Console strings are rendered as text (Preact text nodes), never HTML.
import { formatMoney, formatNumber, formatTime } from '../format.js';
import type { StepProps } from '../view-context.js';
import { Frame } from './Frame.js';

const RECENT = 5;

/**
 * Extension warnings arrive as core catalog keys (ext.warn.*). One this widget's catalogs lack (a newer
 * extension), or one whose params did not arrive (a placeholder left unfilled), gets a generic line.
 */
function warningText(props: StepProps, key: string, params?: Record<string, string | number>): string {
  const text = props.m({ key, params });
  return text === key || /\{\w+\}/.test(text) ? props.tr('known.extensionOther') : text;
}

export function Known(props: StepProps) {
  const { s, tr, on, locale } = props;
  const read = s.read;
  if (!read) {
    return (
      <Frame heading={props.heading}>
        <p class="status" role="status">
          {tr('known.loading')}
        </p>
      </Frame>
    );
  }
  const account = read.account;
  const balance = account?.balance;
  const errors = read.errors.filter((e) => e.code !== 'not_logged_in' && e.code !== 'user_header_mismatch');
  const notLoggedIn = read.errors.some((e) => e.code === 'not_logged_in');
  const mismatch =
    read.errors.some((e) => e.code === 'user_header_mismatch') || read.session?.userHeaderMismatch;
  const orders = (read.orders ?? []).slice(0, RECENT);
  const credits = (read.ledger ?? []).slice(0, RECENT);
  return (
    <Frame
      heading={props.heading}
      actions={
        <>
          <button type="button" onClick={on.next}>
            {tr('next')}
          </button>
          <button type="button" class="ghost" onClick={on.back}>
            {tr('back')}
          </button>
        </>
      }
    >
      {notLoggedIn && <p class="box warn">{tr('known.notLoggedIn')}</p>}
      {mismatch && <p class="box warn">{tr('known.mismatch')}</p>}
      {account && (
        <dl class="facts">
          <dt>{tr('known.account')}</dt>
          <dd>
            {account.displayName || account.username || ''} ({tr('known.accountId', { id: account.id })})
          </dd>
          {balance && (
            <>
              <dt>{tr('known.balance')}</dt>
              <dd>
                {formatNumber(locale, balance.raw / balance.quotaPerUnit)} {balance.displayUnit}
              </dd>
            </>
          )}
        </dl>
      )}
      <h4>{tr('known.orders')}</h4>
      {orders.length ? (
        <ul>
          {orders.map((o) => (
            <li key={o.ref}>
              {tr('known.orderLine', {
                time: formatTime(locale, o.createdAt),
                amount:
                  o.money !== undefined
                    ? formatMoney(locale, o.money, o.currency)
                    : o.amount !== undefined
                      ? formatNumber(locale, o.amount)
                      : '-',
                method: o.method ?? '-',
                status: props.m(`status.${o.status}`),
              })}
              {o.tradeNo ? ` · ${o.tradeNo}` : ''}
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{tr('known.none')}</p>
      )}
      <h4>{tr('known.credits')}</h4>
      {credits.length ? (
        <ul>
          {credits.map((c, i) => (
            <li key={`${c.at}-${i}`}>
              {formatTime(locale, c.at)} · {c.text}
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{tr('known.none')}</p>
      )}
      {errors.length > 0 && (
        <p class="muted">
          {tr('known.notRead', {
            parts: [...new Set(errors.map((e) => tr(`part.${e.part}` as 'part.account')))].join(
              locale === 'en' ? ', ' : '、',
            ),
          })}
        </p>
      )}
      {s.warnings.length > 0 && (
        <div class="box warn">
          <h4>{tr('known.extension')}</h4>
          <ul>
            {s.warnings.map((w) => (
              <li key={w.id}>{warningText(props, w.key, w.params)}</li>
            ))}
          </ul>
        </div>
      )}
    </Frame>
  );
}
