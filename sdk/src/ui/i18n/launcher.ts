// The only string the script-tag loader carries (it must stay under its gzip budget in sdk/scripts/size.mjs): the label of the
// launcher button (floating) or of the entry button (inline). zh-CN first, en.
import type { Locale } from '../../core/i18n/locale.js';

export const LAUNCHER_LABEL: Record<Locale, string> = {
  'zh-CN': '充值没到账？自查一下',
  en: 'Top-up not credited? Check it',
};
