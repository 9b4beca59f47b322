// Checks with their evidence, then the verdict and next steps (core messages), then the two ways on.
import type { StepProps } from '../view-context.js';
import { Contacts } from './Contacts.js';
import { Frame } from './Frame.js';

export function Result(props: StepProps) {
  const { s, tr, m, on } = props;
  const d = s.diagnosis;
  if (!d) return <Frame heading={props.heading} />;
  return (
    <Frame
      heading={props.heading}
      actions={
        <>
          <button type="button" onClick={on.solved}>
            {tr('verdict.solved')}
          </button>
          <button type="button" class="ghost" onClick={on.notSolved}>
            {tr('verdict.notSolved')}
          </button>
        </>
      }
    >
      <ul class="checks" aria-label={tr('checks.heading')}>
        {d.checks.map((c) => (
          <li key={c.id}>
            <span class={`badge s-${c.status}`}>{m(`mark.${c.status}`)}</span>
            <span>{m(c.evidence)}</span>
          </li>
        ))}
      </ul>
      <h4>{tr('verdict.heading')}</h4>
      <p>
        <strong>{tr(`verdict.${d.resolution}`)}</strong>
        {d.resolution === 'wait' && d.waitMinutes !== undefined && d.waitMinutes > 0
          ? ` ${tr('verdict.waitMinutes', { minutes: Math.ceil(d.waitMinutes) })}`
          : ''}
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
      {d.resolution === 'operator' && <Contacts {...props} />}
    </Frame>
  );
}
