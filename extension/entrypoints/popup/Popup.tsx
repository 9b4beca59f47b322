import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { type ExtLocale, pickLocale, t } from '../../i18n/catalog.js';
import { SelfCheckMode, TabView } from '../../lib/messages.js';
import { sendMessage } from '../../lib/messaging.js';
import { patternFor } from '../../lib/registration.js';
import { type TargetTab, targetTab } from './tab.js';

function uiLocale(): ExtLocale {
  try {
    return pickLocale(browser.i18n.getUILanguage());
  } catch {
    return 'zh-CN';
  }
}

function timeText(locale: ExtLocale, ms: number): string {
  return new Date(ms).toLocaleString(locale, {
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

export function Popup() {
  const [tab, setTab] = useState<TargetTab | null | undefined>(undefined);
  const [granted, setGranted] = useState(false);
  const [view, setView] = useState<TabView | null>(null);
  const [last4, setLast4] = useState('');
  const [status, setStatus] = useState('');
  const locale = view?.locale ?? uiLocale();
  const tr = (key: string, params?: Record<string, string | number>) => t(locale, key, params);

  const refresh = async (target: TargetTab) => {
    const parsed = TabView.safeParse(await sendMessage('getTabView', { tabId: target.id }).catch(() => null));
    setView(parsed.success ? parsed.data : null);
    if (parsed.success && parsed.data.keyLast4) setLast4(parsed.data.keyLast4);
  };

  useEffect(() => {
    void (async () => {
      const target = await targetTab(location.search);
      setTab(target ?? null);
      if (!target?.origin) return;
      setGranted(await browser.permissions.contains({ origins: [patternFor(target.origin)] }));
      await refresh(target);
    })();
  }, []);

  if (tab === undefined) return null;
  if (!tab?.origin) {
    return (
      <main>
        <h1>{tr('ext.popup.title')}</h1>
        <p>{tr('ext.popup.unsupported')}</p>
      </main>
    );
  }
  const origin = tab.origin;

  const enable = async () => {
    // permissions.request must run in the popup, in the click's own task: the prompt names this origin only.
    const ok = await browser.permissions.request({ origins: [patternFor(origin)] });
    if (!ok) return;
    setGranted(true);
    await sendMessage('enableOrigin', { tabId: tab.id, origin });
    setTimeout(() => void refresh(tab), 800);
  };

  const checkKey = async (event: Event) => {
    event.preventDefault();
    const value = last4.trim().slice(-4);
    const parsed = TabView.safeParse(
      await sendMessage('setKeyLast4', { tabId: tab.id, last4: value }).catch(() => null),
    );
    if (parsed.success) setView(parsed.data);
  };

  const selfCheck = async () => {
    const parsed = SelfCheckMode.safeParse(
      await sendMessage('startSelfCheck', { tabId: tab.id }).catch(() => null),
    );
    if (!parsed.success || parsed.data.mode === 'none') setStatus(tr('ext.popup.noData'));
    else
      setStatus(tr(parsed.data.mode === 'bridge' ? 'ext.popup.selfCheckBridge' : 'ext.popup.selfCheckPanel'));
  };

  const clear = async () => {
    await sendMessage('clearHistory', { origin });
    setStatus(tr('ext.popup.cleared'));
    await refresh(tab);
  };

  const snap = view?.snapshot;
  return (
    <main>
      <h1>{tr('ext.popup.title')}</h1>
      <p class="origin">{origin}</p>
      {!granted ? (
        <>
          <p>{tr('ext.popup.notGranted')}</p>
          <button type="button" class="primary" onClick={() => void enable()}>
            {tr('ext.popup.enable')}
          </button>
        </>
      ) : !snap ? (
        <p>{tr('ext.popup.noData')}</p>
      ) : (
        <>
          <dl>
            <dt>{tr('ext.popup.console')}</dt>
            <dd data-testid="console">
              {snap.console.kind}
              {snap.console.generation ? ` (${snap.console.generation})` : ''}
            </dd>
            <dt>{tr('ext.popup.account')}</dt>
            <dd data-testid="account">
              {snap.account ? `${snap.account.label ?? ''} (#${snap.account.id})` : '-'}
            </dd>
            {snap.account?.balance ? (
              <>
                <dt>{tr('ext.popup.balance')}</dt>
                <dd>{snap.account.balance}</dd>
              </>
            ) : null}
          </dl>
          <h2>{tr('ext.popup.warnings')}</h2>
          {view.warnings.length ? (
            <ul class="warnings" data-testid="warnings">
              {view.warnings.map((w) => (
                <li key={w.id + w.text} data-warning={w.id}>
                  {w.text}
                </li>
              ))}
            </ul>
          ) : (
            <p class="ok">{tr('ext.popup.noWarnings')}</p>
          )}
          <h2>{tr('ext.popup.accountsSeen')}</h2>
          <ul class="accounts" data-testid="accounts">
            {view.accounts.map((a) => (
              <li key={a.id}>
                <span>{a.label ? `${a.label} (#${a.id})` : `#${a.id}`}</span>
                <span class="time">{tr('ext.popup.lastSeen', { time: timeText(locale, a.lastSeen) })}</span>
              </li>
            ))}
          </ul>
          <p class="hint">{tr('ext.popup.ordersHere', { count: view.ordersHere })}</p>
          <h2>
            <label for="key-last4">{tr('ext.popup.keyLabel')}</label>
          </h2>
          <form onSubmit={(e) => void checkKey(e)}>
            <input
              id="key-last4"
              value={last4}
              maxLength={4}
              autoComplete="off"
              spellcheck={false}
              onInput={(e) =>
                setLast4((e.currentTarget as HTMLInputElement).value.replace(/[^A-Za-z0-9]/g, ''))
              }
            />
            <button type="submit">{tr('ext.popup.keyCheck')}</button>
          </form>
          <p class="hint">{tr('ext.popup.keyHint')}</p>
          <div class="actions">
            <button type="button" class="primary" onClick={() => void selfCheck()}>
              {tr('ext.popup.selfCheck')}
            </button>
            <button type="button" onClick={() => void clear()}>
              {tr('ext.popup.clear')}
            </button>
          </div>
        </>
      )}
      {status ? (
        <p class="status" role="status">
          {status}
        </p>
      ) : null}
    </main>
  );
}
