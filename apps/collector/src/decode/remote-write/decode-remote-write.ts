import { createNullMap } from '../null-map.ts';
import { ProtoReader } from '../proto/reader.ts';
import { RejectionCollector } from '../rejections.ts';
import { DecodeError } from '../types.ts';
import type { LabelMap, PromSample, RemoteWriteResult } from '../types.ts';
import { LabelStrings } from './label-strings.ts';
import { findLabelProblem } from './validate-labels.ts';

/**
 * One TimeSeries as read from the wire, reused from series to series. Sample values live in a
 * Float64Array because a JS double array sets the quiet bit of a NaN, which would turn the
 * stale marker 0x7ff0000000000002 into 0x7ff8000000000002.
 */
class SeriesScratch {
  names: (string | null)[] = [];
  values: (string | null)[] = [];
  sampleValues = new Float64Array(16);
  timestamps = new Float64Array(16);
  count = 0;

  reset(): void {
    this.names.length = 0;
    this.values.length = 0;
    this.count = 0;
  }

  addSample(value: number, timestamp: number): void {
    if (this.count === this.sampleValues.length) {
      const values = new Float64Array(this.count * 2);
      values.set(this.sampleValues);
      this.sampleValues = values;
      const timestamps = new Float64Array(this.count * 2);
      timestamps.set(this.timestamps);
      this.timestamps = timestamps;
    }
    this.sampleValues[this.count] = value;
    this.timestamps[this.count] = timestamp;
    this.count++;
  }
}

function readLabel(r: ProtoReader, series: SeriesScratch, strings: LabelStrings): void {
  const outer = r.enter();
  let name: string | null = '';
  let value: string | null = '';
  while (r.pos < r.end) {
    const tag = r.uint32();
    if (tag === 10 || tag === 18) {
      const start = r.delimited();
      if (tag === 10) name = strings.read(start, r.pos);
      else value = strings.read(start, r.pos);
    } else r.skip(tag);
  }
  r.leave(outer);
  series.names.push(name);
  series.values.push(value);
}

function readSample(r: ProtoReader, series: SeriesScratch): void {
  const outer = r.enter();
  let value = 0;
  let timestamp = 0;
  while (r.pos < r.end) {
    const tag = r.uint32();
    // The double is read straight from the bytes, so the stale-marker NaN payload survives.
    if (tag === 9) value = r.double();
    else if (tag === 16) timestamp = r.int64Number();
    else r.skip(tag);
  }
  r.leave(outer);
  series.addSample(value, timestamp);
}

function readTimeSeries(r: ProtoReader, series: SeriesScratch, strings: LabelStrings): void {
  series.reset();
  strings.nextSeries();
  const outer = r.enter();
  while (r.pos < r.end) {
    const tag = r.uint32();
    if (tag === 10) readLabel(r, series, strings);
    else if (tag === 18) readSample(r, series);
    else r.skip(tag);
  }
  r.leave(outer);
}

function buildLabels(series: SeriesScratch): { metricName: string; labels: LabelMap } {
  const labels: LabelMap = createNullMap();
  let metricName = '';
  for (let i = 0; i < series.names.length; i++) {
    const name = series.names[i] ?? '';
    const value = series.values[i] ?? '';
    if (name === '__name__') metricName = value;
    else labels[name] = value;
  }
  return { metricName, labels };
}

function describeSeries(series: SeriesScratch): string {
  const at = series.names.indexOf('__name__');
  const name = at === -1 ? undefined : series.values[at];
  return typeof name === 'string' && name !== '' ? `series ${JSON.stringify(name)}` : 'series';
}

/**
 * Decodes a Prometheus remote-write 1.0 `WriteRequest` (already snappy-decompressed). Series
 * that break the 1.0 label rules are left out and listed in `rejected`, so the receiver can
 * keep the valid ones and still answer 400 as the spec requires; a malformed message fails
 * as a whole. Metadata, exemplars and native histograms are skipped.
 */
export function decodeRemoteWrite(body: Uint8Array): RemoteWriteResult {
  const r = new ProtoReader(body);
  const samples: PromSample[] = [];
  const rejected = new RejectionCollector();
  const series = new SeriesScratch();
  const strings = new LabelStrings(body);
  try {
    while (r.pos < r.end) {
      const tag = r.uint32();
      if (tag !== 10) {
        r.skip(tag);
        continue;
      }
      readTimeSeries(r, series, strings);
      const count = series.count;
      if (count === 0) continue;
      const problem = findLabelProblem(series.names, series.values);
      if (problem !== undefined) {
        rejected.add(`${describeSeries(series)}: ${problem}`, count);
        continue;
      }
      const { metricName, labels } = buildLabels(series);
      for (let i = 0; i < count; i++) {
        samples.push({
          name: metricName,
          labels,
          value: series.sampleValues[i] ?? 0,
          timestampMs: series.timestamps[i] ?? 0,
          family: metricName,
        });
      }
    }
  } catch (err) {
    if (err instanceof DecodeError) throw err;
    throw new DecodeError(`invalid remote-write request: ${String(err)}`);
  }
  return { samples, rejected: rejected.list() };
}
