import { useSyncExternalStore } from 'react';

/**
 * The colour theme: the system's (the default) or one the user picked in
 * Settings, kept in this browser. The page's <html data-theme> always holds
 * the theme in effect, which the stylesheets key their colours on.
 */
export type ThemeChoice = 'system' | 'light' | 'dark';
export const THEME_CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark'];

const STORAGE_KEY = 'onsite:theme';
const DARK_QUERY = '(prefers-color-scheme: dark)';

const isThemeChoice = (value: string | null): value is ThemeChoice =>
  THEME_CHOICES.some((choice) => choice === value);

export const readThemeChoice = (): ThemeChoice => {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isThemeChoice(stored) ? stored : 'system';
  } catch {
    // Storage can be off (private windows, policies): the system's theme then.
    return 'system';
  }
};

const systemTheme = (): 'light' | 'dark' =>
  window.matchMedia(DARK_QUERY).matches ? 'dark' : 'light';

export const resolveTheme = (choice: ThemeChoice): 'light' | 'dark' =>
  choice === 'system' ? systemTheme() : choice;

const listeners = new Set<() => void>();

const apply = () => {
  document.documentElement.dataset.theme = resolveTheme(readThemeChoice());
  for (const listener of listeners) listener();
};

/** Applies the stored choice now and keeps it applied when the system's theme, or another tab's choice, changes. */
export const startTheme = (): void => {
  apply();
  window.matchMedia(DARK_QUERY).addEventListener('change', apply);
  window.addEventListener('storage', (event) => {
    if (event.key === STORAGE_KEY) apply();
  });
};

/** Stores the choice and applies it at once. */
export const chooseTheme = (choice: ThemeChoice): void => {
  try {
    if (choice === 'system') window.localStorage.removeItem(STORAGE_KEY);
    else window.localStorage.setItem(STORAGE_KEY, choice);
  } catch {
    // Not kept across reloads, but still applied to this page.
    document.documentElement.dataset.theme = resolveTheme(choice);
    return;
  }
  apply();
};

const subscribe = (onChange: () => void) => {
  listeners.add(onChange);
  return () => listeners.delete(onChange);
};

/** The user's choice and the theme in effect, kept current. */
export const useTheme = (): { readonly choice: ThemeChoice; readonly theme: 'light' | 'dark' } => {
  const choice = useSyncExternalStore(subscribe, readThemeChoice);
  const theme = useSyncExternalStore(subscribe, () =>
    document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light',
  );
  return { choice, theme };
};
