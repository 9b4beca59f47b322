// The flow catalogs of both locales, for the second stage (ui/steps/later.ts hands them to wordsFor()).
// Nothing else here: the second stage must not import the shell's module (index.ts), or the shell, which
// the first open carries, would be split into a chunk shared by both stages.

import type { Locale } from '../../core/i18n/locale.js';
import { enFlow } from './en.flow.js';
import { enUndelivered } from './en.undelivered.js';
import type { FlowCatalogs } from './index.js';
import { zhCNFlow } from './zh-CN.flow.js';
import { zhCNUndelivered } from './zh-CN.undelivered.js';

export const FLOW_WORDS: FlowCatalogs = {
  'zh-CN': { ...zhCNFlow, ...zhCNUndelivered },
  en: { ...enFlow, ...enUndelivered },
};

/** The undelivered reports' words are here already (see embed/flow-lazy.ts). */
export const loadUndeliveredWords = (_locale: Locale): Promise<void> => Promise.resolve();
