// The masking engine: the only entry points other parts use.
export { maskText } from './engine.js';
export { maskField } from './field.js';
export { maskCard, maskEmail, maskKey, maskPhone, maskRedeemCode, maskTradeNo } from './masks.js';
export type {
  FieldMaskResult,
  Finding,
  FindingKind,
  MaskField,
  MaskOptions,
  MaskResult,
  MaskText,
} from './types.js';
export { FINDING_KINDS, isFindingKind } from './types.js';
