// The popup: what this browser saw on the current console, the warnings, the key check, the self-check
// and "clear this site's records". Every answer from the background is parsed before use.

import { detectLocale } from '@topup-doctor/sdk/core';
import { browser } from 'wxt/browser';
import { t, uiLanguage } from '../../i18n/catalog.js';
import { SelfCheckMode, TabView } from '../../lib/messages.js';
import { sendMessage } from '../../lib/messaging.js';
import { patternFor } from '../../lib/registration.js';
import './style.css';
import { type PopupState, renderPopup, type Tr } from './render.js';
import { targetTab } from './tab.js';

async function start(root: HTMLElement) {
  const tab = await targetTab(location.search);
  const state: PopupState = { granted: false, view: null, status: '' };
  if (tab?.origin) state.origin = tab.origin;
  const locale = () => state.view?.locale ?? detectLocale([uiLanguage()]);
  const tr: Tr = (key, params) => t(locale(), key, params);
  document.documentElement.lang = locale();
  document.title = tr('ext.popup.title');

  const draw = () => renderPopup(root, state, tr, actions);
  const refresh = async () => {
    if (!tab) return;
    const parsed = TabView.safeParse(await sendMessage('getTabView', { tabId: tab.id }).catch(() => null));
    state.view = parsed.success ? parsed.data : null;
    document.documentElement.lang = locale();
    draw();
  };
  const actions = {
    enable() {
      if (!tab?.origin) return;
      const origin = tab.origin;
      // permissions.request runs in the click's own task; the prompt names this origin only.
      void browser.permissions.request({ origins: [patternFor(origin)] }).then(async (ok) => {
        if (!ok) return;
        state.granted = true;
        await sendMessage('enableOrigin', { tabId: tab.id, origin });
        setTimeout(() => void refresh(), 800);
      });
    },
    checkKey(last4: string) {
      if (!tab) return;
      void sendMessage('setKeyLast4', { tabId: tab.id, last4: last4.slice(-4) }).then((answer) => {
        const parsed = TabView.safeParse(answer);
        if (parsed.success) state.view = parsed.data;
        draw();
      });
    },
    selfCheck() {
      if (!tab) return;
      void sendMessage('startSelfCheck', { tabId: tab.id })
        .catch(() => null)
        .then((answer) => {
          const parsed = SelfCheckMode.safeParse(answer);
          const mode = parsed.success ? parsed.data.mode : 'none';
          state.status = tr(
            mode === 'bridge'
              ? 'ext.popup.selfCheckBridge'
              : mode === 'panel'
                ? 'ext.popup.selfCheckPanel'
                : 'ext.popup.noData',
          );
          draw();
        });
    },
    clear() {
      if (!state.origin) return;
      void sendMessage('clearHistory', { origin: state.origin }).then(async () => {
        state.status = tr('ext.popup.cleared');
        await refresh();
      });
    },
  };

  if (tab?.origin) state.granted = await browser.permissions.contains({ origins: [patternFor(tab.origin)] });
  draw();
  await refresh();
}

const root = document.getElementById('app');
if (root) void start(root);
