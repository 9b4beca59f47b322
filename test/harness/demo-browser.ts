// One demo and one Chromium for a test file, started before its tests and closed after them: the files
// that walk the demo in a browser share this instead of each writing the same beforeAll/afterAll.
import { afterAll, beforeAll } from 'vitest';
import { type LaunchedBrowser, launchChromium } from './browser.js';
import { startTestDemo, type TestDemo } from './demo.js';

export interface DemoAndBrowser {
  readonly demo: TestDemo;
  readonly browser: LaunchedBrowser;
}

/** Registers the hooks; read `.demo` and `.browser` inside tests (they exist once beforeAll ran). */
export function demoAndBrowser(options?: Parameters<typeof startTestDemo>[0]): DemoAndBrowser {
  let demo: TestDemo | undefined;
  let browser: LaunchedBrowser | undefined;
  beforeAll(async () => {
    demo = await startTestDemo(options);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (!value) throw new Error(`${what} is not started yet: read it inside a test`);
    return value;
  };
  return {
    get demo() {
      return started(demo, 'the demo');
    },
    get browser() {
      return started(browser, 'Chromium');
    },
  };
}
