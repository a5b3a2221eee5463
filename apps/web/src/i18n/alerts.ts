export const alertsMessages = {
  en: {},
  zh: {},
} as const;
