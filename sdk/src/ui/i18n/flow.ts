// The flow catalogs of both locales, for the second stage (ui/steps/later.ts hands them to wordsFor()).
// Nothing else here: the second stage must not import the shell's module (index.ts), or the shell, which
// the first open carries, would be split into a chunk shared by both stages.

import { enFlow } from './en.flow.js';
import type { FlowCatalogs } from './index.js';
import { zhCNFlow } from './zh-CN.flow.js';

export const FLOW_WORDS: FlowCatalogs = { 'zh-CN': zhCNFlow, en: enFlow };
