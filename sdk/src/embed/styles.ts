// Styles enter shadow roots only through constructable stylesheets (adoptedStyleSheets): no inline
// style attributes and no <style> elements, so `style-src 'self'` holds. Browsers without constructable
// stylesheets (Safari < 16.4) get a <style> element carrying the operator's nonce instead.
export function adoptStyles(root: ShadowRoot, css: string, nonce?: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    const style = document.createElement('style');
    style.nonce = nonce || '';
    style.textContent = css;
    root.prepend(style);
  }
}
