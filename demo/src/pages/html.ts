// The escaping template is the intake's (one implementation for every server-rendered page).
export { escapeHtml, Html, html } from '@topup-doctor/intake';
