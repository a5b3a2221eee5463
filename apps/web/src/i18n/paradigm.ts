export const paradigmMessages = {
  en: {},
  zh: {},
} as const;
