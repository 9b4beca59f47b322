// The in-page warning banner, injected by the background after a report on a top-up, redeem or orders
// page, or when another tab's login makes this one stale (lazy: the banner and its styles are not part of
// the content script's budget). Same isolated world as the content script; it asks the background for
// this tab's view, parses it, and renders.
import { renderBanner } from '../lib/content/banner.js';
import { TabView } from '../lib/messages.js';
import { sendMessage } from '../lib/messaging.js';

export default defineUnlistedScript(async () => {
  const parsed = TabView.safeParse(await sendMessage('getPanelView', {}).catch(() => null));
  const w = window as unknown as Record<string, unknown>;
  if (!parsed.success) return false;
  const view = parsed.data;
  const items = view.banner ? view.warnings.map((x) => x.text) : [];
  // Dismissed on this page: stays closed until the route or the warnings change.
  const seen = `${location.pathname}\n${view.warnings.map((x) => x.id).join()}`;
  if (w.__topupDoctorBannerDismissed === seen) return false;
  renderBanner(document, { title: view.labels.title, close: view.labels.close, items }, () => {
    w.__topupDoctorBannerDismissed = seen;
  });
  return items.length > 0;
});
