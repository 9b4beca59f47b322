// Static files: the demo's own CSS/JS (demo/static) and the built widget (sdk/dist, built by `pnpm demo`).
// Absolute paths, no directory listing, no path escape.
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import type { Context } from 'hono';

export const STATIC_DIR = resolve(import.meta.dirname, '..', 'static');
export const SDK_DIST = resolve(import.meta.dirname, '..', '..', 'sdk', 'dist');

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export async function sendFile(c: Context, root: string, relative: string): Promise<Response> {
  const file = normalize(join(root, relative));
  const type = TYPES[extname(file)];
  if (!file.startsWith(`${root}/`) || !type) return c.text('not found', 404);
  try {
    const body = await readFile(file);
    return c.body(body, 200, { 'content-type': type, 'cache-control': 'no-cache' });
  } catch {
    return c.text('not found', 404);
  }
}
