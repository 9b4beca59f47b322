import type { ComponentChildren } from 'preact';
import type { ProblemId } from '../../core/index.js';
import type { ShellProps } from '../view-context.js';
import { Frame } from './Frame.js';

// A literal list (not the zod enum's options): the first-open chunk must not pull in the core schemas.
// `satisfies` keeps it complete when a problem is added to the core.
export const PROBLEMS = Object.keys({
  paid_not_credited: 1,
  order_processing: 1,
  payment_failed: 1,
  redeem_not_credited: 1,
  duplicate_or_refund: 1,
} satisfies Record<ProblemId, 1>) as ProblemId[];

/** `children`: what comes before the choices (a report from an earlier visit that did not get through). */
export function Problem({ tr, on, heading, children }: ShellProps & { children?: ComponentChildren }) {
  return (
    <Frame heading={heading}>
      {children}
      <div class="choices">
        {PROBLEMS.map((id) => (
          <button type="button" key={id} onClick={() => on.choose(id)}>
            {tr(`problem.${id}`)}
          </button>
        ))}
      </div>
    </Frame>
  );
}
