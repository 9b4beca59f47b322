/** Isolated-world global set by entrypoints/panel.ts: the widget the extension opened itself, so the
 *  content script's bridge does not mistake it for the page's own widget. */
export const OWN_WIDGET = '__topupDoctorOwnWidget';
/** The instance id of that widget (sdk config `id`). */
export const OWN_WIDGET_ID = 'topup-doctor-extension';
