import type {
  OtlpExponentialHistogramPoint,
  OtlpHistogramPoint,
  OtlpNumberPoint,
  OtlpSummaryPoint,
} from '../types.ts';
import { readJsonAttributes } from './json-common.ts';
import {
  field,
  readArray,
  readDouble,
  readInt32,
  readInt64,
  readObject,
  readUint64,
} from './json-fields.ts';
import type { JsonObject } from './json-fields.ts';
import { ItemError } from './item-error.ts';
import { checkHistogramBuckets } from './validate-points.ts';

function readTimes(point: JsonObject) {
  return {
    attributes: readJsonAttributes(field(point, 'attributes')),
    startTimeUnixNano: readUint64(field(point, 'startTimeUnixNano'), 'startTimeUnixNano'),
    timeUnixNano: readUint64(field(point, 'timeUnixNano'), 'timeUnixNano'),
  };
}

export function readJsonNumberPoint(point: JsonObject): OtlpNumberPoint {
  const asDouble = field(point, 'asDouble');
  const asInt = field(point, 'asInt');
  let value: number | bigint | undefined;
  if (asInt !== undefined && asInt !== null) value = readInt64(asInt, 'asInt');
  else value = readDouble(asDouble, 'asDouble');
  if (value === undefined) throw new ItemError('number data point has neither asDouble nor asInt');
  return { ...readTimes(point), value };
}

function readOptionalDoubles(point: JsonObject) {
  const sum = readDouble(field(point, 'sum'), 'sum');
  const min = readDouble(field(point, 'min'), 'min');
  const max = readDouble(field(point, 'max'), 'max');
  return {
    ...(sum === undefined ? {} : { sum }),
    ...(min === undefined ? {} : { min }),
    ...(max === undefined ? {} : { max }),
  };
}

export function readJsonHistogramPoint(point: JsonObject): OtlpHistogramPoint {
  const result: OtlpHistogramPoint = {
    ...readTimes(point),
    count: readUint64(field(point, 'count'), 'count'),
    ...readOptionalDoubles(point),
    explicitBounds: readArray(field(point, 'explicitBounds'), 'explicitBounds').map(
      (bound) => readDouble(bound, 'explicitBounds[]') ?? 0,
    ),
    bucketCounts: readArray(field(point, 'bucketCounts'), 'bucketCounts').map((count) =>
      readUint64(count, 'bucketCounts[]'),
    ),
  };
  checkHistogramBuckets(result);
  return result;
}

function readBuckets(value: unknown, where: string) {
  const buckets = readObject(value, where);
  if (buckets === undefined) return { offset: 0, bucketCounts: [] };
  return {
    offset: readInt32(field(buckets, 'offset'), `${where}.offset`),
    bucketCounts: readArray(field(buckets, 'bucketCounts'), `${where}.bucketCounts`).map((count) =>
      readUint64(count, `${where}.bucketCounts[]`),
    ),
  };
}

export function readJsonExponentialPoint(point: JsonObject): OtlpExponentialHistogramPoint {
  return {
    ...readTimes(point),
    count: readUint64(field(point, 'count'), 'count'),
    ...readOptionalDoubles(point),
    scale: readInt32(field(point, 'scale'), 'scale'),
    zeroCount: readUint64(field(point, 'zeroCount'), 'zeroCount'),
    positive: readBuckets(field(point, 'positive'), 'positive'),
    negative: readBuckets(field(point, 'negative'), 'negative'),
  };
}

export function readJsonSummaryPoint(point: JsonObject): OtlpSummaryPoint {
  return {
    ...readTimes(point),
    count: readUint64(field(point, 'count'), 'count'),
    sum: readDouble(field(point, 'sum'), 'sum') ?? 0,
    quantileValues: readArray(field(point, 'quantileValues'), 'quantileValues').map((item) => {
      const quantile = readObject(item, 'quantileValues[]') ?? {};
      return {
        quantile: readDouble(field(quantile, 'quantile'), 'quantile') ?? 0,
        value: readDouble(field(quantile, 'value'), 'value') ?? 0,
      };
    }),
  };
}
