// The console words the order statuses the product reads from the sdk core's catalogs: one source of copy,
// the same words the widget and the delivered ticket use. Only the demo's own UI lives in ./text-*.ts.
import { NEW_API_ORDER_STATUS } from '@topup-doctor/sdk/consoles';
import { type Locale, msg, t } from '@topup-doctor/sdk/core';

/** `status.<raw>` entries for the console page's script catalog: new-api's top_up.status values as the sdk's
 *  new-api preset reads them (`success` is credited), worded by the core. */
export function consoleStatusCopy(locale: Locale): Record<string, string> {
  return Object.fromEntries(
    Object.entries(NEW_API_ORDER_STATUS).map(([raw, status]) => [
      `status.${raw}`,
      t(locale, msg(`status.${status}`)),
    ]),
  );
}
