// The in-page warning banner, injected by the background after a report on a top-up, redeem or orders
// page (lazy: the banner and its styles are not part of the content script's budget). Same isolated
// world as the content script; it asks the background for this tab's view, parses it, and renders.
import { renderBanner } from '../lib/content/banner.js';
import { TabView } from '../lib/messages.js';
import { sendMessage } from '../lib/messaging.js';

export default defineUnlistedScript(async () => {
  const parsed = TabView.safeParse(await sendMessage('getPanelView', {}).catch(() => null));
  const w = window as unknown as Record<string, unknown>;
  // Dismissed on this page: stays closed until the route changes.
  if (!parsed.success || w.__topupDoctorBannerDismissed === location.pathname) return false;
  const view = parsed.data;
  renderBanner(
    document,
    { title: view.labels.title, close: view.labels.close, items: view.warnings.map((x) => x.text) },
    () => {
      w.__topupDoctorBannerDismissed = location.pathname;
    },
  );
  return view.warnings.length > 0;
});
