/** Shared Prettier settings: single quotes, 100 columns, trailing commas (docs/style.md). */
export default {
  singleQuote: true,
  printWidth: 100,
  trailingComma: 'all',
  arrowParens: 'always',
};
