import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTestCollector } from '../src/test-utils/collector.ts';
import type { TestCollector } from '../src/test-utils/collector.ts';
import { encodeWriteRequest, snappyBlock } from '../src/test-utils/wire.ts';
import type { WriteSeries } from '../src/test-utils/wire.ts';

/** reliability.md §5c rows 8–10, 23–28 for Prometheus remote-write 1.0 over real HTTP. */
const HEADERS = {
  'content-type': 'application/x-protobuf',
  'content-encoding': 'snappy',
  'x-prometheus-remote-write-version': '0.1.0',
};
const STALE_NAN = new Float64Array(new BigUint64Array([0x7ff0000000000002n]).buffer)[0] ?? NaN;

const gpuSeries = (uuid: string, value: number, timestampMs: number): WriteSeries => ({
  labels: [
    ['Hostname', 'edge-gpu'],
    ['UUID', uuid],
    ['__name__', 'DCGM_FI_DEV_GPU_UTIL'],
    ['gpu', '0'],
    ['instance', 'edge-gpu:9400'],
    ['job', 'dcgm'],
  ],
  samples: [{ value, timestampMs }],
});

type SeriesAnswer = {
  series: {
    labels: Record<string, string>;
    latest: { value: number | string; stale: boolean; timestampMs: number } | null;
  }[];
};

describe('remote-write bad inputs', () => {
  let collector: TestCollector;
  const write = (series: WriteSeries[], headers: Record<string, string> = HEADERS) =>
    fetch(`${collector.baseUrl}/api/v1/write`, {
      method: 'POST',
      headers,
      body: snappyBlock(encodeWriteRequest(series)),
    });
  const latestOf = async (uuid: string) => {
    const response = await fetch(
      `${collector.baseUrl}/api/v1/series?kpi=gpu_utilization_ratio&gpu=${uuid}`,
    );
    return ((await response.json()) as SeriesAnswer).series[0]?.latest ?? null;
  };

  beforeAll(async () => {
    collector = await startTestCollector();
  });
  afterAll(async () => {
    await collector.close();
  });

  it('stores a valid write and answers 204', async () => {
    const response = await write([gpuSeries('GPU-ok', 87, Date.now())]);

    expect(response.status).toBe(204);
    expect((await latestOf('GPU-ok'))?.value).toBeCloseTo(0.87, 12);
  });

  it('#8 refuses a remote-write 2.0 body by its Content-Type with 415', async () => {
    const response = await write([gpuSeries('GPU-v2', 1, Date.now())], {
      ...HEADERS,
      'content-type': 'application/x-protobuf;proto=io.prometheus.write.v2.Request',
    });

    expect(response.status).toBe(415);
    expect(await latestOf('GPU-v2')).toBeNull();
  });

  it('#9 answers framed snappy or a body that is not snappy with 400', async () => {
    const framed = new Uint8Array([0xff, 0x06, 0x00, 0x00, 0x73, 0x4e, 0x61, 0x50, 0x70, 0x59]);
    for (const body of [framed, new TextEncoder().encode('plain text, not snappy')]) {
      const response = await fetch(`${collector.baseUrl}/api/v1/write`, {
        method: 'POST',
        headers: HEADERS,
        body,
      });
      expect(response.status).toBe(400);
    }
  });

  it.each([
    [
      'unsorted labels',
      [
        ['job', 'dcgm'],
        ['__name__', 'DCGM_FI_DEV_GPU_UTIL'],
        ['UUID', 'GPU-u'],
      ],
    ],
    [
      'a duplicate label name',
      [
        ['UUID', 'GPU-d'],
        ['UUID', 'GPU-e'],
        ['__name__', 'DCGM_FI_DEV_GPU_UTIL'],
      ],
    ],
    [
      'an empty label value',
      [
        ['UUID', ''],
        ['__name__', 'DCGM_FI_DEV_GPU_UTIL'],
      ],
    ],
    [
      'no __name__',
      [
        ['UUID', 'GPU-n'],
        ['gpu', '0'],
      ],
    ],
  ] as [string, [string, string][]][])(
    '#10 answers %s with 400 and keeps the valid series',
    async (_case, labels) => {
      const good = gpuSeries(`GPU-good-${labels.length}-${labels[0]?.[0]}`, 50, Date.now());
      const response = await write([
        good,
        { labels, samples: [{ value: 1, timestampMs: Date.now() }] },
      ]);

      expect(response.status).toBe(400);
      expect(await response.text()).not.toBe('');
      expect((await latestOf(good.labels[1]?.[1] ?? ''))?.value).toBeCloseTo(0.5, 12);
    },
  );

  it('#23 stores NaN, +Inf and -Inf and reads them back exactly', async () => {
    const now = Date.now();
    await write([gpuSeries('GPU-nan', NaN, now), gpuSeries('GPU-inf', Infinity, now)]);
    await write([gpuSeries('GPU-ninf', -Infinity, now)]);

    expect((await latestOf('GPU-nan'))?.value).toBe('NaN');
    expect((await latestOf('GPU-inf'))?.value).toBe('+Inf');
    expect((await latestOf('GPU-ninf'))?.value).toBe('-Inf');
  });

  it('#24 keeps the stale marker distinct from an ordinary NaN', async () => {
    const now = Date.now();
    await write([gpuSeries('GPU-stale', 10, now - 1000)]);
    const response = await write([gpuSeries('GPU-stale', STALE_NAN, now)]);

    expect(response.status).toBe(204);
    expect(await latestOf('GPU-stale')).toMatchObject({ value: 'NaN', stale: true });
    expect(await latestOf('GPU-nan')).toMatchObject({ value: 'NaN', stale: false });
  });

  it('#25 refuses a sample an hour in the future, #26 one older than the backfill window', async () => {
    const future = await write([gpuSeries('GPU-future', 1, Date.now() + 3_600_000)]);
    const past = await write([gpuSeries('GPU-past', 1, Date.now() - 200 * 86_400_000)]);
    const epoch = await write([gpuSeries('GPU-zero', 1, 0)]);

    expect([future.status, past.status, epoch.status]).toEqual([400, 400, 400]);
    expect(await future.text()).toMatch(/future/);
    expect(await past.text()).toMatch(/older/);
    expect(await latestOf('GPU-future')).toBeNull();
    expect(await latestOf('GPU-past')).toBeNull();
  });

  it('#27 accepts an out-of-order sample inside the backfill window', async () => {
    const now = Date.now();
    await write([gpuSeries('GPU-ooo', 20, now)]);
    const response = await write([gpuSeries('GPU-ooo', 10, now - 60_000)]);

    expect(response.status).toBe(204);
    expect((await latestOf('GPU-ooo'))?.value).toBeCloseTo(0.2, 12);
  });

  it('#28 accepts an identical retry as a no-op and refuses a different value', async () => {
    const now = Date.now();
    const first = await write([gpuSeries('GPU-dup', 30, now)]);
    const retry = await write([gpuSeries('GPU-dup', 30, now)]);
    const different = await write([gpuSeries('GPU-dup', 31, now)]);

    expect([first.status, retry.status, different.status]).toEqual([204, 204, 400]);
    expect(await different.text()).toMatch(/different value/);
    expect((await latestOf('GPU-dup'))?.value).toBeCloseTo(0.3, 12);
  });
});
