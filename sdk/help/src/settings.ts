// Operator settings for the help site, validated at the boundary (a JSON file the operator writes).
// Contacts, support hours and the refund entry are the widget's own rules (core Rules schema): the
// pages show exactly what the widget shows, and nothing the operator did not configure.
import { type Locale, Rules, type RulesInput } from '@topup-doctor/sdk/core';
import * as z from 'zod';

const Text = z.string().trim().min(1).max(80);
const Localized = z.union([Text, z.object({ 'zh-CN': Text, en: Text })]);

/** A console page: absolute, or a path resolved against the base URL's origin. */
const PageUrl = z.string().regex(/^(https?:\/\/|\/)/, 'an http(s) URL or a path starting with /');

export const HelpSettingsInput = z.strictObject({
  /** The brand shown in titles ("{brand} 充值与兑换码自助排查"). */
  brand: Localized,
  /** Where the site is published, e.g. https://gw.example.com/help/ (sitemap, canonical and hreflang URLs). */
  baseUrl: z.url({ protocol: /^https?$/ }),
  /** The console's own pages; absent ones are not linked. */
  console: z
    .strictObject({
      topup: z.optional(PageUrl),
      orders: z.optional(PageUrl),
      redeem: z.optional(PageUrl),
      /** A page that embeds the widget (default: orders): each page links here with #topup-doctor=<problem>. */
      widget: z.optional(PageUrl),
    })
    .default({}),
  /** The widget's rules (data-rules): contacts, supportHours, refundEntry, callbackMinutes... */
  rules: z.record(z.string(), z.unknown()).default({}),
  /** IndexNow: the key published as /<key>.txt and sent with `ping`. */
  indexNow: z.optional(
    z.strictObject({
      key: z.string().regex(/^[A-Za-z0-9-]{8,128}$/, '8 to 128 letters, digits or dashes'),
      endpoint: z.url({ protocol: /^https?$/ }).default('https://api.indexnow.org/indexnow'),
    }),
  ),
});
export type HelpSettingsInput = z.input<typeof HelpSettingsInput>;

export interface HelpSettings {
  brand: Record<Locale, string>;
  /** Always ends with '/'. */
  baseUrl: string;
  console: { topup?: string; orders?: string; redeem?: string; widget?: string };
  rules: Rules;
  indexNow?: { key: string; endpoint: string };
}

export type SettingsResult = { ok: true; settings: HelpSettings } | { ok: false; error: string };

export function parseSettings(input: unknown): SettingsResult {
  const parsed = HelpSettingsInput.safeParse(input);
  if (!parsed.success) return { ok: false, error: z.prettifyError(parsed.error) };
  const s = parsed.data;
  const rules = Rules.safeParse(s.rules as RulesInput);
  if (!rules.success) return { ok: false, error: `rules: ${rules.error.issues[0]?.message ?? 'invalid'}` };
  const baseUrl = s.baseUrl.endsWith('/') ? s.baseUrl : `${s.baseUrl}/`;
  const abs = (u?: string) => (u ? new URL(u, baseUrl).href : undefined);
  const pages = {
    topup: abs(s.console.topup),
    orders: abs(s.console.orders),
    redeem: abs(s.console.redeem),
    widget: abs(s.console.widget ?? s.console.orders),
  };
  return {
    ok: true,
    settings: {
      brand: typeof s.brand === 'string' ? { 'zh-CN': s.brand, en: s.brand } : s.brand,
      baseUrl,
      console: Object.fromEntries(Object.entries(pages).filter(([, v]) => v)) as HelpSettings['console'],
      rules: rules.data,
      ...(s.indexNow ? { indexNow: s.indexNow } : {}),
    },
  };
}
