// Short catalog keys in the script-tag widget's files (scripts/widget.mjs, after terser): the words are
// looked up by keys like 'preview.send', which ship twice, in the code that words a line and in the catalog
// file that holds the line. Here each key of the families below becomes `_$0`, `_$1`, ... in every file of
// the widget at once (the catalogs' object keys and the code's literals alike), so the source stays
// readable and its types exact. Measured (node scripts/size.mjs after pnpm --filter ./sdk build, 125 keys):
// new-api, an order problem 55.29 -> 54.73 KB gzip (words zh-CN 5.78 -> 5.54, second stage 31.38 -> 31.08,
// first open 11.78 -> 11.76), the redeem problem's 57.65 -> 57.02.
//
// Only keys that never leave the page: the widget's own flow and shell words, the next steps and the things
// to avoid, and the ticket's text labels. Not the families that cross a boundary or are built at run time:
// check.* (a ticket's checks carry their keys to the intake, schema v2), ext.* (the extension posts its
// warnings' keys), and those a template builds from data (`reason.${id}`, `q.${field}`, `mask.why.${why}`,
// status, mark, method, field, problem, unit, resolution, part). Nor a key of one segment ('back', 'close':
// an event's or an attribute's name as well). The verdicts are named whole (ui/steps/Result.tsx VERDICT).
//
// The build fails rather than ship a key it cannot prove is only ever a whole literal: every occurrence of
// a mapped key's text in any widget file or the loader must be a complete quoted literal, and no quoted
// string or template may start with a family's prefix unless it is a whole known key (a key built at run
// time from a family's prefix would then miss its words).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The families whose keys are mapped (first segment of the key). */
export const FAMILIES = [
  'avoid',
  'checks',
  'contacts',
  'failed',
  'known',
  'preview',
  'questions',
  'resolved',
  'sending',
  'sent',
  'step',
  'ticket',
  'undelivered',
  'verdict',
];

const KEY = /[{,]"([a-zA-Z][\w-]*\.[\w.-]+)":/g;

/**
 * Maps the families' keys to short ids across `files` (names in `dist`), in place. `scan` are paths of
 * files that are only checked (the loader: it must not hold a mapped key). Returns the number of keys mapped.
 */
export function shortenKeys(dist, files, scan = []) {
  const texts = new Map(files.map((f) => [f, readFileSync(join(dist, f), 'utf8')]));
  const scanned = scan.map((path) => readFileSync(path, 'utf8')).join('\n');
  const all = [...texts.values(), scanned].join('\n');
  if (/["'`]_\$/.test(all)) throw new Error('short-keys: `_$<id>` literals exist already');
  // Every catalog key in the files (object keys of string values: the catalogs, minified).
  const known = new Set();
  for (const text of texts.values()) for (const m of text.matchAll(KEY)) known.add(m[1]);
  const family = (k) => k.slice(0, k.indexOf('.'));
  const keys = [...known].filter((k) => FAMILIES.includes(family(k))).sort();
  // A family's prefix opening a string or a template must be a whole known key: `step.${x}`, "step."+x
  // or a longer string would look up a key that is no longer there.
  for (const f of FAMILIES) {
    for (const m of all.matchAll(new RegExp(`(["'\`])(${f}\\.[^"'\`]*)(["'\`]|\\$\\{)`, 'g'))) {
      if (m[3] !== m[1] || !known.has(m[2]))
        throw new Error(`short-keys: ${JSON.stringify(m[0].slice(0, 60))} is not a whole catalog key`);
    }
  }
  // Every occurrence of a mapped key's text is a whole quoted literal: a longer key's literal holding it
  // ('known.order' in 'known.orderLine') is that key's, a property chain (`e.ticket.idempotencyKey`) is
  // code, not a string; anything else (a sentence, a template) fails the build.
  const wholeLiteral = (i) => {
    const q = all[i - 1];
    return (q === '"' || q === "'") && known.has(all.slice(i, all.indexOf(q, i)));
  };
  for (const k of keys) {
    for (let i = all.indexOf(k); i >= 0; i = all.indexOf(k, i + 1)) {
      if (all[i - 1] !== '.' && !wholeLiteral(i))
        throw new Error(
          `short-keys: ${k} occurs other than as a whole literal: ${all.slice(i - 20, i + 40)}`,
        );
    }
  }
  // A file that is only checked is not rewritten: a mapped key there, even a whole literal, would look up
  // an id it never learns.
  for (const k of keys) {
    if (new RegExp(`["'\`]${k.replaceAll('.', '\\.')}["'\`]`).test(scanned))
      throw new Error(`short-keys: ${k} occurs in a file that is only checked (the loader)`);
  }
  const ids = new Map(keys.map((k, i) => [k, `_$${i.toString(36)}`]));
  for (const [f, text] of texts) {
    const out = text
      // Catalog object keys: an identifier now, unquoted.
      .replace(KEY, (m, k) => (ids.has(k) ? `${m[0]}${ids.get(k)}:` : m))
      .replace(/(["'])([a-zA-Z][\w-]*\.[\w.-]+)\1/g, (m, q, k) => (ids.has(k) ? `${q}${ids.get(k)}${q}` : m));
    if (out !== text) writeFileSync(join(dist, f), out);
  }
  return keys.length;
}
