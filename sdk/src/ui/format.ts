// The widget's formatters are the core's catalog-free ones: importing core/i18n/t.ts here would pull
// both core catalogs into the first-open chunk (size budget, sdk/scripts/size.mjs).
export { formatMoney, formatNumber, formatTime } from '../core/i18n/format.js';
