// The part of the way to a sent ticket that no rework of the interface can shrink, measured the way the
// widget's files are built (rolldown's minifier, then scripts/squeeze.mjs; gzip -9 as scripts/size.mjs):
// the masking engine (every value a ticket carries is scanned as free text before it travels:
// docs/domain.md section 3, core/ticket/field-policy.ts), the diagnosis with the five problems' checks,
// and the console's answers read into facts, in one file as the second stage ships them (they compress
// better together than apart). The catalog keys stay whole here; the widget's short ids
// (scripts/short-keys.mjs) take a little more off. scripts/size.mjs prints it under the goal line of #14
// (35 KB from the loader to a sent ticket) with the loader, a preset and one locale's words: what is left
// of the goal for the panel, the steps, the ticket, sending and reading the console.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { rolldown } from 'rolldown';
import { squeeze } from './squeeze.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ENTRY = '\0size-floor';
// What the widget imports of each (embed/services.ts, core/ticket/values.ts, ui/steps/MaskedText.tsx).
const SOURCE = `
export { maskField, maskText } from ${JSON.stringify(join(root, 'src/core/mask/index.ts'))};
export { diagnose, missingAnswers } from ${JSON.stringify(join(root, 'src/core/diagnose/diagnose.ts'))};
export { toFacts } from ${JSON.stringify(join(root, 'src/core/facts/to-facts.ts'))};
`;

/** gzip bytes of masking, diagnosis and facts in one squeezed file. */
export async function floorSize() {
  const bundle = await rolldown({
    cwd: root,
    input: ENTRY,
    platform: 'browser',
    transform: { target: 'es2022' },
    logLevel: 'warn',
    plugins: [
      {
        name: 'size-floor-entry',
        resolveId: (id) => (id === ENTRY ? id : null),
        load: (id) => (id === ENTRY ? SOURCE : null),
      },
    ],
  });
  const { output } = await bundle.generate({ format: 'esm', minify: true, codeSplitting: false });
  await bundle.close();
  if (output.length !== 1) throw new Error(`size-floor: ${output.length} files, expected one`);
  return gzipSync(await squeeze(output[0].code, 'size-floor'), { level: 9 }).length;
}
