export const referenceMessages = {
  en: {},
  zh: {},
} as const;
