// The committed JSON Schemas must be what the zod schemas generate today: a change to the Ticket (a new field,
// a new problem, schema version 2) fails here until docs/schemas/ is regenerated with
//   UPDATE_SCHEMAS=1 npx -y pnpm@12.21.0 exec vitest run --project unit sdk/intake/src/contract
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PUBLISHED_SCHEMAS } from './schemas.js';

const DIR = join(import.meta.dirname, '..', '..', '..', '..', 'docs', 'schemas');

describe('published JSON Schemas', () => {
  for (const [file, generate] of Object.entries(PUBLISHED_SCHEMAS)) {
    it(`docs/schemas/${file} matches the zod schema`, () => {
      const text = `${JSON.stringify(generate(), null, 2)}\n`;
      if (process.env.UPDATE_SCHEMAS === '1') writeFileSync(join(DIR, file), text);
      expect(
        readFileSync(join(DIR, file), 'utf8'),
        `regenerate with UPDATE_SCHEMAS=1 (see ${file}'s test)`,
      ).toBe(text);
    });
  }
});
