// The in-page warning banner: a shadow root (the page's CSS cannot restyle or hide parts of it, ours
// cannot leak out), styles by constructable stylesheet (no inline style attributes: strict-CSP safe),
// text by textContent only. Stacked just below the sdk widget's modal (its backdrop is z-index
// 2147483001, sdk/src/ui/styles.ts): an open self-check, which shows the same warnings, is never covered.
// Placed at the bottom left, never at the top: consoles keep the logged-in name and the logout link in
// their header (new-api, one-api, sub2api), exactly what the warnings ask the user to check. On narrow
// screens it sits above the widget's launcher (sdk/src/embed/launcher-css.ts: bottom right, 20px) and
// its height is capped so most of the page stays visible.
const CSS = `
:host { all: initial; position: fixed; z-index: 2147483000; left: 12px; bottom: 12px; max-width: min(440px, calc(100vw - 24px)); }
@media (max-width: 600px) { :host { bottom: 80px; } }
.box { font: 14px/1.5 system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", sans-serif; color: #3b2304;
  background: #fff7e6; border: 1px solid #f0b35a; border-left: 4px solid #d97706; border-radius: 8px;
  box-shadow: 0 6px 24px rgb(0 0 0 / 0.15); padding: 12px 14px; max-height: 40vh; overflow: auto; }
.head { display: flex; align-items: center; justify-content: space-between; gap: 8px; font-weight: 600; margin-bottom: 6px; }
ul { margin: 0; padding-left: 18px; } li { margin: 4px 0; }
button { font: inherit; cursor: pointer; border: 1px solid #d9a55b; background: #fff; color: #3b2304; border-radius: 6px; padding: 2px 8px; }
button:focus-visible { outline: 2px solid #2563eb; outline-offset: 2px; }
@media (prefers-color-scheme: dark) { .box { background: #2a1f0e; color: #fde7c2; border-color: #a86b1a; } button { background: #3a2a12; color: #fde7c2; } }
`;

export interface BannerText {
  title: string;
  close: string;
  items: string[];
}

/** What a shown banner holds behind its closed shadow root, so the next report updates it in place. */
interface Shown {
  title: HTMLElement;
  close: HTMLButtonElement;
  list: HTMLUListElement;
  text: string;
  onClose: (() => void) | undefined;
}
/** Kept on the isolated world's window: the background injects the banner script anew for each report, so
 *  a module-level map would start empty each time (the dismissed flag in entrypoints/banner.ts lives there too). */
function shownOf(doc: Document): WeakMap<Element, Shown> {
  const w = (doc.defaultView ?? globalThis) as unknown as {
    __topupDoctorBannerShown?: WeakMap<Element, Shown>;
  };
  w.__topupDoctorBannerShown ??= new WeakMap();
  return w.__topupDoctorBannerShown;
}

/**
 * Shows the warnings, or removes the banner when there are none. A banner already on the page is updated in
 * place, and left as it is when the words are the same: reports arrive one after another as the page reads
 * the console, and a banner re-created for each would be announced again each time (role=alert) and would
 * move under the pointer of a user about to close it.
 */
export function renderBanner(doc: Document, text: BannerText, onClose?: () => void): HTMLElement | undefined {
  const current = doc.querySelector<HTMLElement>('topup-doctor-ext-banner');
  if (!text.items.length) {
    current?.remove();
    return undefined;
  }
  const shown = shownOf(doc);
  const parts = current ? shown.get(current) : undefined;
  if (current && parts) {
    parts.onClose = onClose;
    const words = JSON.stringify(text);
    if (parts.text !== words) {
      parts.text = words;
      parts.title.textContent = text.title;
      parts.close.setAttribute('aria-label', text.close);
      parts.list.replaceChildren(...items(doc, text.items));
    }
    return current;
  }
  current?.remove();
  const host = doc.createElement('topup-doctor-ext-banner');
  const root = host.attachShadow({ mode: 'closed' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(CSS);
  root.adoptedStyleSheets = [sheet];
  const box = doc.createElement('div');
  box.className = 'box';
  box.setAttribute('role', 'alert');
  const head = doc.createElement('div');
  head.className = 'head';
  const title = doc.createElement('span');
  title.textContent = text.title;
  const close = doc.createElement('button');
  close.type = 'button';
  close.textContent = '×';
  close.setAttribute('aria-label', text.close);
  close.addEventListener('click', () => {
    host.remove();
    shown.get(host)?.onClose?.();
  });
  head.append(title, close);
  const list = doc.createElement('ul');
  list.append(...items(doc, text.items));
  box.append(head, list);
  root.append(box);
  (doc.body ?? doc.documentElement).append(host);
  shown.set(host, { title, close, list, text: JSON.stringify(text), onClose });
  return host;
}

const items = (doc: Document, texts: readonly string[]) =>
  texts.map((text) => {
    const li = doc.createElement('li');
    li.textContent = text;
    return li;
  });
