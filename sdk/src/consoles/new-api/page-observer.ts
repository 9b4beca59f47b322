// The page-wide observer the default new-api adapter reads for generation C: page-responses.ts sets it when
// it loads, which an app feeding the page's responses to `newApiObserver` does by importing it. The adapter
// itself does not import it: the script-tag widget loads the preset in a chunk no page script reaches, so
// nothing there could feed an observer, and its new-api preset leaves the observer's code out (scripts/size.mjs).
import type { NewApiObserver } from './page-responses.js';

let page: NewApiObserver | undefined;

/** The page-wide observer, once page-responses.ts loaded. */
export const pageObserver = (): NewApiObserver | undefined => page;

export function setPageObserver(observer: NewApiObserver): void {
  page = observer;
}
