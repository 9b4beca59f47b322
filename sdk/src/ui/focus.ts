// Focus trap for the modal dialog: Tab and Shift+Tab cycle inside it. Reads the active element from the
// shadow root (document.activeElement is the host from the page's point of view).
const FOCUSABLE =
  'button:not([disabled]),[href],input:not([disabled]),select,textarea,[tabindex]:not([tabindex="-1"])';

export function trapTab(event: KeyboardEvent, container: HTMLElement): void {
  const items = Array.from(container.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
    (el) => !el.closest('[hidden]') && el.getClientRects().length > 0,
  );
  const first = items[0];
  const last = items[items.length - 1];
  if (!first || !last) return;
  const root = container.getRootNode() as ShadowRoot | Document;
  const active = root.activeElement;
  // Focus on a non-tabbable element inside (the step heading) moves on naturally; only wrap at the ends.
  const outside = !active || !container.contains(active);
  if (event.shiftKey && (active === first || outside)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || outside)) {
    event.preventDefault();
    first.focus();
  }
}
