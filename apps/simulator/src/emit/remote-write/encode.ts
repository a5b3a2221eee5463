import { Writer } from 'protobufjs';
import { compress } from 'snappyjs';

/** A series as remote-write carries it: labels (with `__name__`) and samples. */
export type WriteSeries = {
  readonly labels: readonly (readonly [string, string])[];
  readonly samples: readonly { readonly value: number; readonly timestampMs: number }[];
};

const byName = (a: readonly [string, string], b: readonly [string, string]): number =>
  a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;

/**
 * `prometheus.WriteRequest` (remote-write 1.0): timeseries = 1 { labels = 1 { name = 1,
 * value = 2 }, samples = 2 { value = 1 double, timestamp = 2 int64 ms } }, labels sorted by
 * name as the spec requires.
 * @see https://prometheus.io/docs/specs/prw/remote_write_spec/
 */
export const encodeWriteRequest = (series: readonly WriteSeries[]): Uint8Array => {
  const writer = Writer.create();
  for (const { labels, samples } of series) {
    writer.uint32((1 << 3) | 2).fork();
    for (const [name, value] of [...labels].sort(byName)) {
      writer
        .uint32((1 << 3) | 2)
        .fork()
        .uint32((1 << 3) | 2)
        .string(name)
        .uint32((2 << 3) | 2)
        .string(value)
        .ldelim();
    }
    for (const sample of samples) {
      writer
        .uint32((2 << 3) | 2)
        .fork()
        .uint32((1 << 3) | 1)
        .double(sample.value)
        .uint32(2 << 3)
        .int64(sample.timestampMs)
        .ldelim();
    }
    writer.ldelim();
  }

  return writer.finish();
};

/** Snappy block format (not framed), as remote-write senders compress. */
export const compressBlock = (bytes: Uint8Array): Uint8Array => compress(bytes);

export const REMOTE_WRITE_HEADERS = {
  'content-encoding': 'snappy',
  'content-type': 'application/x-protobuf',
  'x-prometheus-remote-write-version': '0.1.0',
} as const;
