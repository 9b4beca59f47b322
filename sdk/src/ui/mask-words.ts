// Why a value was masked, in the user's words: the masking engine's finding kinds (FINDING_KINDS) name
// the catalog keys, so a kind without words here is a compile error.
import { FINDING_KINDS, isFindingKind } from '../core/mask/types.js';
import type { CatalogKey, Words } from './i18n/index.js';

/** Why this kind is masked; a kind from another version of the widget (a stored ticket) gets a generic why. */
export function whyMasked(kind: string): CatalogKey {
  return isFindingKind(kind) ? `mask.why.${FINDING_KINDS[kind]}` : 'mask.why.other';
}

/** "a bank card number": the catalog's words for a finding kind, or a generic one for another version's. */
export function kindWords(tr: Words, kind: string): string {
  return tr(isFindingKind(kind) ? `mask.kind.${kind}` : 'mask.kind.other');
}
