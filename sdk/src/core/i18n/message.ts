// Copy is never built from string literals in the core: decisions carry message keys with params, and
// the catalogs (zh-CN first, en) turn them into words. This keeps the core locale-free and lets a test
// scan every catalog for promise wording. Zod-free: the schemas of these shapes are in message-schema.ts
// (only boundaries that receive messages from outside need them).
import type { Message, MessageParams } from './message-schema.js';
import type { MessageKey } from './zh-CN.js';

export type { Locale, Message, MessageParams } from './message-schema.js';
export type { MessageKey } from './zh-CN.js';

/** Params as the code writes them: a `...Key` param names another catalog key, so it must be one. */
export type KeyedParams = MessageParams & { [name: `${string}Key`]: MessageKey };

/** A message the catalogs have: a key they lack (here or in a `...Key` param) is a compile error. */
export function msg(key: MessageKey, params?: KeyedParams): Message {
  return params ? { key, params } : { key };
}
