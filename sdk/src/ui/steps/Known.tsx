// What the console already knows: account, balance, and what this problem is about - for an order problem
// the recent orders, one of which the user picks (the diagnosis is about that order); for a redeem code the
// recent redemptions and the answer the page gave. Read errors and the companion extension's warnings follow,
// then the questions the console could not answer (Questions.tsx), and the checks run from this step.
// Console strings are rendered as text (Preact text nodes), never HTML, and cut for display
// (core/text/limit.ts: by grapheme, bidi controls made visible): a 100 KB name is one short line.
import { Component } from 'preact';
import { displayText, PARAM_MAX } from '../../core/text/limit.js';
import { formatNumber, formatTime } from '../format.js';
import type { StepProps } from '../view-context.js';
import { Frame } from './Frame.js';
import { Questions } from './Questions.js';
import { orderText } from './words.js';

const RECENT = 5;

/**
 * Extension warnings arrive as core catalog keys (ext.warn.*). One this widget's catalogs lack (a newer
 * extension), or one whose params did not arrive (a placeholder left unfilled), gets a generic line.
 */
function warningText(props: StepProps, key: string, params?: Record<string, string | number>): string {
  const text = props.m({ key, params });
  return text === key || /\{\w+\}/.test(text) ? props.tr('known.extensionOther') : text;
}

function OrderPicker(props: StepProps) {
  const { s, tr, on } = props;
  const orders = (s.read?.orders ?? []).slice(0, RECENT);
  if (!orders.length) return <p class="muted">{tr('known.none')}</p>;
  const picked = s.answers.orderRef;
  const notListed = s.answers.orderNotListed === true;
  // "Not in this list" is an answer of its own (no order of this account is the payment); "not sure" leaves
  // the choice open.
  const pick = (ref: string | undefined, none?: true) => () => {
    on.answer('orderRef', ref);
    on.answer('orderNotListed', none);
  };
  return (
    <fieldset>
      <legend>{tr('known.pick')}</legend>
      {orders.map((o) => (
        <label key={o.ref}>
          <input type="radio" name="td-order" checked={picked === o.ref} onChange={pick(o.ref)} />
          {orderText(props, o)}
        </label>
      ))}
      <label>
        <input type="radio" name="td-order" checked={notListed} onChange={pick(undefined, true)} />
        {tr('known.pickNone')}
      </label>
      <label>
        <input
          type="radio"
          name="td-order"
          checked={picked === undefined && !notListed}
          onChange={pick(undefined)}
        />
        {tr('known.pickUnsure')}
      </label>
    </fieldset>
  );
}

/**
 * What the console told, rendered again only when what it shows changed (the read, the problem, the
 * extension's warnings, the order picked): an answer typed in a question under it (a state change, so a
 * render of the step, per input) does not format and diff the balance, orders and credits again.
 */
class Told extends Component<{ props: StepProps }> {
  override shouldComponentUpdate({ props: next }: { props: StepProps }) {
    const { s, locale } = this.props.props;
    const n = next.s;
    return (
      n.read !== s.read ||
      n.problem !== s.problem ||
      n.warnings !== s.warnings ||
      next.locale !== locale ||
      n.answers.orderRef !== s.answers.orderRef ||
      n.answers.orderNotListed !== s.answers.orderNotListed
    );
  }

  render() {
    return told(this.props.props);
  }
}

export function Known(props: StepProps) {
  const { s, tr, on } = props;
  if (!s.read) {
    return (
      <Frame heading={props.heading}>
        <p class="status" role="status">
          {tr('known.loading')}
        </p>
      </Frame>
    );
  }
  // The checks run from the submit button's click, whose default (the form's submission) is cancelled:
  // Chromium's first form submission in a page cost 2.6-3.9 ms of main thread, a later one 0.1-0.4, and a
  // cancelled click 0.1 (timed around button.click() in this step's form). Enter in a field still runs
  // them: implicit submission clicks the form's submit button. onSubmit stays for any other submission.
  const run = (e: Event) => {
    e.preventDefault();
    on.diagnose();
  };
  return (
    <Frame
      heading={props.heading}
      onSubmit={run}
      actions={
        <>
          <button type="submit" onClick={run}>
            {tr('checks.run')}
          </button>
          <button type="button" class="ghost" onClick={on.back}>
            {tr('back')}
          </button>
        </>
      }
    >
      <Told props={props} />
      <Questions props={props} missing={props.missing ?? []} />
    </Frame>
  );
}

/** The account, the balance, the orders (to pick from) or redemptions, read errors and the extension's warnings. */
function told(props: StepProps) {
  const { s, tr, locale } = props;
  const read = s.read;
  if (!read) return null;
  const redeem = s.problem === 'redeem_not_credited';
  const account = read.account;
  const balance = account?.balance;
  // Errors with words of their own (not logged in, session expired, another account, no orders list) are
  // not repeated in the "could not read" line.
  const worded = ['not_logged_in', 'session_expired', 'user_header_mismatch', 'unsupported'];
  const errors = read.errors.filter((e) => !worded.includes(e.code));
  const notLoggedIn = read.errors.some((e) => e.code === 'not_logged_in');
  const expired = read.errors.some((e) => e.code === 'session_expired');
  const noOrdersList = read.errors.some((e) => e.part === 'orders' && e.code === 'unsupported');
  const mismatch =
    read.errors.some((e) => e.code === 'user_header_mismatch') || read.session?.userHeaderMismatch;
  const credits = (read.ledger ?? [])
    .filter((c) => (redeem ? c.kind === 'redeem' : c.kind !== 'redeem'))
    .slice(0, RECENT);
  const answer = redeem ? read.redeems?.at(-1) : undefined;
  return (
    <>
      {notLoggedIn && <p class="box warn">{tr('known.notLoggedIn')}</p>}
      {expired && <p class="box warn">{tr('known.sessionExpired')}</p>}
      {mismatch && <p class="box warn">{tr('known.mismatch')}</p>}
      {account && (
        <dl class="facts">
          <dt>{tr('known.account')}</dt>
          <dd>
            {[
              displayText(account.displayName || account.username || ''),
              tr('known.accountId', { id: displayText(account.id) }),
            ]
              .filter(Boolean)
              .join(' · ')}
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
      {answer?.message && (
        <p class="box">{tr('known.redeemAnswer', { message: displayText(answer.message, PARAM_MAX) })}</p>
      )}
      {!redeem &&
        (noOrdersList ? (
          <p class="box">{tr('known.noOrdersList')}</p>
        ) : (
          <>
            <h4>{tr('known.orders')}</h4>
            <OrderPicker {...props} />
          </>
        ))}
      <h4>{tr(redeem ? 'known.redeems' : 'known.credits')}</h4>
      {credits.length ? (
        <ul>
          {credits.map((c, i) => (
            <li key={`${c.at}-${i}`}>
              {formatTime(locale, c.at)} · {displayText(c.text, PARAM_MAX)}
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
    </>
  );
}
