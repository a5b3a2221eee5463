import protobuf from 'protobufjs';
import { compress } from 'snappyjs';
import { describe, expect, it } from 'vitest';

import { decompress } from '../body/decompress.ts';
import { STALE_NAN, STALE_NAN_BITS, float64Bits, isStaleNaN } from '../prometheus/stale.ts';
import { DecodeError } from '../types.ts';
import { decodeRemoteWrite } from './decode-remote-write.ts';

type Label = [name: string | Uint8Array, value: string | Uint8Array];
/** Samples are objects, not tuples: a JS double array would set the stale NaN's quiet bit. */
type Series = { labels: Label[]; samples: { value: number; ts: number }[] };

function writeString(w: protobuf.Writer, tag: number, text: string | Uint8Array): void {
  if (typeof text === 'string') w.uint32(tag).string(text);
  else w.uint32(tag).bytes(text);
}

/** prometheus.WriteRequest as Prometheus sends it, snappy block-compressed. */
function encodeWriteRequest(series: Series[], withExtras = false): Uint8Array {
  const w = protobuf.Writer.create();
  for (const s of series) {
    w.uint32(10).fork();
    for (const [name, value] of s.labels) {
      w.uint32(10).fork();
      writeString(w, 10, name);
      writeString(w, 18, value);
      w.ldelim();
    }
    for (const { value, ts } of s.samples) {
      w.uint32(18).fork().uint32(9).double(value).uint32(16).int64(ts).ldelim();
    }
    // exemplars (3) and native histograms (4) are not ours to decode
    if (withExtras) w.uint32(26).fork().uint32(18).fork().ldelim().ldelim();
    if (withExtras) w.uint32(34).fork().uint32(8).uint64(5).ldelim();
    w.ldelim();
  }
  if (withExtras) {
    // metadata (3): type, metric_family_name, help, unit
    w.uint32(26).fork().uint32(8).int32(1).uint32(18).string('up').ldelim();
  }
  return compress(w.finish());
}

const decodeSnappy = (body: Uint8Array) => decodeRemoteWrite(decompress(body, 'snappy', 1 << 20));

const upSeries: Series = {
  labels: [
    ['__name__', 'up'],
    ['instance', 'node-1:9100'],
    ['job', 'node'],
  ],
  samples: [
    { value: 1, ts: 1700000000000 },
    { value: 0, ts: 1700000015000 },
  ],
};

