/**
 * Unit conversions the real exporters force on us (µs in Triton, ms in Knative ≤1.18 and
 * Lambda, ns in geth and wasmCloud, MiB in DCGM, mJ in DCGM energy, percent in DCGM). KPIs
 * are stored in base units only: seconds, bytes, joules, ratio.
 *
 * Scaling divides where the factor is a power of ten below one, because `x / 1000` is the
 * correctly rounded quotient while `x * 0.001` rounds twice (287.33 ms must be 0.28733 s).
 */
export type Conversion =
  | 'none'
  | 'nanoseconds'
  | 'microseconds'
  | 'milliseconds'
  | 'kilobytes'
  | 'kibibytes'
  | 'megabytes'
  | 'mebibytes'
  | 'millijoules'
  | 'percent';

type Scale = { multiply: number } | { divide: number };

const SCALES: Record<Conversion, Scale> = {
  none: { multiply: 1 },
  nanoseconds: { divide: 1e9 },
  microseconds: { divide: 1e6 },
  milliseconds: { divide: 1e3 },
  kilobytes: { multiply: 1e3 },
  kibibytes: { multiply: 1024 },
  megabytes: { multiply: 1e6 },
  mebibytes: { multiply: 1_048_576 },
  millijoules: { divide: 1e3 },
  percent: { divide: 100 },
};

export const convertValue = (value: number, conversion: Conversion): number => {
  const scale = SCALES[conversion];

  return 'divide' in scale ? value / scale.divide : value * scale.multiply;
};

/** Bucket bounds and quantile values scale like the values; ±Infinity stays as it is. */
export const convertValues = (values: readonly number[], conversion: Conversion): number[] =>
  conversion === 'none' ? [...values] : values.map((value) => convertValue(value, conversion));

/**
 * OTLP metrics declare a unit (UCUM, sometimes free text such as wasmCloud's "nanoseconds").
 * A declared unit wins over the rule's conversion, so a sender that already converted (the
 * Lambda extension reports `aws.lambda.maxMemoryUsedMB` in By) is not converted twice.
 * Returns undefined for units that say nothing usable ('' or unknown text).
 * @see https://ucum.org/ucum
 */
const UNIT_CONVERSIONS: ReadonlyMap<string, Conversion> = new Map([
  ['s', 'none'],
  ['ns', 'nanoseconds'],
  ['nanoseconds', 'nanoseconds'],
  ['us', 'microseconds'],
  ['\u00b5s', 'microseconds'],
  ['\u03bcs', 'microseconds'],
  ['microseconds', 'microseconds'],
  ['ms', 'milliseconds'],
  ['milliseconds', 'milliseconds'],
  ['By', 'none'],
  ['bytes', 'none'],
  ['kBy', 'kilobytes'],
  ['KiBy', 'kibibytes'],
  ['MBy', 'megabytes'],
  ['MiBy', 'mebibytes'],
  ['J', 'none'],
  ['mJ', 'millijoules'],
  ['%', 'percent'],
  ['1', 'none'],
]);

export const findConversionForUnit = (unit: string): Conversion | undefined => {
  // `{request}`, `{coldstart}`: UCUM annotations of a dimensionless count.
  if (unit.startsWith('{') && unit.endsWith('}')) return 'none';

  return UNIT_CONVERSIONS.get(unit);
};
