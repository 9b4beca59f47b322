#!/usr/bin/env node
// Makes sure the real-browser tests have a browser, and a CJK font for it. Test tools cannot download
// their own browsers on these machines (docs/toolchain.md), so we use Debian's Chromium: installed here
// through apt-get when we are root, otherwise we stop with the command to run. Never skips: a missing
// browser fails. A bare machine has no CJK font, so every zh-CN screenshot shows empty boxes: Debian's
// fonts-wqy-zenhei is installed the same way (under CI=true a missing font fails; elsewhere it warns).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const canApt = isRoot && existsSync('/usr/bin/apt-get');
let updated = false;
function aptInstall(pkg) {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!updated) execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  updated = true;
  execFileSync('apt-get', ['install', '-y', '-qq', pkg], { stdio: 'inherit', env });
}

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
  Boolean,
);
let found = candidates.find((path) => existsSync(path));
if (!found && canApt) {
  console.log('[ensure-chromium] installing Debian chromium with apt-get (one time)...');
  aptInstall('chromium');
  if (existsSync('/usr/bin/chromium')) found = '/usr/bin/chromium';
}
if (!found) {
  console.error(
    '[ensure-chromium] No Chromium found. Install it (Debian/Ubuntu: `sudo apt-get install -y chromium`) ' +
      'or set CHROMIUM_PATH to a Chromium/Chrome binary. Browser tests are never skipped.',
  );
  process.exit(1);
}
console.log(`[ensure-chromium] using ${found}`);

/** A font that covers Chinese, as fontconfig (which Chromium uses on Linux) sees it. */
function hasCjkFont() {
  try {
    return execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }).trim() !== '';
  } catch {
    return existsSync('/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc');
  }
}
if (!hasCjkFont() && canApt) {
  console.log('[ensure-chromium] installing Debian fonts-wqy-zenhei (CJK font for zh-CN pages)...');
  aptInstall('fonts-wqy-zenhei');
}
if (hasCjkFont()) {
  console.log('[ensure-chromium] CJK font present');
} else {
  const message =
    '[ensure-chromium] No CJK font: zh-CN screenshots would show empty boxes. Install one ' +
    '(Debian/Ubuntu: `sudo apt-get install -y fonts-wqy-zenhei`).';
  if (process.env.CI === 'true') {
    console.error(message);
    process.exit(1);
  }
  console.warn(message);
}
