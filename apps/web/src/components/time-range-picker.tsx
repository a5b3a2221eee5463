'use client';

import { useState } from 'react';
import type { FormEvent } from 'react';

import { useT } from '@/client/preferences.tsx';
import { RELATIVE_PRESETS } from '@/client/time-expr.ts';
import { useTimeRange } from '@/client/time-range.tsx';

const PRESET_LABEL: Record<string, string> = {
  'now-5m': '5m',
  'now-15m': '15m',
  'now-1h': '1h',
  'now-6h': '6h',
  'now-24h': '24h',
  'now-7d': '7d',
  'now-30d': '30d',
  'now-90d': '90d',
};

/** `<input type="datetime-local">` speaks local wall time without a zone. */
const toLocalInput = (ms: number): string => {
  const date = new Date(ms);
  const local = new Date(ms - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
};

const formText = (data: FormData, name: string): string => {
  const value = data.get(name);
  return typeof value === 'string' ? value : '';
};

/** Relative presets plus an absolute from/to, both written to the URL. */
export const TimeRangePicker = () => {
  const t = useT();
  const range = useTimeRange();
  const [custom, setCustom] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const presetValue = range.to === 'now' && RELATIVE_PRESETS.includes(range.from) ? range.from : '';

  const applyAbsolute = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const fromMs = new Date(formText(data, 'from')).getTime();
    const toMs = new Date(formText(data, 'to')).getTime();
    if (!(fromMs < toMs)) {
      setError(t('range.invalid'));
      return;
    }
    setError(null);
    setCustom(false);
    range.setRange(String(fromMs), String(toMs));
  };

  return (
    <div className="range-picker">
      <label>
        <span className="visually-hidden">{t('range.label')}</span>
        <select
          aria-label={t('range.label')}
          data-testid="range-select"
          value={presetValue}
          onChange={(event) => {
            if (event.target.value === 'custom') setCustom(true);
            else range.setRange(event.target.value, 'now');
          }}
        >
          {presetValue === '' && <option value="">{t('range.custom')}</option>}
          {RELATIVE_PRESETS.map((preset) => (
            <option key={preset} value={preset}>
              {PRESET_LABEL[preset] ?? preset}
            </option>
          ))}
          <option value="custom">{t('range.custom')}…</option>
        </select>
      </label>
      {custom && (
        <form className="range-custom" onSubmit={applyAbsolute} data-testid="range-custom">
          <label>
            {t('range.from')}
            <input type="datetime-local" name="from" defaultValue={toLocalInput(range.fromMs)} />
          </label>
          <label>
            {t('range.to')}
            <input type="datetime-local" name="to" defaultValue={toLocalInput(range.toMs)} />
          </label>
          <button type="submit">{t('range.apply')}</button>
          {error !== null && <span role="alert">{error}</span>}
        </form>
      )}
    </div>
  );
};
