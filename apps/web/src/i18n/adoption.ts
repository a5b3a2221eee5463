export const adoptionMessages = {
  en: {},
  zh: {},
} as const;
