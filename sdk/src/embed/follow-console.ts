// The console's own language and theme, followed when the operator left data-locale / data-theme on auto
// (the user chose them in the console; the OS and <html lang> often say otherwise):
// - language: the console's stored choice (core/i18n/locale.ts: CONSOLE_LOCALE_KEYS), worded by the core's
//   one detector;
// - theme: new-api marks dark mode with the `dark` class on <html> and keeps the choice in
//   localStorage `theme-mode` ('light' | 'dark' | 'auto'; web/src/context/Theme); sub2api also toggles
//   `html.dark`. 'auto' there means the OS, which is what our own auto does.
// Read once, when the page loads (check-entry.ts), before the launcher shows.
import { CONSOLE_LOCALE_KEYS, detectLocale, isLanguageTag } from '../core/i18n/locale.js';

type Store = Pick<Storage, 'getItem'> | null;

const read = (store: Store, key: string): string | null => {
  try {
    return store?.getItem(key) ?? null;
  } catch {
    return null; // storage blocked for this site
  }
};

const isAuto = (value: unknown) => value === undefined || value === 'auto';

/** Sets raw.locale / raw.theme from the console when they are on auto; leaves an explicit choice alone. */
export function followConsole(
  raw: Record<string, unknown>,
  root: { classList: { contains(token: string): boolean } },
  store: Store,
): void {
  if (isAuto(raw.locale)) {
    const stored = CONSOLE_LOCALE_KEYS.map((key) => read(store, key)).filter(isLanguageTag);
    if (stored[0]) raw.locale = detectLocale(stored);
  }
  if (isAuto(raw.theme)) {
    const mode = read(store, 'theme-mode');
    if (root.classList.contains('dark') || mode === 'dark') raw.theme = 'dark';
    else if (mode === 'light') raw.theme = 'light';
  }
}
