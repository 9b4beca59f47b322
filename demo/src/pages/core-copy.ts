// The console words the order statuses the product reads from the sdk core's catalogs: one source of copy,
// the same words the widget and the delivered ticket use. Only the demo's own UI lives in ./text-*.ts.
import { type Locale, msg, type OrderStatus, t } from '@topup-doctor/sdk/core';

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
