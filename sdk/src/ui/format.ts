// The widget's formatters are the core's catalog-free ones: importing core/i18n/t.ts here would pull
// both core catalogs into the first-open chunk (size budget, issue 5).
export { formatMoney, formatNumber, formatTime } from '../core/i18n/format.js';
