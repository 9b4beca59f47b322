// The page's composition root for the panel: the core (diagnose, tickets, masking, words), the console
// preset, and the transports, behind the UI's Services interface.

import type { ConsoleAdapter, ConsoleEnv, ConsoleRead } from '../consoles/types.js';
// The core's modules themselves, not its index: the index also re-exports the schemas (and zod), which
// would then share this stage's chunks (esbuild splits by what each entry can reach, used or not).
import type { BridgeWarning } from '../core/bridge/protocol.js';
import { diagnose, missingAnswers } from '../core/diagnose/diagnose.js';
import { toFacts } from '../core/facts/to-facts.js';
import { loadExtensionWords, loadProblemWords } from '../core/i18n/catalogs.js';
import type { Locale } from '../core/i18n/locale.js';
import { t } from '../core/i18n/t.js';
import { maskText } from '../core/mask/index.js';
import { defaultRules } from '../core/rules/defaults.js';
import { displayMessage } from '../core/text/limit.js';
import { buildTicket } from '../core/ticket/build.js';
import { renderTicketText } from '../core/ticket/render.js';
import { loadUndeliveredWords } from '../ui/i18n/flow.js';
import { FRESH_READ_MS, type Services } from '../ui/services.js';
import { startBridge } from './bridge.js';
import type { WidgetConfig } from './config.js';
import type { WidgetEvent } from './contract.js';
import { newTicketId } from './ids.js';
import { seenRedeems } from './redeem-seen.js';
import { copyText } from './transports/clipboard.js';
import { mailtoHref } from './transports/mailto.js';
import type { readOutbox } from './transports/outbox.js';
import { remove } from './transports/outbox-store.js';
import { sendTicket } from './transports/send.js';

function consoleEnv(origin: string): ConsoleEnv {
  let storage: ConsoleEnv['storage'] = null;
  try {
    storage = localStorage;
  } catch {
    // storage blocked: adapters fall back to what the JSON APIs say
  }
  return {
    // Same-origin reads with the page's session cookie; relative paths resolve against the console origin.
    fetch: (input, init) => fetch(new URL(input, origin).href, { credentials: 'same-origin', ...init }),
    storage,
    origin,
    pathname: location.pathname,
    now: Date.now,
  };
}

// One dynamic import per preset: a page loads only the console it is configured for (size, sdk/scripts/size.mjs);
// `auto` needs every preset's detector, so it loads the registry. `satisfies` keeps the list complete.
const PRESETS = {
  'new-api': () => import('../consoles/new-api/adapter.js').then((m) => m.newApiAdapter),
  'one-api': () => import('../consoles/one-api/adapter.js').then((m) => m.oneApiAdapter),
  sub2api: () => import('../consoles/sub2api/adapter.js').then((m) => m.sub2apiAdapter),
} satisfies Record<Exclude<WidgetConfig['console']['preset'], 'auto' | 'custom'>, unknown>;

async function pickAdapter(config: WidgetConfig, env: ConsoleEnv): Promise<ConsoleAdapter | undefined> {
  const { preset, options } = config.console;
  if (preset === 'custom')
    return import('../consoles/custom/adapter.js').then((m) => m.createCustomAdapter(options ?? {}));
  if (preset === 'auto') return import('../consoles/registry.js').then((m) => m.detectConsole(env));
  return PRESETS[preset]();
}

/** What maps the page's own redeem answers (consoles/redeem-answer.ts): fetched only when the page's
 *  watcher saw one (readConsole), not with every visit's second stage. */
const redeemRules = () => import('../consoles/redeem-answer.js');

/** The outbox's validated reads (and zod) and the reports' words: the panel loads them with this stage
 *  only when it counted an undelivered report to show; sending a ticket needs only outbox-store.ts. A report
 *  may be the redeem problem's, whose words load apart (catalogs-lazy.ts loadProblemWords). */
export const loadOutbox = (locale: Locale) =>
  Promise.all([
    import('./transports/outbox.js'),
    loadUndeliveredWords(locale),
    loadProblemWords(locale, 'redeem_not_credited'),
  ]).then(([m]) => m);

/** The second stage's entry (loaded on problem choice), over the config the page-start check validated and the
 *  panel parsed again with this stage (panel.tsx). */
