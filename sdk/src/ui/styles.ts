// Panel stylesheet, adopted into the widget's shadow root (never inline style attributes: CSP
// "style-src 'self'"). Theme tokens are CSS variables on .td (light, dark, auto via prefers-color-scheme).
// Every rule is scoped under .td so it never touches the launcher button sharing the shadow root.
// Inputs are 16px so phones do not zoom on focus.
// Layout of the dialog: a column of head, the step's scroll area and the step's footer (steps/Frame.tsx).
// Only the scroll area scrolls; the footer with the actions is outside it, so the buttons are always fully
// inside the dialog (sticky actions inside the scrolling body were clipped by the dialog edge at
// 1280x720 and a pointer click on "send" did nothing). Heights use dvh where supported (phones' URL bars)
// and the footer keeps clear of the home indicator (safe-area-inset-bottom, needs viewport-fit=cover).
// The font stack names a CJK face for each system (macOS, Windows, then the common Linux ones: Noto Sans
// CJK, WenQuanYi): where none of the named faces has a Chinese glyph, Chromium asks the system for a
// fallback font character by character (fontconfig on Linux), which made each step's first layout 3-5x
// slower in the widget bench (pnpm bench:widget, Debian with fonts-wqy-zenhei).
export const PANEL_CSS = `.td{--td-bg:#fff;--td-fg:#1f2328;--td-accent:#0b57d0;--td-on-accent:#fff;--td-border:#c9ced6;--td-focus:#b3261e;--td-muted:#59636e;--td-surface:#f6f8fa;--td-ok:#1a7f37;--td-warn:#9a6700;--td-fail:#b3261e;--td-shadow:0 12px 40px #0004;font:15px/1.5 system-ui,-apple-system,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC","WenQuanYi Micro Hei","WenQuanYi Zen Hei",sans-serif;color:var(--td-fg)}
.td[data-theme=dark]{--td-bg:#1e2228;--td-fg:#e8eaed;--td-accent:#8ab4f8;--td-on-accent:#0b1a33;--td-border:#4a5160;--td-focus:#f9ab00;--td-muted:#aab2bd;--td-surface:#262b33;--td-ok:#6fdd8b;--td-warn:#e3b341;--td-fail:#ff8a80}
@media (prefers-color-scheme:dark){.td[data-theme=auto]{--td-bg:#1e2228;--td-fg:#e8eaed;--td-accent:#8ab4f8;--td-on-accent:#0b1a33;--td-border:#4a5160;--td-focus:#f9ab00;--td-muted:#aab2bd;--td-surface:#262b33;--td-ok:#6fdd8b;--td-warn:#e3b341;--td-fail:#ff8a80}}
.td .backdrop{position:fixed;inset:0;z-index:2147483001;background:#0008;display:flex;align-items:center;justify-content:center;padding:16px}
.td .panel{box-sizing:border-box;background:var(--td-bg);color:var(--td-fg);border:1px solid var(--td-border);border-radius:14px;width:100%;display:flex;flex-direction:column}
.td [hidden]{display:none}
.td .warm{position:fixed;top:0;left:0;width:1px;visibility:hidden;white-space:nowrap}
.td .backdrop .panel{max-width:560px;max-height:calc(100vh - 32px);max-height:calc(100dvh - 32px);box-shadow:var(--td-shadow);overflow:hidden}
.td .head{flex:none;display:flex;align-items:center;gap:12px;padding:14px 18px;border-bottom:1px solid var(--td-border)}
.td .head h2{font-size:17px;margin:0;flex:1}
.td .stepno{color:var(--td-muted);font-size:13px}
.td .body,.td .frame{display:flex;flex-direction:column;flex:1 1 auto;min-height:0;margin:0}
.td .scroll{padding:16px 18px 18px;overflow:auto;flex:1 1 auto;min-height:0;overscroll-behavior:contain}
.td .foot{flex:none;padding:12px 18px;padding-bottom:calc(12px + env(safe-area-inset-bottom,0px));border-top:1px solid var(--td-border);background:var(--td-bg);border-radius:0 0 14px 14px}
.td .foot p{margin:6px 0 0}.td .foot p:empty{margin:0}
.td h3{font-size:16px;margin:0 0 12px}
.td h3:focus{outline:none}
.td h4{font-size:14px;margin:16px 0 6px}
.td p{margin:0 0 10px}
.td ul,.td ol{margin:0 0 10px;padding-left:20px}
.td li{margin:2px 0}
.td .muted{color:var(--td-muted);font-size:13px}
.td .choices{display:grid;gap:8px}
.td .choices button{text-align:left;border-radius:10px;background:var(--td-surface);color:var(--td-fg);border:1px solid var(--td-border);box-shadow:none;padding:12px 14px}
.td .choices button:hover{border-color:var(--td-accent)}
.td button,.td .btn{font:inherit;font-size:15px;line-height:1.4;cursor:pointer;border-radius:8px;border:1px solid var(--td-accent);padding:9px 16px;background:var(--td-accent);color:var(--td-on-accent);text-decoration:none;display:inline-block;box-shadow:none}
.td button.ghost,.td .btn.ghost{background:transparent;color:var(--td-accent)}
.td button.x{background:transparent;border:0;color:var(--td-fg);font-size:22px;line-height:1;padding:4px 8px}
.td button:focus-visible,.td .btn:focus-visible,.td input:focus-visible,.td select:focus-visible,.td textarea:focus-visible{outline:3px solid var(--td-focus);outline-offset:2px}
.td .actions{display:flex;flex-wrap:wrap;gap:8px}
.td .facts{display:grid;grid-template-columns:max-content 1fr;gap:4px 12px;margin:0 0 10px}
.td .facts dt{color:var(--td-muted)}
.td .facts dd{margin:0;overflow-wrap:anywhere}
.td a{color:var(--td-accent)}
.td .box h4{margin-top:0}
.td .box{background:var(--td-surface);border-radius:10px;padding:10px 12px;margin-bottom:10px;overflow-wrap:anywhere}
.td .warn{border-left:4px solid var(--td-warn)}
.td label{display:block;font-weight:600;margin:12px 0 4px}
.td fieldset{border:0;padding:0;margin:12px 0 0}
.td legend{font-weight:600;padding:0;margin-bottom:4px}
.td fieldset label{display:inline-flex;align-items:center;gap:6px;font-weight:400;margin:0 16px 0 0;max-width:100%;min-width:0;overflow-wrap:anywhere}
.td input,.td select,.td textarea{box-sizing:border-box;width:100%;font:inherit;font-size:16px;color:var(--td-fg);background:var(--td-bg);border:1px solid var(--td-border);border-radius:8px;padding:8px 10px}
.td input[type=radio]{width:auto}
.td textarea{min-height:84px;resize:vertical}
.td .checks{list-style:none;padding:0}
.td .checks li{display:flex;gap:10px;align-items:flex-start;margin:0 0 8px}
.td .badge{flex:none;font-size:12px;font-weight:700;border-radius:999px;padding:2px 8px;border:1px solid currentColor}
.td .s-ok{color:var(--td-ok)}.td .s-warn{color:var(--td-warn)}.td .s-fail{color:var(--td-fail)}.td .s-unknown{color:var(--td-muted)}
.td .status{font-size:15px}
.td .done{border-left:4px solid var(--td-ok)}
.td .bad{border-left:4px solid var(--td-fail)}
.td pre{white-space:pre-wrap;font:13px/1.5 ui-monospace,Menlo,Consolas,monospace;margin:0}
@media (max-width:600px){.td .backdrop{padding:0;align-items:flex-end}.td [hidden]{display:none}
.td .backdrop .panel{max-height:100vh;max-height:100dvh;border-radius:14px 14px 0 0}.td .foot{border-radius:0}}`;
