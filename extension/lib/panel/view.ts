// The panel's DOM: a dialog in a shadow root, text by textContent, styles by constructable stylesheet.
const CSS = `
:host { all: initial; position: fixed; inset: 0; z-index: 2147483647; display: grid; place-items: center; background: rgb(0 0 0 / 0.35); }
.dialog { font: 14px/1.5 system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", sans-serif; color: #1f2328; background: #fff;
  width: min(640px, calc(100vw - 24px)); max-height: calc(100vh - 24px); overflow: auto; border-radius: 12px; padding: 16px 18px;
  box-shadow: 0 12px 40px rgb(0 0 0 / 0.3); }
h2 { font-size: 17px; margin: 0 0 6px; } h3 { font-size: 14px; margin: 14px 0 6px; }
ul { margin: 0; padding-left: 18px; } li { margin: 4px 0; }
.warn li { background: #fff7e6; border-left: 4px solid #d97706; list-style: none; margin-left: -18px; padding: 4px 8px; border-radius: 6px; }
pre { white-space: pre-wrap; word-break: break-word; background: #f6f8fa; border: 1px solid #d1d9e0; border-radius: 8px; padding: 10px; font: 13px/1.5 ui-monospace, monospace; margin: 0; }
.actions { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 12px; }
button, a.button { font: inherit; cursor: pointer; border-radius: 6px; border: 1px solid #d1d9e0; background: #f6f8fa; color: #1f2328; padding: 6px 12px; text-decoration: none; }
button.primary { background: #0969da; border-color: #0969da; color: #fff; }
button:focus-visible, a:focus-visible { outline: 2px solid #0969da; outline-offset: 2px; }
.status { margin: 8px 0 0; color: #59636e; }
@media (prefers-color-scheme: dark) { .dialog { background: #0d1117; color: #e6edf3; } pre { background: #161b22; border-color: #30363d; }
  .warn li { background: #2a1f0e; } button, a.button { background: #161b22; color: #e6edf3; border-color: #30363d; } }
`;

export interface PanelText {
  title: string;
  intro: string;
  warningsHeading: string;
  warnings: string[];
  previewHeading: string;
  preview: string;
  copy: string;
  email?: { label: string; href: string };
  send?: string;
  close: string;
}

export interface PanelHandlers {
  onCopy(): Promise<void>;
  onSend?(): Promise<void>;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  text?: string,
  cls?: string,
) {
  const node = doc.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (cls) node.className = cls;
  return node;
}

export function renderPanel(
  doc: Document,
  text: PanelText,
  handlers: PanelHandlers,
): HTMLElement & { setStatus(s: string): void } {
  doc.querySelector('topup-doctor-ext-panel')?.remove();
  const host = doc.createElement('topup-doctor-ext-panel');
  const root = host.attachShadow({ mode: 'closed' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(CSS);
  root.adoptedStyleSheets = [sheet];
  const dialog = el(doc, 'div', undefined, 'dialog');
  dialog.setAttribute('role', 'dialog');
  dialog.setAttribute('aria-modal', 'true');
  dialog.setAttribute('aria-label', text.title);
  const status = el(doc, 'p', '', 'status');
  status.setAttribute('role', 'status');
  const close = () => host.remove();
  dialog.append(el(doc, 'h2', text.title), el(doc, 'p', text.intro));
  if (text.warnings.length) {
    const list = el(doc, 'ul', undefined, 'warn');
    for (const w of text.warnings) list.append(el(doc, 'li', w));
    dialog.append(el(doc, 'h3', text.warningsHeading), list);
  }
  dialog.append(el(doc, 'h3', text.previewHeading), el(doc, 'pre', text.preview));
  const actions = el(doc, 'div', undefined, 'actions');
  const button = (label: string, primary: boolean, run: () => Promise<void>) => {
    const b = el(doc, 'button', label, primary ? 'primary' : undefined);
    b.type = 'button';
    b.addEventListener('click', () => {
      void run().then(
        () => undefined,
        () => undefined,
      );
    });
    actions.append(b);
    return b;
  };
  if (text.send && handlers.onSend) button(text.send, true, handlers.onSend);
  button(text.copy, !text.send, handlers.onCopy);
  if (text.email) {
    const a = el(doc, 'a', text.email.label, 'button');
    a.href = text.email.href;
    actions.append(a);
  }
  const closeButton = button(text.close, false, async () => close());
  dialog.append(actions, status);
  root.append(dialog);
  host.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close();
  });
  (doc.body ?? doc.documentElement).append(host);
  closeButton.focus();
  return Object.assign(host, {
    setStatus(s: string) {
      status.textContent = s;
    },
  });
}
