// The view schemas the content script needs (banner, bridge), apart from the full TabView so the content
// script does not carry the Snapshot schema (10 KB gzip budget, scripts/size.mjs).
import * as z from 'zod/mini';

export const RenderedWarning = z.object({
  id: z.string().check(z.maxLength(60)),
  key: z.string().check(z.maxLength(120)),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  text: z.string().check(z.maxLength(600)),
});
export type RenderedWarning = z.infer<typeof RenderedWarning>;

/** Banner words, in the view's locale (the content script carries no catalog). */
export const Labels = z.object({ title: z.string(), close: z.string() });

/** The core's Observations (checked strictly by the bridge's ExtensionObservations before posting). */
export const LooseObservations = z.object({
  accountsSeen: z.array(z.unknown()),
  ordersCreatedHere: z.array(z.unknown()),
  redeemsHere: z.optional(z.array(z.unknown())),
});

export const ContentView = z.object({
  /** This page shows the banner (a top-up, redeem or orders page): elsewhere the content script removes it. */
  banner: z.boolean(),
  warnings: z.array(RenderedWarning),
  labels: Labels,
  observations: LooseObservations,
});
export type ContentView = z.infer<typeof ContentView>;
