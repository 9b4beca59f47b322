// Before a build: remove what earlier builds left in dist (chunks with other hashes, declarations of
// deleted or excluded files, build caches) so the published package holds exactly this build. The tsc
// build info lives in dist too, so `tsc -b` re-emits every declaration after this.
import { rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

rmSync(resolve(dirname(fileURLToPath(import.meta.url)), '..', 'dist'), { recursive: true, force: true });
