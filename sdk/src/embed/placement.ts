// Where the floating launcher sits: bottom right, unless that covers one of the console's own controls.
// On a phone it did: new-api's redeem button sits flush with the right edge of its card (Semi UI
// web/src/components/topup/RechargeCard.jsx, shadcn web/default/src/features/wallet/components/
// recharge-form-card.tsx), and new-api puts its own floating buttons in the same corner (the Agent button
// at right 24 / bottom 28, web/src/components/agent/FloatingAgentButton.jsx; back-to-top at right 20 /
// bottom 20, web/src/components/layout/components/back-to-top-button.tsx); docs/consoles.md has the
// layouts. So once scrolling or the page's changes pause, the launcher looks at what lies under
// it; when that is a control it becomes a 24px-wide tab on the screen's right edge above that corner
// (launcher-css.ts .e): consoles keep a side margin at least that wide, their floating buttons sit lower,
// and the tab covers nothing there. It never moves while the page moves, so it is not chased across the
// screen, and it stays the same button (focus and tab order kept). test/widget-fit.test.ts checks it on
// new-api's real wallet layouts (test/fixtures/new-api-wallet).

/** Keeps the launcher returned by `launcher()` (undefined while it is not shown) clear of controls. */
export function keepClear(launcher: () => HTMLElement | undefined): void {
  let timer: ReturnType<typeof setTimeout>;
  /** Points from `from` to `to` 8px apart, both edges included (1px inside). */
  const across = (from: number, to: number) => {
    const points = [to - 1];
    for (let at = from + 1; at < to; at += 8) points.push(at);
    return points;
  };
  const place = () => {
    const button = launcher();
    if (!button) return;
    button.className = 'launch';
    const r = button.getBoundingClientRect();
    // Covering when a point of a grid over it lies on something the user can press: what is in the tab
    // order (buttons, links, fields, summaries, frames such as a support chat's bubble, tabindex=0). The
    // stack under a point holds the element and its ancestors; our own host, a div, is not in the tab order.
    for (const x of across(r.left, r.right))
      for (const y of across(r.top, r.bottom))
        if (document.elementsFromPoint(x, y).some((e) => (e as HTMLElement).tabIndex >= 0)) {
          button.className = 'launch e';
          return;
        }
  };
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(place, 150);
  };
  // Capture: a scroll inside any scroller (new-api's shadcn layout scrolls a div, not the document).
  addEventListener('scroll', later, true);
  // The console adding or removing its own (new-api's Agent button once its config has loaded), and its
  // re-render when the screen turns (its layouts switch at 768px). No resize listener: bytes.
  new MutationObserver(later).observe(document.documentElement, { childList: true, subtree: true });
  later();
}
