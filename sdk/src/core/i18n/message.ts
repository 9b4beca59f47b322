// Copy is never built from string literals in the core: decisions carry message keys with params, and
// the catalogs (zh-CN first, en) turn them into words. This keeps the core locale-free and lets a test
// scan every catalog for promise wording.
import * as z from 'zod/mini';
import type { LOCALES } from './locale.js';
import type { MessageKey } from './zh-CN.js';

export type { MessageKey } from './zh-CN.js';

// locale.ts's LOCALES, written out (the type says they are the same): importing them would split locale.ts,
// which the loader and the config check carry, into a chunk of its own.
export const Locale = z.enum(['zh-CN', 'en'] satisfies typeof LOCALES);
export type Locale = z.infer<typeof Locale>;

export const MessageParams = z.record(z.string(), z.union([z.string(), z.number()]));
export type MessageParams = z.infer<typeof MessageParams>;

export const Message = z.object({ key: z.string(), params: z.optional(MessageParams) });
export type Message = z.infer<typeof Message>;

/** Params as the code writes them: a `...Key` param names another catalog key, so it must be one. */
export type KeyedParams = MessageParams & { [name: `${string}Key`]: MessageKey };

/** A message the catalogs have: a key they lack (here or in a `...Key` param) is a compile error. */
export function msg(key: MessageKey, params?: KeyedParams): Message {
  return params ? { key, params } : { key };
}
