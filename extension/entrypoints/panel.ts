// The self-check where the page embeds no widget: the sdk's own widget (mount() from @topup-doctor/sdk,
// its launcher and modal panel in a shadow root on the page), injected by the background when the user
// starts the self-check from the popup (lazy: not part of the content script's budget). Isolated world.
// - Facts: what the extension already has, through the widget's `custom` console preset
//   (lib/panel/source.ts); the widget itself reads nothing from the console.
// - Observations and warnings: the widget's bridge hello is answered by our content script, exactly as
//   for a page's own widget; the widget shows the warnings and puts them, masked, in the ticket.
// - Transports: the clipboard, plus the endpoint and support address the page's widget config declares.
import { mount, type WidgetHandle } from '@topup-doctor/sdk';
import { type ConsoleRead, detectConsole } from '@topup-doctor/sdk/consoles';
import { TabView } from '../lib/messages.js';
import { sendMessage } from '../lib/messaging.js';
import { OWN_WIDGET, OWN_WIDGET_ID } from '../lib/panel/constants.js';
import { declaredConfig } from '../lib/panel/declared.js';
import { customSource } from '../lib/panel/source.js';
import { pageEnv } from '../lib/reader/read.js';

async function freshRead(view: TabView): Promise<ConsoleRead | undefined> {
  // new-api generation C keeps the user in page memory: only the observer's facts exist, and the
  // extension never calls the console's auth endpoints to get more.
  if (view.snapshot?.console.generation === 'C') return undefined;
  const env = pageEnv(window);
  const adapter = detectConsole(env);
  return adapter ? adapter.read(env).catch(() => undefined) : undefined;
}

export default defineUnlistedScript(async () => {
  const parsed = TabView.safeParse(await sendMessage('getPanelView', {}).catch(() => null));
  if (!parsed.success) return false;
  const view = parsed.data;
  const declared = declaredConfig(document);
  // Shared with the content script (same isolated world): its bridge then knows this widget is ours.
  const own = window as unknown as Record<string, WidgetHandle | true | undefined>;
  const previous = own[OWN_WIDGET];
  if (previous && previous !== true) previous.destroy(); // a new start: fresh facts
  own[OWN_WIDGET] = true;
  const handle = mount(null, {
    id: OWN_WIDGET_ID,
    locale: view.locale,
    console: { preset: 'custom', options: { ...customSource(await freshRead(view), view) } },
    transports: {
      clipboard: true,
      ...(declared.webhook ? { webhook: { endpoint: declared.webhook } } : {}),
      ...(declared.mailto ? { mailto: { to: declared.mailto } } : {}),
    },
    ...(declared.rules ? { rules: declared.rules } : {}),
  });
  if (!handle) return false;
  own[OWN_WIDGET] = handle;
  await handle.open();
  return true;
});
