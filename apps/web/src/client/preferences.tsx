'use client';

import { createContext, useCallback, useContext, useMemo, useState } from 'react';
import type { ReactNode } from 'react';

import { translate } from '@/i18n/index.ts';
import type { Locale } from '@/i18n/index.ts';

export type Theme = 'dark' | 'light';

type Preferences = {
  locale: Locale;
  theme: Theme;
  setLocale: (locale: Locale) => void;
  setTheme: (theme: Theme) => void;
  t: (key: string, vars?: Record<string, string | number>) => string;
};

const PreferencesContext = createContext<Preferences | undefined>(undefined);

// Cookies, not localStorage, so the server renders the chosen language and theme at once.
const remember = (name: string, value: string) => {
  document.cookie = `${name}=${value}; path=/; max-age=31536000; samesite=lax`;
};

export const PreferencesProvider = (props: {
  initialLocale: Locale;
  initialTheme: Theme;
  children: ReactNode;
}) => {
  const [locale, setLocaleState] = useState(props.initialLocale);
  const [theme, setThemeState] = useState(props.initialTheme);
  const setLocale = useCallback((next: Locale) => {
    remember('fleetlens-locale', next);
    document.documentElement.lang = next === 'zh' ? 'zh-CN' : 'en';
    setLocaleState(next);
  }, []);
  const setTheme = useCallback((next: Theme) => {
    remember('fleetlens-theme', next);
    document.documentElement.dataset.theme = next;
    setThemeState(next);
  }, []);
  const value = useMemo<Preferences>(
    () => ({
      locale,
      theme,
      setLocale,
      setTheme,
      t: (key, vars) => translate(locale, key, vars),
    }),
    [locale, theme, setLocale, setTheme],
  );

  return <PreferencesContext.Provider value={value}>{props.children}</PreferencesContext.Provider>;
};

export const usePreferences = (): Preferences => {
  const value = useContext(PreferencesContext);
  if (value === undefined) throw new Error('usePreferences needs a PreferencesProvider');
  return value;
};

export const useT = () => usePreferences().t;
