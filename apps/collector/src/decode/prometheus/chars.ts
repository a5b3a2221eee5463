/** Character codes and classes shared by the exposition scanners. */
export const TAB = 9;
export const NL = 10;
export const CR = 13;
export const SPACE = 32;
export const QUOTE = 34;
export const HASH = 35;
export const PLUS = 43;
export const COMMA = 44;
export const MINUS = 45;
export const DOT = 46;
export const EQUALS = 61;
export const BACKSLASH = 92;
export const LBRACE = 123;
export const RBRACE = 125;

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** `[a-zA-Z_]`, the first character of a label name. */
export function isLabelNameStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}

/** `[a-zA-Z0-9_]`. */
export function isLabelNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || (c >= 48 && c <= 57);
}

/** `[a-zA-Z_:]`, the first character of a metric name (TF Serving names start with ':'). */
export function isMetricNameStart(c: number): boolean {
  return isLabelNameStart(c) || c === 58;
}

/** `[a-zA-Z0-9_:]`. */
export function isMetricNameChar(c: number): boolean {
  return isLabelNameChar(c) || c === 58;
}

/** Space or tab: the separators the text format allows between tokens. */
export function isBlank(c: number): boolean {
  return c === SPACE || c === TAB;
}

/** Ends a value or timestamp token; NaN is what charCodeAt returns past the end. */
export function isTokenEnd(c: number): boolean {
  return c === SPACE || c === TAB || c === NL || c === CR || c !== c;
}

/** Readable form of a character for error messages. */
export function describeChar(c: number): string {
  if (c !== c) return 'end of input';
  if (c === NL) return 'end of line';
  return JSON.stringify(String.fromCharCode(c));
}

/** An error inside one line; the parser adds the line number and text. */
export class LineError extends Error {
  override name = 'LineError';
}
