import { DOT, LineError, MINUS, PLUS, isDigit } from './chars.ts';

/** Powers of ten that are exact doubles: within them one multiply or divide rounds exactly. */
const POW10 = Array.from({ length: 23 }, (_, i) => Number(`1e${i}`));

/** Mantissas up to 15 significant digits stay below 2^53, so they are exact. */
const MAX_FAST_DIGITS = 15;

function parseSpecial(token: string): number | undefined {
  const lower = token.toLowerCase();
  const body = lower.startsWith('+') || lower.startsWith('-') ? lower.slice(1) : lower;
  const sign = lower.startsWith('-') ? -1 : 1;
  if (body === 'inf' || body === 'infinity') return sign * Infinity;
  if (body === 'nan') return Number.NaN;
  return undefined;
}

function invalidFloat(token: string): LineError {
  // Go's ParseFloat takes hex floats and underscores; Prometheus refuses them, and so do we.
  if (/[pPxX_]/.test(token)) return new LineError(`unsupported character in float "${token}"`);
  return new LineError(`invalid float "${token}"`);
}

/**
 * Parses `text[start, end)` with the grammar of Go's ParseFloat for decimals, plus NaN, Inf
 * and Infinity in any case and with a sign. Short decimals are computed exactly in one pass
 * (Clinger's fast path); anything longer goes through Number(), which rounds correctly.
 */
export function parseFloatToken(text: string, start: number, end: number): number {
  let i = start;
  let c = text.charCodeAt(i);
  let negative = false;
  if (c === PLUS || c === MINUS) {
    negative = c === MINUS;
    c = text.charCodeAt(++i);
  }
  if (!isDigit(c) && c !== DOT) {
    const token = text.slice(start, end);
    const special = parseSpecial(token);
    if (special === undefined) throw invalidFloat(token);
    return special;
  }
  let mantissa = 0;
  let significant = 0;
  let exponent = 0;
  let digits = 0;
  while (isDigit(c)) {
    if (mantissa !== 0 || c !== 48) {
      mantissa = mantissa * 10 + (c - 48);
      significant++;
    }
    digits++;
    c = text.charCodeAt(++i);
  }
  if (c === DOT) {
    c = text.charCodeAt(++i);
    while (isDigit(c)) {
      if (mantissa !== 0 || c !== 48) {
        mantissa = mantissa * 10 + (c - 48);
        significant++;
      }
      exponent--;
      digits++;
      c = text.charCodeAt(++i);
    }
  }
  if (digits === 0) throw invalidFloat(text.slice(start, end));
  if (c === 101 || c === 69) {
    c = text.charCodeAt(++i);
    let expNegative = false;
    if (c === PLUS || c === MINUS) {
      expNegative = c === MINUS;
      c = text.charCodeAt(++i);
    }
    if (!isDigit(c)) throw invalidFloat(text.slice(start, end));
    let exp = 0;
    while (isDigit(c)) {
      if (exp < 100000) exp = exp * 10 + (c - 48);
      c = text.charCodeAt(++i);
    }
    exponent += expNegative ? -exp : exp;
  }
  if (i !== end) throw invalidFloat(text.slice(start, end));
  if (significant <= MAX_FAST_DIGITS && exponent >= -22 && exponent <= 22) {
    const value =
      exponent >= 0 ? mantissa * (POW10[exponent] ?? 1) : mantissa / (POW10[-exponent] ?? 1);
    return negative ? -value : value;
  }
  return Number(text.slice(start, end));
}

/** Prometheus text timestamps: integer milliseconds, optionally negative. */
export function parseIntegerTimestamp(text: string, start: number, end: number): number {
  let i = start;
  const negative = text.charCodeAt(i) === MINUS;
  if (negative) i++;
  if (i === end || end - i > MAX_FAST_DIGITS) {
    return parseLongTimestamp(text, start, end);
  }
  let value = 0;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!isDigit(c)) throw new LineError(`invalid timestamp "${text.slice(start, end)}"`);
    value = value * 10 + (c - 48);
  }
  return negative ? -value : value;
}

function parseLongTimestamp(text: string, start: number, end: number): number {
  const token = text.slice(start, end);
  if (!/^-?\d+$/.test(token)) throw new LineError(`invalid timestamp "${token}"`);
  const value = Number(token);
  if (!Number.isSafeInteger(value)) throw new LineError(`timestamp out of range "${token}"`);
  return value;
}

/** OpenMetrics timestamps: seconds, possibly fractional or negative; returned in ms. */
export function parseSecondsTimestamp(text: string, start: number, end: number): number {
  const seconds = parseFloatToken(text, start, end);
  const ms = Math.round(seconds * 1000);
  if (!Number.isSafeInteger(ms)) {
    throw new LineError(`invalid timestamp "${text.slice(start, end)}"`);
  }
  return ms;
}
