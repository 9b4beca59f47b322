// Entry of topup-doctor-panel.js, loaded on first open: adopts the panel stylesheet and renders the
// Preact shell with the first step. The rest (the config check,
// console presets, diagnosis core, masking, tickets, transports and the later steps: ./stage.js) is
// fetched when the user picks a problem, which keeps the first open small (size budget, sdk/scripts/size.mjs). Events, showing,
// hiding and focus return live here rather than in the size-budgeted loader.
import { render } from 'preact';
import { PROBLEM_TITLES } from '../core/i18n/problems.js';
import type { ProblemId } from '../core/index.js';
import { App, type Stage } from '../ui/App.js';
import { PROBLEMS } from '../ui/steps/Problem.js';
import { PANEL_CSS } from '../ui/styles.js';
import type { PanelContext, PanelHandle, WidgetEvent } from './contract.js';
import { adoptStyles } from './styles.js';
import { countUndelivered } from './undelivered.js';

/** The second stage, each preset's files and each locale's catalog, written in by scripts/preload.mjs after the build (in source
 *  the placeholder string stays and nothing is preloaded). */
const STAGE: string | { s: string[]; p: Record<string, string[]>; l: Record<string, string[]> } =
  JSON.parse('"__TD_STAGE__"');

/**
 * Opening the panel is the user's intent: the files a problem choice needs (the second stage, the
 * configured preset's chunk or the detection registry on auto, the user's catalog) are preloaded now, all at once, instead
 * of being found one import at a time after the choice. modulepreload fetches and compiles them all at once
 * (openPanel then starts the stage). Same-origin files next to this one (CSP 'self'); the operator's nonce
 * when set.
 */
function preloadStage({ raw, locale }: PanelContext): void {
  const plan = STAGE;
  if (typeof plan !== 'object') return;
  // data-console="new-api", or a JS config's { console: { preset } }.
  const c = raw.console as string | { preset?: unknown } | undefined;
  const preset = String((typeof c === 'object' ? c?.preset : c) ?? 'auto');
  for (const file of [...plan.s, ...(plan.p[preset] ?? plan.p.auto ?? []), ...(plan.l[locale] ?? [])]) {
    const href = new URL(file, import.meta.url).href;
    if (document.querySelector(`link[href="${href}"]`)) continue;
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    if (typeof raw.nonce === 'string') link.nonce = raw.nonce;
    document.head.append(link);
  }
}

/**
 * The problem of a deep link (`#topup-doctor=paid_not_credited`, as the help pages link), consumed once:
 * the hash is removed so a later click on the launcher starts at the problem choice. Unknown ids are ignored.
 */
function deepLinkProblem(): ProblemId | undefined {
  const id = /[#&]topup-doctor=(\w+)/.exec(location.hash)?.[1] as ProblemId | undefined;
  if (!id) return undefined;
  history.replaceState(history.state, '', location.pathname + location.search);
  return PROBLEMS.includes(id) ? id : undefined;
}

export function openPanel(ctx: PanelContext): PanelHandle {
  const { raw, listeners } = ctx;
  // After the first paint of the dialog: the preload links are DOM work the first control need not wait for.
  // Then the second stage itself starts (the user opened the panel: intent), and with it the console read
  // (services.ts), so a problem choice finds the answers arrived or on their way instead of asking then.
  setTimeout(() => {
    if (!mount.isConnected) return; // destroyed (or its host removed) before it painted
    preloadStage(ctx);
    loadStage().catch(() => undefined); // a failure shows when the user picks a problem (App.stage)
  });
  adoptStyles(ctx.root, PANEL_CSS, typeof raw.nonce === 'string' ? raw.nonce : undefined);
  const emit = (event: Omit<WidgetEvent, 'instance'>) => {
    for (const [type, fn] of listeners) {
      if (type !== event.type) continue;
      try {
        fn({ ...event, instance: ctx.id });
      } catch (error) {
        console.error('[topup-doctor] an event listener failed:', error);
      }
    }
  };
  // The operator config was checked before the launcher appeared (the loader's precheck, check-entry.ts,
  // or mount() for the ESM API); the panel gets the typed config with the second stage: from attributes
  // the precheck vouches for without the schema (config-plain.ts), else parsed again by the full check
  // (no warnings repeated). A config that fails here too logs its one error naming the attribute and
  // the widget removes itself (App.onInvalid); the page keeps working.
  let staging: Promise<typeof import('./stage.js')> | undefined;
  const stage = () =>
    (staging ??= import('./stage.js').catch((error: unknown) => {
      staging = undefined; // a failed chunk load is retried with the next try (known.loadFailed)
      throw error;
    }));
  const undelivered = countUndelivered();
  let staged: Promise<Stage | null> | undefined;
  const loadStage = () =>
    (staged ??= stage()
      .then(async (m) => {
        const [valid, outbox] = await Promise.all([
          m.panelConfig(raw, ctx.vouched),
          // The outbox's validated reads only when there is an undelivered report to show.
          undelivered ? m.loadOutbox(ctx.locale) : undefined,
          // The core's words in the user's locale only (the script-tag build; a no-op elsewhere).
          m.loadCatalog(ctx.locale, PROBLEM_TITLES[ctx.locale]),
        ]);
        return valid && { services: m.createServices(valid, ctx.locale, emit, outbox), steps: m.steps };
      })
      .catch((error: unknown) => {
        staged = undefined; // tried again when the user picks a problem
        throw error;
      }));
  const mount = document.createElement('div');
  ctx.box.append(mount);
  const hide = () => {
    if (mount.hidden) return;
    mount.hidden = true;
    ctx.button.hidden = false;
    ctx.button.focus();
  };
  render(
    <App
      loadStage={loadStage}
      emit={emit}
      problem={deepLinkProblem()}
      locale={ctx.locale}
      theme={raw.theme === 'light' || raw.theme === 'dark' ? raw.theme : 'auto'}
      inline={ctx.inline}
      onClose={hide}
      onInvalid={ctx.invalid}
      undelivered={undelivered}
    />,
    mount,
  );
  return {
    show() {
      emit({ type: 'opened' });
      mount.hidden = false;
      ctx.button.hidden = ctx.inline;
      // Reopened: focus goes to the current step's heading, as after every step change (App.tsx). Found in
      // the DOM: a ref callback on the App component is not called under Preact 11 (refs are props there),
      // so the instance was never known and reopening left focus on the launcher.
      ctx.box.querySelector<HTMLElement>('#td-step')?.focus();
    },
    hide,
    destroy() {
      render(null, mount);
      mount.remove();
    },
  };
}
