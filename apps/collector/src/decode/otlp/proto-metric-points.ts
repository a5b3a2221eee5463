import type { ProtoReader } from '../proto/reader.ts';
import type {
  OtlpExponentialHistogramPoint,
  OtlpHistogramPoint,
  OtlpNumberPoint,
  OtlpSummaryPoint,
} from '../types.ts';
import { ItemError } from './item-error.ts';
import { createAttributes, readKeyValue } from './proto-common.ts';
import { checkHistogramBuckets } from './validate-points.ts';

/** metrics.v1.NumberDataPoint; a point with neither asDouble nor asInt is refused. */
export function readNumberPoint(r: ProtoReader): OtlpNumberPoint {
  const attributes = createAttributes();
  let startTimeUnixNano = 0n;
  let timeUnixNano = 0n;
  let value: number | bigint | undefined;
  const outer = r.enter();
  while (r.pos < r.end) {
    const tag = r.uint32();
    if (tag === 58) readKeyValue(r, attributes);
    else if (tag === 17) startTimeUnixNano = r.fixed64();
    else if (tag === 25) timeUnixNano = r.fixed64();
    else if (tag === 33) value = r.double();
    else if (tag === 49) value = r.sfixed64();
    else r.skip(tag);
  }
  r.leave(outer);
  if (value === undefined) throw new ItemError('number data point has neither asDouble nor asInt');
  return { attributes, startTimeUnixNano, timeUnixNano, value };
}

/** metrics.v1.HistogramDataPoint; bucket counts and bounds may come packed or not. */
export function readHistogramPoint(r: ProtoReader): OtlpHistogramPoint {
  const point: OtlpHistogramPoint = {
    attributes: createAttributes(),
    startTimeUnixNano: 0n,
    timeUnixNano: 0n,
    count: 0n,
    explicitBounds: [],
    bucketCounts: [],
  };
  const outer = r.enter();
  while (r.pos < r.end) {
    const tag = r.uint32();
    if (tag === 74) readKeyValue(r, point.attributes);
    else if (tag === 17) point.startTimeUnixNano = r.fixed64();
    else if (tag === 25) point.timeUnixNano = r.fixed64();
    else if (tag === 33) point.count = r.fixed64();
    else if (tag === 41) point.sum = r.double();
    else if (tag === 50 || tag === 49) r.fixed64s(tag, point.bucketCounts);
    else if (tag === 58 || tag === 57) r.doubles(tag, point.explicitBounds);
    else if (tag === 89) point.min = r.double();
    else if (tag === 97) point.max = r.double();
    else r.skip(tag);
  }
  r.leave(outer);
  checkHistogramBuckets(point);
  return point;
}

function readBuckets(r: ProtoReader): { offset: number; bucketCounts: bigint[] } {
  const buckets = { offset: 0, bucketCounts: [] as bigint[] };
  const outer = r.enter();
  while (r.pos < r.end) {
    const tag = r.uint32();
    if (tag === 8) buckets.offset = r.sint32();
    else if (tag === 18 || tag === 16) r.uint64s(tag, buckets.bucketCounts);
    else r.skip(tag);
  }
  r.leave(outer);
  return buckets;
}

/** metrics.v1.ExponentialHistogramDataPoint. */
export function readExponentialPoint(r: ProtoReader): OtlpExponentialHistogramPoint {
  const point: OtlpExponentialHistogramPoint = {
    attributes: createAttributes(),
    startTimeUnixNano: 0n,
    timeUnixNano: 0n,
    count: 0n,
    scale: 0,
    zeroCount: 0n,
    positive: { offset: 0, bucketCounts: [] },
    negative: { offset: 0, bucketCounts: [] },
  };
  const outer = r.enter();
  while (r.pos < r.end) {
    const tag = r.uint32();
    if (tag === 10) readKeyValue(r, point.attributes);
    else if (tag === 17) point.startTimeUnixNano = r.fixed64();
    else if (tag === 25) point.timeUnixNano = r.fixed64();
    else if (tag === 33) point.count = r.fixed64();
    else if (tag === 41) point.sum = r.double();
    else if (tag === 48) point.scale = r.sint32();
    else if (tag === 57) point.zeroCount = r.fixed64();
    else if (tag === 66) point.positive = readBuckets(r);
    else if (tag === 74) point.negative = readBuckets(r);
    else if (tag === 97) point.min = r.double();
    else if (tag === 105) point.max = r.double();
    else r.skip(tag);
  }
  r.leave(outer);
  return point;
}

function readQuantile(r: ProtoReader): { quantile: number; value: number } {
  const result = { quantile: 0, value: 0 };
  const outer = r.enter();
  while (r.pos < r.end) {
    const tag = r.uint32();
    if (tag === 9) result.quantile = r.double();
    else if (tag === 17) result.value = r.double();
    else r.skip(tag);
  }
  r.leave(outer);
  return result;
}

/** metrics.v1.SummaryDataPoint. */
export function readSummaryPoint(r: ProtoReader): OtlpSummaryPoint {
  const point: OtlpSummaryPoint = {
    attributes: createAttributes(),
    startTimeUnixNano: 0n,
    timeUnixNano: 0n,
    count: 0n,
    sum: 0,
    quantileValues: [],
  };
  const outer = r.enter();
  while (r.pos < r.end) {
    const tag = r.uint32();
    if (tag === 58) readKeyValue(r, point.attributes);
    else if (tag === 17) point.startTimeUnixNano = r.fixed64();
    else if (tag === 25) point.timeUnixNano = r.fixed64();
    else if (tag === 33) point.count = r.fixed64();
    else if (tag === 41) point.sum = r.double();
    else if (tag === 50) point.quantileValues.push(readQuantile(r));
    else r.skip(tag);
  }
  r.leave(outer);
  return point;
}
