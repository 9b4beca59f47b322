// The panel: a modal dialog (launcher mode) or a region (inline mode) over the flow's state machine.
// Loads in two stages: this shell and the first step come with the first open; the services (console
// presets, diagnosis core, masking, tickets, transports) are fetched when the user picks a problem.
// Focus: each step's heading receives focus (announced by screen readers), Tab is trapped in the
// dialog, Escape closes it. Side effects go through the injected services only.
import { Component, createRef } from 'preact';
import type { Answers, Audience, Locale, Message, ProblemId } from '../core/index.js';
import type { WidgetEvent } from '../embed/contract.js';
import { trapTab } from './focus.js';
import { type CatalogKey, wordsFor } from './i18n/index.js';
import { type Action, initialState, NUMBERED, reduce, type State, type Step } from './machine.js';
import { type AnswerKey, FRESH_READ_MS, type Services } from './services.js';
import { Frame } from './steps/Frame.js';
import { Problem } from './steps/Problem.js';
import type { Handlers, ShellProps, StepProps } from './view-context.js';

/** The second stage: the services and the steps after the problem choice. */
export interface Stage {
  services: Services;
  steps: typeof import('./steps/later.js');
}

export interface AppProps {
  /** Resolves to null when the operator config is invalid (one console error was logged). */
  loadStage(): Promise<Stage | null>;
  emit(event: Omit<WidgetEvent, 'instance'>): void;
  /** Start on this problem (a help page's deep link) instead of asking. */
  problem?: ProblemId;
  locale: Locale;
  theme: 'light' | 'dark' | 'auto';
  inline: boolean;
  onClose(): void;
  /** The config turned out invalid: the widget removes itself. */
  onInvalid(): void;
  /** Reports this browser kept but could not deliver (embed/undelivered.ts), counted when the panel opened. */
  undelivered?: number;
}

interface AppState {
  s: State;
  services?: Services;
  steps?: Stage['steps'];
  loadFailed?: boolean;
  /** The chosen problem's own words could not load (Services.problemWords): the diagnosis is not shown. */
  wordsFailed?: boolean;
  copyState?: 'copied' | 'failed';
  showUndelivered?: boolean;
}

const HEADING: Record<Step, CatalogKey> = {
  problem: 'problem.heading',
  known: 'known.heading',
  result: 'checks.heading',
  resolved: 'resolved.heading',
  preview: 'preview.heading',
  sending: 'sending.heading',
  sent: 'sent.heading',
  failed: 'failed.heading',
};

/** In an idle period (the user is reading), or soon where the browser has no idle callbacks (Safari). */
function whenIdle(run: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 50);
}

/** A field, whose blur may commit what was typed (MaskedText). */
const isTextControl = (el: Element) => /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName);

export class App extends Component<AppProps, AppState> {
  override state: AppState = { s: initialState() };
  private heading = createRef<HTMLHeadingElement>();
  private frame = createRef<HTMLDivElement>();
  private box = createRef<HTMLDivElement>();
  private loading?: Promise<Stage | null>;
  private stopWatching?: () => void;

  dispatch = (action: Action) => this.setState(({ s }) => ({ s: reduce(s, action), copyState: undefined }));

  override componentDidMount() {
    this.focusHeading();
    if (this.props.problem) this.on.choose(this.props.problem);
    else whenIdle(() => this.warm());
  }

  /**
   * While the user reads the problem list: the second stage the panel started loading on open (a memoized
   * promise) is taken up, with the console read it started, so a problem choice renders its step once,
   * with the answers, instead of a loading frame, then the step's loading state, then the step (three
   * renders and a forced layout in the choice's task). Then what the steps would pay the first time they
   * render is paid (steps/warm.ts: a page's first Intl formatter, 20-35 ms; its first date-time input,
   * 10-14 ms), and last the later steps are rendered once out of the document (steps/rehearse.ts: their
   * code's first run), unless the user has chosen by then. An invalid config or a failed load is left to
   * the choice, which reports it (stage()).
   */
  private warm() {
    this.props.loadStage().then(
      (stage) => {
        // No stage (left to the choice to report), or the panel was destroyed meanwhile (its ref is gone).
        if (!stage || !this.box.current) return;
        if (!this.loading) {
          this.loading = Promise.resolve(stage);
          this.adopt(stage, true);
        }
        const rehearsal = () => {
          const { s, services } = this.state;
          return s.step === 'problem' && services ? { s, services, on: this.on } : undefined;
        };
        for (const run of stage.steps.warmUps(this.props.locale, this.box.current, rehearsal)) whenIdle(run);
      },
      () => undefined,
    );
  }

