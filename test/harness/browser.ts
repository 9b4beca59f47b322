// Real-browser harness: Debian Chromium through playwright-core (no test-tool browser downloads work
// on these machines; see docs/toolchain.md). A missing browser is an error, never a skip.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { onTestFailed } from 'vitest';

/** Flags that work headless as root on these machines; without the networking ones Chromium floods the closed network. */
export const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export const ARTIFACTS_DIR = resolve(import.meta.dirname, '..', 'artifacts');

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((path): path is string => !!path && existsSync(path));
  if (!found) {
    throw new Error(
      'Chromium not found: install Debian chromium (apt-get install -y chromium) or set CHROMIUM_PATH. ' +
        'Browser tests are never skipped.',
    );
  }
  return found;
}

export interface LaunchedBrowser {
  context: BrowserContext;
  /** The MV3 service worker's extension id, when an extension was loaded. */
  extensionId?: string;
  close(): Promise<void>;
}

/** A fresh profile each time; optionally with an unpacked extension (a `wxt build` output folder). */
export async function launchChromium(options: { extensionPath?: string } = {}): Promise<LaunchedBrowser> {
  const executablePath = chromiumPath();
  if (!options.extensionPath) {
    const browser: Browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_FLAGS });
    const context = await browser.newContext();
    return { context, close: () => browser.close() };
  }
  const extensionPath = resolve(options.extensionPath);
  if (!existsSync(join(extensionPath, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionPath}: run \`pnpm build\` first.`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'topup-doctor-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: [
      `--disable-extensions-except=${extensionPath}`,
      `--load-extension=${extensionPath}`,
      ...CHROMIUM_FLAGS,
    ],
  });
  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Saves a full-page screenshot named after the test when it fails; returns the page for chaining. */
export function screenshotOnFailure(page: Page, name: string): Page {
  onTestFailed(async () => {
    await saveScreenshot(page, `FAILED-${name}`);
  });
  return page;
}

export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const path = join(ARTIFACTS_DIR, `${name.replace(/[^\w.-]+/g, '_')}.png`);
  await page.screenshot({ path, fullPage: true }).catch(() => undefined);
  return path;
}
