export const comparisonMessages = {
  en: {},
  zh: {},
} as const;