  /**
   * Whether focus is inside the panel right before an update (read back in componentDidUpdate). On a step
   * change the focused heading or button is blurred here, before the old step's DOM goes: Chromium brings
   * style and layout up to date when a focused element is removed, on a DOM half way through the change,
   * and again for the new step's heading (componentDidUpdate). Traced with JS stacks (widget-profile's
   * flow): the removal forced a style update in each step (0.18-0.31 ms) and a layout in two (0.39 ms
   * each); blurred first, a style update of 0.08-0.18 and no layout. A field keeps focus: its blur commits
   * what was typed (MaskedText).
   */
  override getSnapshotBeforeUpdate(_: AppProps, previous: AppState): boolean {
    const active = this.focusedInside();
    if (active instanceof HTMLElement && previous.s.step !== this.state.s.step && !isTextControl(active))
      active.blur();
    return !!active;
  }

  override componentDidUpdate(_: AppProps, previous: AppState, focusWasInside?: boolean) {
    if (previous.s.step !== this.state.s.step) return this.focusHeading();
    // The same step re-rendered with another body (the second stage arrived and the step's own component
    // replaced its loading frame, or a re-read replaced the focused control): the focused element was
    // removed and focus fell to <body>, where Escape no longer reaches the dialog and Tab walks the page
    // behind it. Focus that was inside the panel goes back to the step's heading.
    if (focusWasInside && !this.focusedInside()) this.focusHeading();
  }

  /** The focused element, when it is inside the panel. */
  private focusedInside(): Element | null {
    const base = this.box.current;
    const root = base?.getRootNode() as Document | ShadowRoot | undefined;
    const active = root?.activeElement;
    return active && base?.contains(active) ? active : null;
  }

  override componentWillUnmount() {
    this.stopWatching?.();
  }

  focusHeading() {
    this.heading.current?.focus();
  }

  /** The second stage's services and steps in state; the console read and the extension's reports follow.
   *  `early`: taken up before the first choice (warm()), whose read is then timed (earlyReadAt). */
  private adopt({ services, steps }: Stage, early = false) {
    this.setState({ services, steps });
    this.stopWatching = services.watchExtension?.((observations, warnings) =>
      this.dispatch({ type: 'bridge', observations, warnings }),
    );
    this.read(services, () => {
      if (early && this.state.s.step === 'problem') this.earlyReadAt = services.now();
    });
  }

  /** Reads the console into state (a failed read is a read whose account part failed on the network). */
  private read(services: Services, then?: () => void) {
    services
      .readConsole()
      .catch(() => ({
        console: { kind: 'custom' as const },
        errors: [{ part: 'account' as const, code: 'network' as const }],
      }))
      .then((read) => {
        then?.();
        this.dispatch({ type: 'read', read });
      });
  }

  /** When the read taken up before the first choice arrived: a choice over FRESH_READ_MS later reads again. */
  private earlyReadAt?: number;

  /** Second stage: load the services once, then read the console and listen to the extension. */
  private stage(): Promise<Stage | null> {
    this.loading ??= this.props.loadStage().then(
      (stage) => {
        if (!stage) {
          this.props.onInvalid();
          return null;
        }
        this.adopt(stage);
        return stage;
      },
      (error: unknown) => {
        console.error('[topup-doctor] could not load the self-check:', error);
        this.loading = undefined;
        this.setState({ loadFailed: true });
        return null;
      },
    );
    return this.loading;
  }

  /** The facts the core decides from (core toFacts: the console's reading, the answers, the extension's observations). */
  private facts(services: Services) {
    const { s } = this.state;
    // What masking took out of the note while it was typed travels with the answers' own masking record.
    const typed = [...(s.answers.masked ?? []), ...s.noteKinds.map((kind) => ({ field: 'note', kind }))];
    const answers = { ...s.answers, problem: s.problem };
    if (typed.length) answers.masked = typed;
    return services.facts({ read: s.read, answers, observations: s.observations });
  }

  /** The last questions computed, with what they were computed from (asked()). */
  private lastAsked?: { from: unknown[]; missing: AnswerKey[] };

