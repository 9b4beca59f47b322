// Which tab the popup is about. Opened from the toolbar: the active tab (activeTab lets us read its URL
// after the user's click). Opened as a page with ?tabId=N (tests, or "open in a tab"): that tab.
import { browser } from 'wxt/browser';

export interface TargetTab {
  id: number;
  origin?: string;
}

export async function targetTab(search: string): Promise<TargetTab | undefined> {
  const requested = Number(new URLSearchParams(search).get('tabId'));
  const tab =
    Number.isInteger(requested) && requested >= 0
      ? await browser.tabs.get(requested).catch(() => undefined)
      : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (!tab?.id) return undefined;
  let origin: string | undefined;
  try {
    const url = new URL(tab.url ?? '');
    origin = /^https?:$/.test(url.protocol) ? url.origin : undefined;
  } catch {
    origin = undefined;
  }
  return { id: tab.id, origin };
}
