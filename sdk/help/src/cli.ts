// topup-doctor-help build [--config file] [--out dir]   generate the site (keeps `updated` dates of unchanged pages)
// topup-doctor-help ping  [--config file] [--out dir] [--endpoint url] [--all]   submit changed URLs to IndexNow
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { ping } from './indexnow.js';
import { parseSettings } from './settings.js';
import { generateSite, type Manifest } from './site.js';

const DEFAULT_CONFIG = resolve(import.meta.dirname, '..', 'example.config.json');

/** What a reader downloads (gzip): the largest page, the stylesheet, the search script and index. */
function sizes(files: Map<string, string>): string {
  const gz = (path: string) => gzipSync(files.get(path) ?? '', { level: 9 }).length;
  const pages = [...files.keys()].filter((f) => f.endsWith('.html'));
  const largest = pages.reduce((a, b) => (gz(a) >= gz(b) ? a : b));
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  return [
    `largest page ${largest} ${kb(gz(largest))} gzip`,
    `css ${kb(gz('assets/help.css'))}`,
    `search script ${kb(gz('assets/search.js'))} + index ${kb(gz('zh-CN/search-index.json'))} (zh-CN) gzip`,
  ].join('; ');
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

export async function main(argv: string[], log = console.log, error = console.error): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      config: { type: 'string' },
      out: { type: 'string' },
      endpoint: { type: 'string' },
      all: { type: 'boolean' },
      now: { type: 'string' },
    },
  });
  const command = positionals[0] ?? 'build';
  const configFile = resolve(values.config ?? DEFAULT_CONFIG);
  const out = resolve(values.out ?? 'help-site');
  let config: unknown;
  try {
    config = readJson(configFile);
  } catch (e) {
    error(`[topup-doctor-help] cannot read ${configFile}: ${(e as Error).message}`);
    return 2;
  }
  const parsed = parseSettings(config);
  if (!parsed.ok) {
    error(`[topup-doctor-help] ${configFile} is invalid:\n${parsed.error}`);
    return 2;
  }
  const manifestFile = join(out, 'manifest.json');
  let previous: Manifest | undefined;
  try {
    previous = readJson(manifestFile) as Manifest;
  } catch {
    previous = undefined;
  }

  if (command === 'build') {
    // --now (ISO) makes a build reproducible; otherwise the clock is read here, at the edge.
    const now = values.now ? Date.parse(values.now) : Date.now();
    if (Number.isNaN(now)) {
      error('[topup-doctor-help] --now is not a date');
      return 2;
    }
    const site = generateSite(parsed.settings, { now, ...(previous ? { previous } : {}) });
    rmSync(out, { recursive: true, force: true });
    for (const [path, body] of site.files) {
      const file = join(out, path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, body);
    }
    log(
      `[topup-doctor-help] ${site.files.size} files in ${out}; ${Object.keys(site.manifest.pages).length} pages, ${site.manifest.changed.length} new or changed`,
    );
    log(`[topup-doctor-help] ${sizes(site.files)}`);
    return 0;
  }
  if (command === 'ping') {
    if (!previous) {
      error(`[topup-doctor-help] no ${manifestFile}: run build first`);
      return 2;
    }
    const urls = values.all ? Object.keys(previous.pages) : previous.changed;
    const result = await ping(parsed.settings, urls, values.endpoint ? { endpoint: values.endpoint } : {});
    if (!result.ok) {
      error(`[topup-doctor-help] ping: ${result.code}`);
      return result.code === 'nothing_changed' ? 0 : 1;
    }
    log(`[topup-doctor-help] ping: ${result.submitted} URLs submitted (HTTP ${result.status})`);
    return 0;
  }
  error(`[topup-doctor-help] unknown command ${command} (build | ping)`);
  return 2;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
