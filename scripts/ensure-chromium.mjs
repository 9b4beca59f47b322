#!/usr/bin/env node
// Makes sure the real-browser tests have a browser. Test tools cannot download their own browsers on
// these machines (docs/toolchain.md), so we use Debian's Chromium: installed here through apt-get
// when we are root, otherwise we stop with the command to run. Never skips: a missing browser fails.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
  Boolean,
);
const found = candidates.find((path) => existsSync(path));
if (found) {
  console.log(`[ensure-chromium] using ${found}`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log('[ensure-chromium] installing Debian chromium with apt-get (one time)...');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  if (existsSync('/usr/bin/chromium')) process.exit(0);
}

console.error(
  '[ensure-chromium] No Chromium found. Install it (Debian/Ubuntu: `sudo apt-get install -y chromium`) ' +
    'or set CHROMIUM_PATH to a Chromium/Chrome binary. Browser tests are never skipped.',
);
process.exit(1);
