// The launcher / entry button, in the loader: kept tiny. Floating (.launch) in launcher mode, in the
// page's flow in inline mode. The panel's stylesheet (ui/styles.ts) carries the theme tokens; its rules
// are scoped under .td so they do not restyle this button.
// The floating launcher's places (placement.ts picks one): bottom right (.r0), 60, 120 and 180px higher
// (.r1-.r3), then a 24px-wide tab on the screen's right edge (.r4), its label written top to bottom.
export const LAUNCHER_CSS =
  'button{font:inherit;cursor:pointer;border:0;border-radius:2em;padding:.6em 1.2em;background:#0b57d0;color:#fff}' +
  ':focus-visible{outline:3px solid #b3261e;outline-offset:2px}' +
  '.launch{position:fixed;right:20px;bottom:var(--b,20px);z-index:99999}' +
  '.r1{--b:80px}.r2{--b:140px}.r3{--b:200px}.r4{right:0;padding:6px;line-height:1;writing-mode:vertical-rl;font-size:12px}';
