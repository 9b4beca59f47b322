// A server and one Chromium for a test file (or a describe block), started before its tests and closed
// after them: the files that walk the demo or a widget page in a browser share this instead of each
// writing the same beforeAll/afterAll.
import { afterAll, beforeAll } from 'vitest';
import { type LaunchedBrowser, launchChromium } from './browser.js';
import { startTestDemo, type TestDemo } from './demo.js';
import { startWidgetServer, type WidgetServer } from './widget.js';

/** Registers the hooks; read `.service` and `.browser` inside tests (they exist once beforeAll ran). */
function serviceAndBrowser<T extends { close(): Promise<void> }>(
  what: string,
  start: () => Promise<T>,
): { readonly service: T; readonly browser: LaunchedBrowser } {
  let service: T | undefined;
  let browser: LaunchedBrowser | undefined;
  beforeAll(async () => {
    service = await start();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await service?.close();
  });
  const started = <V>(value: V | undefined, name: string): V => {
    if (!value) throw new Error(`${name} is not started yet: read it inside a test`);
    return value;
  };
  return {
    get service() {
      return started(service, what);
    },
    get browser() {
      return started(browser, 'Chromium');
    },
  };
}

export interface DemoAndBrowser {
  readonly demo: TestDemo;
  readonly browser: LaunchedBrowser;
}

/** The demo (console, simulator, intake, inbox) and a Chromium. */
export function demoAndBrowser(options?: Parameters<typeof startTestDemo>[0]): DemoAndBrowser {
  const s = serviceAndBrowser('the demo', () => startTestDemo(options));
  return {
    get demo() {
      return s.service;
    },
    get browser() {
      return s.browser;
    },
  };
}

export interface WidgetServerAndBrowser {
  readonly server: WidgetServer;
  readonly browser: LaunchedBrowser;
}

/** A widget page server (harness/widget.ts) and a Chromium. */
export function widgetServerAndBrowser(
  options: Parameters<typeof startWidgetServer>[0],
): WidgetServerAndBrowser {
  const s = serviceAndBrowser('the widget server', () => startWidgetServer(options));
  return {
    get server() {
      return s.service;
    },
    get browser() {
      return s.browser;
    },
  };
}