export function createServices(
  config: WidgetConfig,
  locale: Locale,
  emit: (event: Omit<WidgetEvent, 'instance'>) => void,
  /** The outbox's validated reads (transports/outbox.ts), loaded with this stage only when the panel
   *  counted an undelivered report when it opened (nothing else shows them). */
  outbox?: { readOutbox: typeof readOutbox },
): Services {
  const rules = config.rules ?? defaultRules();
  const origin = config.console.origin ?? location.origin;
  const env = consoleEnv(origin);
  const { webhook, mailto, clipboard } = config.transports;
  // The companion extension's latest warnings (bridge): an input of every ticket built after them.
  let extensionWarnings: BridgeWarning[] = [];
  const readAdapter = async (): Promise<ConsoleRead> => {
    const adapter = await pickAdapter(config, env);
    const read: ConsoleRead = adapter
      ? await adapter.read(env)
      : { console: { kind: 'custom' }, errors: [{ part: 'account', code: 'unsupported' }] };
    if (config.debug) {
      const debug = await import('./debug.js');
      debug.printRead(debug.presetReason(config, env, adapter), read);
    }
    return read;
  };
  // The console is read as soon as this stage exists: the panel starts the stage when it opens (the user's
  // intent), so the answers are on their way while the user picks a problem, not one round trip after it.
  let early: { at: number; read: Promise<ConsoleRead> } | undefined = { at: Date.now(), read: readAdapter() };
  early.read.catch(() => undefined); // a failed early read is reported by readConsole, not as unhandled
  // The rules for the page's own redeem answers, beside that read when the page saw one already.
  if (seenRedeems().length) redeemRules().catch(() => undefined);
  return {
    now: Date.now,
    rules,
    async readConsole(): Promise<ConsoleRead> {
      // The read started with this stage serves the first call while it is fresh; a re-check reads again.
      const started = early;
      early = undefined;
      // The rules for the page's own redeem answers load only on a page whose watcher saw one, beside the
      // read (no round trip after it); most visits never redeem.
      if (seenRedeems().length) redeemRules().catch(() => undefined);
      const read =
        started && Date.now() - started.at < FRESH_READ_MS ? await started.read : await readAdapter();
      // The page's own redeem answers seen since it loaded (redeem-watch.ts, read by redeem-seen.ts).
      const seen = seenRedeems();
      if (!seen.length) return read;
      // Their rules failed to load: the read stands without them, and the questions ask what they would have told.
      const mapping = await redeemRules().catch(() => undefined);
      const redeems = mapping
        ? seen.map((x) => mapping.redeemAnswerOf(x)).filter((a) => a !== undefined)
        : [];
      return redeems.length ? { ...read, redeems } : read;
    },
    facts: toFacts,
    missing: (problem, facts) => missingAnswers(problem, facts, rules),
    diagnose: (facts) => diagnose(facts, { now: Date.now(), rules }),
    problemWords: (problem) => loadProblemWords(locale, problem),
    ticket: (facts, diagnosis, note, audience, id) =>
      buildTicket(facts, diagnosis, note, {
        audience,
        now: Date.now(),
        id,
        locale,
        origin,
        warnings: extensionWarnings,
      }),
    text: (ticket) => renderTicketText(ticket),
    // Console strings quoted in a check's words are cut and their bidi controls made visible.
    message: (message) => t(locale, displayMessage(message)),
    mask(text) {
      // The ticket's locale: a label put in while typing ("[ID number]") must not be in the other language.
      const result = maskText(text, { audience: 'support', locale });
      return { text: result.text, kinds: result.findings.map((f) => f.kind) };
    },
    newTicketId,
    send: webhook ? (ticket) => sendTicket(webhook, ticket) : undefined,
    mailto: mailto ? (ticket) => mailtoHref(mailto.to, ticket, mailto.subject) : undefined,
    copy: clipboard ? copyText : undefined,
    // What the outbox kept but could not deliver (the loader's flush found it refused or out of retries):
    // shown when the panel opens, so no ticket waits unseen.
    undelivered: () =>
      (outbox?.readOutbox() ?? [])
        .filter((e) => e.state === 'refused' || e.state === 'stalled')
        .map((e) => ({
          ticket: e.ticket,
          state: e.state as 'refused' | 'stalled',
          queuedAt: e.queuedAt,
          ...(e.code ? { code: e.code } : {}),
        })),
    forgetUndelivered: remove,
    emit,
    watchExtension: (fn) =>
      startBridge(
        (observations, warnings) => {
          extensionWarnings = warnings;
          fn(observations, warnings);
        },
        () => loadExtensionWords(locale),
      ),
  };
}
