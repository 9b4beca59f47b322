// The launcher / entry button, in the loader: kept tiny. Floating (.launch) in launcher mode, in the
// page's flow in inline mode. The panel's stylesheet (ui/styles.ts) carries the theme tokens; its rules
// are scoped under .td so they do not restyle this button.
// The floating launcher: bottom right; .e, where that would cover a console control (placement.ts), a
// 24px-wide tab on the screen's right edge, 80px up (above the consoles' own floating buttons), its label
// written top to bottom.
export const LAUNCHER_CSS =
  'button{font:inherit;cursor:pointer;border:0;border-radius:2em;padding:.6em 1.2em;background:#0b57d0;color:#fff}' +
  ':focus-visible{outline:3px solid #b3261e;outline-offset:2px}' +
  '.launch{position:fixed;right:20px;bottom:20px;z-index:99999}' +
  '.e{right:0;bottom:80px;padding:4px 3px;writing-mode:vertical-rl;font-size:12px}';
