// The inbox and the console word what the product decides (problems, who resolves, check marks, ticket
// field names, order statuses) from the sdk core's catalogs: one source of copy, the same words the
// widget and the delivered ticket use. Only the demo's own UI lives in ./text-*.ts.
import {
  type CheckStatus,
  hasKey,
  type Locale,
  msg,
  type OrderStatus,
  type ProblemId,
  problemTitle,
  type Resolution,
  resolutionText,
  statusMark,
  t,
} from '@topup-doctor/sdk/core';

export interface CoreCopy {
  problem(id: ProblemId): string;
  resolution(r: Resolution): string;
  mark(s: CheckStatus): string;
  /** A ticket field's label (core `field.*`); an unknown name is shown as is. */
  field(name: string): string;
}

export function coreCopy(locale: Locale): CoreCopy {
  return {
    problem: (id) => problemTitle(locale, id),
    resolution: (r) => resolutionText(locale, r),
    mark: (s) => statusMark(locale, s),
    field: (name) => (hasKey(`field.${name}`) ? t(locale, msg(`field.${name}`)) : name),
  };
}

/** The demo console's top_up.status values (new-api model/topup.go) as the core reads them
 *  (sdk/src/consoles/new-api/map.ts: `success` is credited, the credit and the status change are one
 *  transaction). */
const CONSOLE_STATUS: Record<string, OrderStatus> = {
  pending: 'pending',
  success: 'credited',
  failed: 'failed',
  expired: 'expired',
};

/** `status.<raw>` entries for the console page's script catalog, worded by the core. */
export function consoleStatusCopy(locale: Locale): Record<string, string> {
  return Object.fromEntries(
    Object.entries(CONSOLE_STATUS).map(([raw, status]) => [
      `status.${raw}`,
      t(locale, msg(`status.${status}`)),
    ]),
  );
}
