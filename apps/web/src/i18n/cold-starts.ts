export const coldStartsMessages = {
  en: {},
  zh: {},
} as const;
