import { adoptionMessages } from './adoption.ts';
import { alertsMessages } from './alerts.ts';
import { coldStartsMessages } from './cold-starts.ts';
import { common } from './common.ts';
import { comparisonMessages } from './comparison.ts';
import { overview } from './overview.ts';
import { paradigmMessages } from './paradigm.ts';
import { referenceMessages } from './reference.ts';

export const LOCALES = ['en', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (LOCALES as readonly string[]).includes(value);

const parts = [
  common,
  overview,
  paradigmMessages,
  coldStartsMessages,
  comparisonMessages,
  referenceMessages,
  adoptionMessages,
  alertsMessages,
];

/** Every view's strings merged; a key missing in Chinese falls back to English. */
export const MESSAGES: Record<Locale, Record<string, string>> = {
  en: Object.assign({}, ...parts.map((part) => part.en)) as Record<string, string>,
  zh: Object.assign({}, ...parts.map((part) => part.zh)) as Record<string, string>,
};

export const translate = (locale: Locale, key: string, vars?: Record<string, string | number>) => {
  const template = MESSAGES[locale][key] ?? MESSAGES.en[key] ?? key;
  return vars === undefined
    ? template
    : template.replace(/\{(\w+)\}/g, (whole, name: string) => String(vars[name] ?? whole));
};
