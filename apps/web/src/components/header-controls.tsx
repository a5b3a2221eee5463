'use client';

import { usePreferences } from '@/client/preferences.tsx';
import { isRelative } from '@/client/time-expr.ts';
import { useTimeRange } from '@/client/time-range.tsx';
import { LOCALES } from '@/i18n/index.ts';

import { TimeRangePicker } from './time-range-picker.tsx';

export const HeaderControls = () => {
  const { t, locale, setLocale, theme, setTheme } = usePreferences();
  const range = useTimeRange();
  const canGoLive = isRelative(range.to);

  return (
    <div className="controls">
      <TimeRangePicker />
      <button
        type="button"
        className={range.live ? 'live live-on' : 'live'}
        aria-pressed={range.live}
        disabled={!canGoLive}
        data-testid="live-toggle"
        onClick={() => range.setLive(!range.live)}
        title={t('live.toggle')}
      >
        {range.live ? t('live.on') : t('live.off')}
      </button>
      <span className="live-stamp" data-testid="live-stamp" aria-live="polite">
        {range.lastTickMs === null
          ? ''
          : `${t('live.updated')} ${new Date(range.lastTickMs).toLocaleTimeString()}`}
      </span>
      <label>
        <span className="visually-hidden">{t('lang.label')}</span>
        <select
          aria-label={t('lang.label')}
          data-testid="lang-select"
          value={locale}
          onChange={(event) => setLocale(event.target.value === 'zh' ? 'zh' : 'en')}
        >
          {LOCALES.map((code) => (
            <option key={code} value={code}>
              {code === 'zh' ? '中文' : 'English'}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        data-testid="theme-toggle"
        aria-label={t('theme.label')}
        onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')}
      >
        {theme === 'dark' ? t('theme.light') : t('theme.dark')}
      </button>
    </div>
  );
};
