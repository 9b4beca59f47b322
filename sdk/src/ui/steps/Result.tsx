// The verdict first: the cause in words with the evidence that decided it, then the next steps, then the
// other checks. The actions follow the verdict: the operator's case puts sending to support first; a wait
// says how long and offers to look again later (no ticket yet); a self-resolvable case asks whether it worked.
import type { Resolution } from '../../core/index.js';
import type { FlowKey } from '../i18n/index.js';
import type { StepProps } from '../view-context.js';
import { Contacts } from './Contacts.js';
import { Frame } from './Frame.js';

/** Whole keys, not `verdict.${resolution}`: the widget's build ships them as short ids (scripts/short-keys.mjs). */
const VERDICT: Record<Resolution, FlowKey> = {
  self: 'verdict.self',
  wait: 'verdict.wait',
  operator: 'verdict.operator',
};

export function Result(props: StepProps) {
  const { s, tr, m, on } = props;
  const d = s.diagnosis;
  if (!d) return <Frame heading={props.heading} />;
  // The checks that found something come first: they are the evidence for the cause.
  const evidence = d.checks.filter((c) => c.status === 'fail' || c.status === 'warn');
  const rest = d.checks.filter((c) => c.status !== 'fail' && c.status !== 'warn');
  // The evidence is the row's text itself, not a span: the row is a flex box, so the text is an anonymous
  // flex item laid out as the span was, and each check row is one element fewer to create, style and lay out.
  const line = (c: (typeof d.checks)[number]) => (
    <li key={c.id}>
      <span class={`badge s-${c.status}`}>{m(`mark.${c.status}`)}</span>
      {m(c.evidence)}
    </li>
  );
  const verdict = tr(VERDICT[d.resolution]);
  const minutes = d.waitMinutes !== undefined && d.waitMinutes > 0 ? Math.ceil(d.waitMinutes) : undefined;
  const actions =
    d.resolution === 'operator' ? (
      <>
        <button type="button" onClick={on.notSolved}>
          {tr('verdict.send')}
        </button>
        <button type="button" class="ghost" onClick={on.solved}>
          {tr('verdict.solved')}
        </button>
      </>
    ) : d.resolution === 'wait' ? (
      <>
        <button type="button" onClick={on.close}>
          {tr('verdict.later')}
        </button>
        <button type="button" class="ghost" onClick={on.recheck}>
          {tr('verdict.recheck')}
        </button>
        <button type="button" class="ghost" onClick={on.solved}>
          {tr('verdict.solved')}
        </button>
      </>
    ) : (
      <>
        <button type="button" onClick={on.solved}>
          {tr('verdict.solved')}
        </button>
        <button type="button" class="ghost" onClick={on.notSolved}>
          {tr('verdict.notSolved')}
        </button>
      </>
    );
  return (
    <Frame heading={props.heading} actions={actions}>
      <h4>{tr('verdict.cause')}</h4>
      <p>
        <strong>{d.reason ? m(`reason.${d.reason}`) : verdict}</strong>
      </p>
      {evidence.length > 0 && (
        <ul class="checks" aria-label={tr('verdict.evidence')}>
          {evidence.map(line)}
        </ul>
      )}
      <h4>{tr('verdict.heading')}</h4>
      <p>
        {verdict}
        {d.resolution === 'wait' && minutes !== undefined ? ` ${tr('verdict.waitMinutes', { minutes })}` : ''}
        {d.resolution === 'wait' ? ` ${tr('verdict.comeBack')}` : ''}
      </p>
      {d.nextSteps.length > 0 && (
        <ol>
          {d.nextSteps.map((step, i) => (
            <li key={`${step.key}-${i}`}>{m(step)}</li>
          ))}
        </ol>
      )}
      {d.avoid.length > 0 && (
        <>
          <h4>{tr('verdict.avoid')}</h4>
          <ul>
            {d.avoid.map((a) => (
              <li key={a.key}>{m(a)}</li>
            ))}
          </ul>
        </>
      )}
      {rest.length > 0 && (
        <details>
          <summary>{tr('verdict.otherChecks', { count: rest.length })}</summary>
          <ul class="checks" aria-label={tr('checks.heading')}>
            {rest.map(line)}
          </ul>
        </details>
      )}
      {d.resolution === 'operator' && <Contacts {...props} />}
    </Frame>
  );
}
