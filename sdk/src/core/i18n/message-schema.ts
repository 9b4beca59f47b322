// The message shapes as zod/mini schemas, for the boundaries that receive them from outside (the ticket
// and diagnosis schemas the intake and the extension validate with). The core builds its own messages
// with msg() in message.ts, whose types these are: code on the widget's path imports message.ts only, so
// it carries no zod.
import * as z from 'zod/mini';
import type { LOCALES } from './locale.js';

// locale.ts's LOCALES, written out (the type says they are the same): importing them would split locale.ts,
// which the loader and the config check carry, into a chunk of its own.
export const Locale = z.enum(['zh-CN', 'en'] satisfies typeof LOCALES);
export type Locale = z.infer<typeof Locale>;

export const MessageParams = z.record(z.string(), z.union([z.string(), z.number()]));
export type MessageParams = z.infer<typeof MessageParams>;

export const Message = z.object({ key: z.string(), params: z.optional(MessageParams) });
export type Message = z.infer<typeof Message>;
