/**
 * Number formatting as each exporter's client library prints it, because the collector must
 * read them all: Go (client_golang: shortest form, exponent from 1e+06), Python
 * (prometheus_client: `3.0`, exponent once there are more than six integer digits) and Java
 * (simpleclient: `Double.toString`, `1.2345E7`).
 */
export type NumberFormat = (value: number) => string;

const special = (value: number): string | undefined => {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Number.POSITIVE_INFINITY) return '+Inf';
  if (value === Number.NEGATIVE_INFINITY) return '-Inf';

  return undefined;
};

/** Splits the shortest round-trip digits: 12345.6 → { digits: '123456', exponent: 4 }. */
const shortest = (value: number): { sign: string; digits: string; exponent: number } => {
  const [mantissa = '0', exponent = '0'] = Math.abs(value).toExponential().split('e');

  return {
    sign: value < 0 ? '-' : '',
    digits: mantissa.replace('.', ''),
    exponent: Number(exponent),
  };
};

const withExponent = (sign: string, digits: string, exponent: number, style: 'go' | 'java') => {
  const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
  if (style === 'java') {
    return `${sign}${mantissa.includes('.') ? mantissa : `${mantissa}.0`}E${exponent}`;
  }
  const magnitude = String(Math.abs(exponent)).padStart(2, '0');

  return `${sign}${mantissa}e${exponent < 0 ? '-' : '+'}${magnitude}`;
};

/** In this range JavaScript's shortest form is fixed notation, as Go's and Python's are. */
const isPlainRange = (value: number): boolean => {
  const magnitude = Math.abs(value);

  return magnitude < 1e6 && (magnitude >= 1e-4 || magnitude === 0);
};

/** Go's strconv.FormatFloat(v, 'g', -1, 64). */
export const formatGo: NumberFormat = (value) => {
  if (isPlainRange(value)) return String(value);
  const known = special(value);
  if (known !== undefined) return known;
  if (value === 0) return '0';
  const { sign, digits, exponent } = shortest(value);
  if (exponent < -4 || exponent >= 6) {
    return withExponent(sign, digits, exponent, 'go');
  }

  return String(value);
};

/** prometheus_client's floatToGoString: Python repr, switching to e+ like Go for big values. */
export const formatPython: NumberFormat = (value) => {
  if (isPlainRange(value)) return Number.isInteger(value) ? `${value}.0` : String(value);
  const known = special(value);
  if (known !== undefined) return known;
  const { sign, digits, exponent } = shortest(value);
  if (value > 0 && exponent >= 6) {
    // The client writes `e+0` and the digits, so 1.7e10 comes out as `1.7e+010`.
    const trimmed = digits.replace(/0+$/, '') || '0';
    const mantissa = trimmed.length > 1 ? `${trimmed[0]}.${trimmed.slice(1)}` : trimmed;

    return `${mantissa}e+0${exponent}`;
  }
  if (exponent < -4) return withExponent(sign, digits, exponent, 'go');

  return Number.isInteger(value) ? `${value}.0` : String(value);
};

/** Java's Double.toString, as the JMX exporter's simpleclient writes it. */
export const formatJava: NumberFormat = (value) => {
  const known = special(value);
  if (known !== undefined) return known;
  if (value === 0) return '0.0';
  const { sign, digits, exponent } = shortest(value);
  if (exponent < -3 || exponent >= 7) return withExponent(sign, digits, exponent, 'java');

  return Number.isInteger(value) ? `${value}.0` : String(value);
};

/** Rust's f64 Display (wasmCloud's and OpenEthereum's prometheus crate): plain digits. */
export const formatRust: NumberFormat = (value) => special(value) ?? String(value);
