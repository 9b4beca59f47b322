// The self-check panel, injected by the background when the user starts the self-check from the popup
// and the page embeds no widget (lazy: not part of the content script's budget). Isolated world.
import { detectConsole } from '@topup-doctor/sdk/consoles';
import { t } from '../i18n/catalog.js';
import { TabView } from '../lib/messages.js';
import { sendMessage } from '../lib/messaging.js';
import { declaredTransports, panelTicket } from '../lib/panel/ticket.js';
import { renderPanel } from '../lib/panel/view.js';
import { pageEnv } from '../lib/reader/read.js';

function ticketId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return `ext-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

export default defineUnlistedScript(async () => {
  const parsed = TabView.safeParse(await sendMessage('getPanelView', {}).catch(() => null));
  if (!parsed.success) return false;
  const view = parsed.data;
  const locale = view.locale;
  const env = pageEnv(window);
  const adapter = detectConsole(env);
  const read = adapter ? await adapter.read(env).catch(() => undefined) : undefined;
  const built = panelTicket(read, view, {
    now: Date.now(),
    id: ticketId(),
    origin: location.origin,
    warningsHeading: t(locale, 'ext.ticket.warnings'),
  });
  const transports = declaredTransports(document);
  const host = renderPanel(
    document,
    {
      title: t(locale, 'ext.panel.title'),
      intro: t(locale, 'ext.panel.intro'),
      warningsHeading: t(locale, 'ext.popup.warnings'),
      warnings: view.warnings.map((w) => w.text),
      previewHeading: t(locale, 'ext.panel.preview'),
      preview: built.text,
      copy: t(locale, 'ext.panel.copy'),
      ...(transports.mailto
        ? {
            email: {
              label: t(locale, 'ext.panel.email'),
              href: `mailto:${transports.mailto}?subject=${encodeURIComponent(built.email.subject)}&body=${encodeURIComponent(built.email.body)}`,
            },
          }
        : {}),
      ...(transports.webhook ? { send: t(locale, 'ext.panel.send') } : {}),
      close: t(locale, 'ext.panel.close'),
    },
    {
      async onCopy() {
        await navigator.clipboard.writeText(built.text);
        host.setStatus(t(locale, 'ext.panel.copied'));
      },
      ...(transports.webhook
        ? {
            async onSend() {
              const response = await fetch(transports.webhook as string, {
                method: 'POST',
                headers: {
                  'content-type': 'application/json',
                  'idempotency-key': built.ticket.idempotencyKey,
                },
                body: built.json,
              }).catch(() => undefined);
              host.setStatus(t(locale, response?.ok ? 'ext.panel.sent' : 'ext.panel.notSent'));
            },
          }
        : {}),
    },
  );
  return true;
});