  /**
   * The known step's questions (core missingAnswers): from the console's read, the extension's observations
   * and the order the user picked only, not from the questions' own answers, so a question stays while it is
   * answered (and can be corrected) and picking an order takes away the questions that order answers.
   * Computed again only when one of those changed, not on every keystroke's render.
   */
  private asked(services: Services): AnswerKey[] {
    const { s } = this.state;
    if (!s.problem) return [];
    const { orderRef, orderNotListed } = s.answers;
    const from = [s.read, s.observations, s.problem, orderRef, orderNotListed];
    const last = this.lastAsked;
    if (last?.from.every((v, i) => v === from[i])) return last.missing;
    const answers: Answers = { problem: s.problem };
    if (orderRef !== undefined) answers.orderRef = orderRef;
    if (orderNotListed !== undefined) answers.orderNotListed = orderNotListed;
    const facts = services.facts({ read: s.read, answers, observations: s.observations });
    this.lastAsked = { from, missing: services.missing(s.problem, facts) };
    return this.lastAsked.missing;
  }

  /** Built tickets per state: the state is immutable (machine.ts), so a re-render of the same state (a
   *  copy status, a focus fix) reuses the masked ticket instead of masking everything again. */
  private tickets = new WeakMap<State, Partial<Record<Audience, ReturnType<Services['ticket']>>>>();

  private ticket(audience: Audience) {
    const { s, services } = this.state;
    if (!s.diagnosis || !s.ticketId || !services) return undefined;
    const built = this.tickets.get(s) ?? {};
    this.tickets.set(s, built);
    built[audience] ??= services.ticket(this.facts(services), s.diagnosis, s.note, audience, s.ticketId);
    return built[audience];
  }

  on: Handlers = {
    dispatch: this.dispatch,
    choose: (problem) => {
      this.setState({ loadFailed: false, wordsFailed: false });
      // The problem's own words (the redeem problem's) start loading now, while the user reads the next
      // step; the diagnosis waits for them (on.diagnose).
      void this.stage().then((stage) => stage?.services.problemWords?.(problem)?.catch(() => undefined));
      const { services } = this.state;
      const readAt = this.earlyReadAt;
      this.earlyReadAt = undefined;
      if (services && readAt !== undefined && services.now() - readAt > FRESH_READ_MS) {
        // The answers read while the user was away are not shown as the console's present state.
        this.dispatch({ type: 'unread' });
        this.read(services);
      }
      this.dispatch({ type: 'choose', problem });
      this.props.emit({ type: 'problem_chosen', problem });
    },
    answer: (key, value, masked) => this.dispatch({ type: 'answer', key, value: value as never, masked }),
    recheck: () => {
      const { services } = this.state;
      if (!services) return;
      services
        .readConsole()
        .catch(() => this.state.s.read)
        .then((read) => {
          if (read) this.dispatch({ type: 'read', read });
          this.on.diagnose();
        });
    },
    diagnose: () => {
      const { services, s } = this.state;
      if (!services) return;
      const words = s.problem && services.problemWords?.(s.problem);
      if (!words)
        return this.dispatch({ type: 'diagnosed', diagnosis: services.diagnose(this.facts(services)) });
      // The diagnosis is worded with the problem's own words: once they are here, unless the user moved on.
      words.then(
        () => {
          const now = this.state.s;
          if (now.step === s.step && now.problem === s.problem) this.on.diagnose();
        },
        (error: unknown) => {
          console.error('[topup-doctor] could not load the self-check:', error);
          this.setState({ wordsFailed: true });
        },
      );
    },
    solved: () => {
      this.dispatch({ type: 'solved' });
      this.props.emit({ type: 'self_resolved', problem: this.state.s.problem });
    },
    notSolved: () => {
      const { services } = this.state;
      if (services) this.dispatch({ type: 'preview', ticketId: services.newTicketId() });
    },
    note: (text) => {
      const { services } = this.state;
      if (!services) return text;
      const masked = services.mask(text);
      this.dispatch({ type: 'note', text: masked.text, kinds: masked.kinds });
      return masked.text;
    },
    send: async () => {
      const { services } = this.state;
      const ticket = this.ticket('support');
      if (!ticket || !services?.send) return;
      const problem = this.state.s.problem;
      this.dispatch({ type: 'sending' });
      const result = await services.send(ticket);
      if (result.ok) {
        this.dispatch({ type: 'delivered', ok: true, delivery: { transport: 'webhook', id: result.id } });
        this.props.emit({ type: 'ticket_sent', problem, transport: 'webhook' });
      } else {
        this.dispatch({
          type: 'delivered',
          ok: false,
          delivery: { transport: 'webhook', code: result.code, queued: result.queued },
        });
        this.props.emit({ type: 'ticket_failed', problem, transport: 'webhook', code: result.code });
      }
    },
    copy: async () => {
      const { services } = this.state;
      const ticket = this.ticket('public');
      if (!ticket || !services?.copy) return;
      const ok = await services.copy(services.text(ticket));
      this.setState({ copyState: ok ? 'copied' : 'failed' });
      if (ok) this.props.emit({ type: 'ticket_sent', problem: this.state.s.problem, transport: 'clipboard' });
    },
    showUndelivered: () => {
      this.setState({ showUndelivered: true, loadFailed: false });
      void this.stage();
    },
    back: () => this.dispatch({ type: 'back' }),
    restart: () => this.dispatch({ type: 'restart' }),
    close: () => {
      const done = ['resolved', 'sent'].includes(this.state.s.step);
      this.props.onClose();
      if (done) this.dispatch({ type: 'restart' });
    },
  };

  onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      this.on.close();
    } else if (event.key === 'Tab' && this.frame.current) {
      trapTab(event, this.frame.current);
    }
  };

  /** A report from an earlier visit that did not get through: a notice, then (second stage) the reports. */
  private undelivered(shell: ShellProps) {
    const { services, steps, showUndelivered } = this.state;
    if (!this.props.undelivered) return null;
    if (showUndelivered && services && steps) {
      const m = (message: Message | string) =>
        services.message(typeof message === 'string' ? { key: message } : message);
      return <steps.Undelivered {...shell} services={services} m={m} />;
    }
    return (
      <p class="box warn">
        {shell.tr('undelivered.notice')}{' '}
        <button type="button" class="ghost" onClick={this.on.showUndelivered}>
          {shell.tr('undelivered.show')}
        </button>
      </p>
    );
  }

  private step(shell: ShellProps) {
    const { s, services, steps, loadFailed, wordsFailed, copyState } = this.state;
    if (s.step === 'problem') return <Problem {...shell}>{this.undelivered(shell)}</Problem>;
    if (!services || !steps || wordsFailed) {
      return (
        <Frame heading={shell.heading}>
          <p class="status" role="status">
            {shell.tr(loadFailed || wordsFailed ? 'known.loadFailed' : 'known.loading')}
          </p>
        </Frame>
      );
    }
    const m = (message: Message | string) =>
      services.message(typeof message === 'string' ? { key: message } : message);
    const props: StepProps = { ...shell, services, m, copyState };
    if (s.step === 'preview' || s.step === 'failed') {
      props.ticket = this.ticket('support');
      if (copyState === 'failed') {
        const pub = this.ticket('public');
        if (pub) props.publicText = services.text(pub);
      }
    }
    const { Known, Result, Preview, Delivery } = steps;
    if (s.step === 'known') return <Known {...props} missing={this.asked(services)} />;
    if (s.step === 'result') return <Result {...props} />;
    if (s.step === 'preview') return <Preview {...props} />;
    return <Delivery {...props} />;
  }

  render() {
    const { locale, theme, inline } = this.props;
    const { s } = this.state;
    const words = wordsFor(locale, this.state.steps?.FLOW_WORDS);
    const index = NUMBERED.indexOf(s.step);
    const body = (
      <>
        <div class="head">
          <h2 id="td-title">{words('title')}</h2>
          {index >= 0 && (
            <span class="stepno">{words('step', { n: index + 1, total: NUMBERED.length })}</span>
          )}
          <button type="button" class="x" aria-label={words('close')} onClick={this.on.close}>
            ×
          </button>
        </div>
        <div class="body">
          {this.step({
            s,
            locale,
            tr: words,
            on: this.on,
            heading: (
              <h3 id="td-step" tabIndex={-1} ref={this.heading}>
                {words(HEADING[s.step])}
              </h3>
            ),
          })}
        </div>
      </>
    );
    return (
      <div class="td" data-theme={theme} lang={locale} ref={this.box}>
        {inline ? (
          <section class="panel" aria-labelledby="td-title">
            {body}
          </section>
        ) : (
          <div class="backdrop">
            <div
              ref={this.frame}
              class="panel"
              role="dialog"
              aria-modal="true"
              aria-labelledby="td-title"
              onKeyDown={this.onKeyDown}
            >
              {body}
            </div>
          </div>
        )}
      </div>
    );
  }
}