describe('decodeRemoteWrite', () => {
  it('decodes series, labels and samples', () => {
    const vllm: Series = {
      labels: [
        ['__name__', 'vllm:num_requests_running'],
        ['model_name', 'llama'],
      ],
      samples: [{ value: 3, ts: 1700000000123 }],
    };
    const { samples, rejected } = decodeSnappy(encodeWriteRequest([upSeries, vllm], true));
    expect(rejected).toEqual([]);
    expect(samples).toEqual([
      {
        name: 'up',
        labels: { instance: 'node-1:9100', job: 'node' },
        value: 1,
        timestampMs: 1700000000000,
        family: 'up',
      },
      {
        name: 'up',
        labels: { instance: 'node-1:9100', job: 'node' },
        value: 0,
        timestampMs: 1700000015000,
        family: 'up',
      },
      {
        name: 'vllm:num_requests_running',
        labels: { model_name: 'llama' },
        value: 3,
        timestampMs: 1700000000123,
        family: 'vllm:num_requests_running',
      },
    ]);
    expect(Object.getPrototypeOf(samples[0]?.labels)).toBeNull();
    expect(samples[0]?.labels).toBe(samples[1]?.labels);
  });

  it('keeps the stale marker bit pattern, distinct from an ordinary NaN', () => {
    const series: Series = {
      labels: [['__name__', 'up']],
      samples: [
        { value: STALE_NAN, ts: 1000 },
        { value: Number.NaN, ts: 2000 },
        { value: -Infinity, ts: 3000 },
      ],
    };
    const { samples } = decodeSnappy(encodeWriteRequest([series]));
    const stale = samples[0]?.value ?? 0;
    const nan = samples[1]?.value ?? 0;
    expect(float64Bits(stale)).toBe(STALE_NAN_BITS);
    expect(isStaleNaN(stale)).toBe(true);
    expect(nan).toBeNaN();
    expect(isStaleNaN(nan)).toBe(false);
    expect(samples[2]?.value).toBe(-Infinity);
  });

  it('reads negative and zero timestamps', () => {
    const series: Series = {
      labels: [['__name__', 'x']],
      samples: [
        { value: 1, ts: -1500 },
        { value: 2, ts: 0 },
      ],
    };
    const { samples } = decodeSnappy(encodeWriteRequest([series]));
    expect(samples.map((s) => s.timestampMs)).toEqual([-1500, 0]);
  });

  it.each<[string, Label[], RegExp]>([
    [
      'unsorted labels',
      [
        ['__name__', 'up'],
        ['job', 'a'],
        ['instance', 'b'],
      ],
      /labels not sorted: "instance" after "job"/,
    ],
    [
      'no __name__',
      [
        ['instance', 'b'],
        ['job', 'a'],
      ],
      /missing __name__ label/,
    ],
    [
      'a duplicate name',
      [
        ['__name__', 'up'],
        ['job', 'a'],
        ['job', 'b'],
      ],
      /duplicate label name "job"/,
    ],
    [
      'an empty value',
      [
        ['__name__', 'up'],
        ['job', ''],
      ],
      /empty value for label "job"/,
    ],
    [
      'an empty name',
      [
        ['', 'x'],
        ['__name__', 'up'],
      ],
      /empty label name/,
    ],
    [
      'an invalid name',
      [
        ['__name__', 'up'],
        ['kube-pod', 'x'],
      ],
      /invalid label name "kube-pod"/,
    ],
    [
      'a colon in a label name',
      [
        ['__name__', 'up'],
        ['a:b', 'x'],
      ],
      /invalid label name "a:b"/,
    ],
    ['an invalid metric name', [['__name__', '1up']], /invalid metric name "1up"/],
    [
      'invalid UTF-8',
      [
        ['__name__', 'up'],
        ['job', new Uint8Array([0x61, 0xff])],
      ],
      /value of label "job" is not valid UTF-8/,
    ],
  ])('rejects a series with %s and keeps the others', (_, labels, reason) => {
    const bad: Series = {
      labels,
      samples: [
        { value: 1, ts: 1000 },
        { value: 2, ts: 2000 },
      ],
    };
    const { samples, rejected } = decodeSnappy(encodeWriteRequest([upSeries, bad, upSeries]));
    expect(samples).toHaveLength(4);
    expect(rejected).toHaveLength(1);
    expect(rejected[0]?.count).toBe(2);
    expect(rejected[0]?.reason).toMatch(reason);
  });

  it('names the metric in the rejection', () => {
    const bad: Series = {
      labels: [
        ['__name__', 'up'],
        ['z', '1'],
        ['a', '2'],
      ],
      samples: [{ value: 1, ts: 1 }],
    };
    expect(decodeSnappy(encodeWriteRequest([bad])).rejected[0]?.reason).toMatch(/^series "up": /);
  });

  it('decodes an empty request to no samples', () => {
    expect(decodeRemoteWrite(new Uint8Array(0))).toEqual({ samples: [], rejected: [] });
  });

  it('fails a truncated body with a 400 at every cut point', () => {
    const body = decompress(encodeWriteRequest([upSeries, upSeries]), 'snappy', 1 << 20);
    let failures = 0;
    for (let cut = 1; cut < body.length; cut++) {
      try {
        decodeRemoteWrite(body.subarray(0, cut));
      } catch (err) {
        expect(err).toBeInstanceOf(DecodeError);
        expect((err as DecodeError).status).toBe(400);
        failures++;
      }
    }
    // Only the cut between the two series leaves a complete message.
    expect(failures).toBe(body.length - 2);
  });

  it('never throws anything but DecodeError on random bytes', () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return seed >>> 24;
    };
    for (let round = 0; round < 500; round++) {
      const junk = Uint8Array.from({ length: 1 + (round % 64) }, random);
      try {
        decodeRemoteWrite(junk);
      } catch (err) {
        expect(err).toBeInstanceOf(DecodeError);
      }
    }
  });
});
