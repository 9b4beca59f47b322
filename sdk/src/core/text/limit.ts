// Display limits for text a console served (names, order numbers, methods, messages, labels): the one
// place where such a string is shortened and its bidi controls neutralized, for the widget's lines, the
// extension's labels, the inbox's pages and the ticket's free-text values. Pure: no DOM.
//
// Shortening counts user-perceived characters (grapheme clusters, Intl.Segmenter), never UTF-16 units: a
// UTF-16 cut splits an emoji or a flag into a lone surrogate, shown as "�" and refused by any database.
// Where Intl.Segmenter is missing (older Safari, some embedded webviews) a conservative fallback keeps a
// base character with its combining marks, variation selectors, emoji modifiers and ZWJ-joined parts, and
// regional-indicator pairs, together. Only the first `max` clusters are ever segmented, so a 100 KB
// unbroken value costs no more than a short one.

/** Longest console string on one of our lines (names, methods, labels), in graphemes. */
export const DISPLAY_MAX = 40;

/**
 * Bidi embeddings, overrides, isolates and marks (U+202A-202E, U+2066-2069, U+200E, U+200F, U+061C):
 * a nickname holding U+202E would reorder the warning around it.
 */
export const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const HAS_BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/**
 * Each bidi control replaced by a visible, inert marker (`[U+202E]`): the text can no longer be reordered,
 * and the reader sees that the console's value held a control (stripping silently would hide it).
 */
export function neutralizeBidi(value: string): string {
  if (!HAS_BIDI.test(value)) return value;
  return value.replace(
    BIDI_CONTROLS,
    (c) => `[U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}]`,
  );
}

/** Bidi controls removed (a label that must stay short, e.g. the extension's account label). */
export const stripBidi = (value: string): string => value.replace(BIDI_CONTROLS, '');

// Fallback clusters: a base with its extenders, joined by ZWJ; or a regional-indicator pair; or any
// other code point (a lone surrogate stays one unit, never split further).
const EXTEND = '\\p{M}\\ufe0e\\ufe0f\\u{1F3FB}-\\u{1F3FF}\\u{E0020}-\\u{E007F}';
const CLUSTER = new RegExp(
  `[\\u{1F1E6}-\\u{1F1FF}]{2}|[^${EXTEND}\\u200d][${EXTEND}]*(?:\\u200d[^${EXTEND}\\u200d][${EXTEND}]*)*|[\\s\\S]`,
  'gu',
);

type Segmenter = { segment(input: string): Iterable<{ segment: string }> };
let segmenter: Segmenter | null | undefined;

function getSegmenter(): Segmenter | null {
  if (segmenter === undefined) {
    const I = (globalThis as { Intl?: { Segmenter?: new () => Segmenter } }).Intl;
    segmenter = typeof I?.Segmenter === 'function' ? new I.Segmenter() : null;
  }
  return segmenter;
}

/** For tests: run the fallback as if Intl.Segmenter were missing (on), or the real segmenter again (off). */
export function forceGraphemeFallback(on: boolean): void {
  segmenter = on ? null : undefined;
}

/** The grapheme clusters of `value`, lazily (only those read are segmented). */
function* clusters(value: string): Generator<string> {
  const seg = getSegmenter();
  if (seg) for (const s of seg.segment(value)) yield s.segment;
  else for (const m of value.matchAll(CLUSTER)) yield m[0];
}

/**
 * The longest run of whole grapheme clusters from the start of `value` that holds at most `count`
 * clusters and at most `units` UTF-16 units, and whether anything follows it. A grapheme is at most a few
 * dozen units in real text; the window below bounds the work for a pathological one too.
 */
function head(value: string, count: number, units: number): { text: string; more: boolean } {
  // Enough units for `count + 1` clusters of up to 32 units each (family emoji are 11, flags 4).
  const window = value.slice(0, Math.min((count + 1) * 32, units + 32));
  let n = 0;
  let end = 0;
  let last = 0;
  for (const c of clusters(window)) {
    if (n === count || end + c.length > units) return { text: value.slice(0, end), more: true };
    n++;
    last = end;
    end += c.length;
  }
  // The window ended first: its last cluster may be cut short, so it is not kept.
  return window.length < value.length
    ? { text: value.slice(0, last), more: true }
    : { text: value, more: false };
}

/** How many graphemes `value` holds, counting at most `limit` (more than `limit` returns `limit + 1`). */
export function graphemeCount(value: string, limit = Number.MAX_SAFE_INTEGER): number {
  let n = 0;
  for (const _ of clusters(value)) if (++n > limit) break;
  return n;
}

/**
 * `value` cut to at most `max` graphemes, never inside one; a cut value ends with `mark` (counted in
 * `max`). `units` also bounds its UTF-16 length (a schema's maxLength counts units: 40 family emoji are
 * 440). A value of `max` UTF-16 units or fewer is returned as it is, unsegmented.
 */
export function shorten(value: string, max: number, mark = '…', units = Number.MAX_SAFE_INTEGER): string {
  if (value.length <= max && value.length <= units) return value;
  const all = head(value, max, units);
  if (!all.more) return value;
  if (!mark) return all.text;
  return `${head(all.text, max - 1, units - mark.length).text}${mark}`;
}

/** A free-text value for a ticket: at most `max` graphemes and `max` UTF-16 units (the schema's limit). */
export const ticketText = (value: string, max: number): string => shorten(value, max, '…', max);

/** A console string for one of our lines: bidi controls made visible, then shortened by grapheme. */
export function displayText(value: string, max = DISPLAY_MAX): string {
  return neutralizeBidi(shorten(value, max));
}

/** Longest console string inside a sentence of ours (a message's param, a page's answer), in graphemes. */
export const PARAM_MAX = 200;

/**
 * A message with its text params made displayable: a check's evidence may quote a console's name or
 * answer, which must neither run to 100 KB nor reorder the sentence around it. Numbers pass as they are.
 */
export function displayMessage<M extends { key: string; params?: Record<string, string | number> }>(
  message: M,
): M {
  if (!message.params) return message;
  const params: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(message.params))
    params[k] = typeof v === 'string' ? displayText(v, PARAM_MAX) : v;
  return { ...message, params };
}
