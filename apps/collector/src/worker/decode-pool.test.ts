import { afterAll, describe, expect, it } from 'vitest';

import { DecodeError } from '../decode/types.ts';
import { DEFAULT_LABEL_LIMITS } from '../ingest/validate.ts';
import { createSilentLogger } from '../logger.ts';
import { HttpError } from '../server/http-error.ts';
import { createDecodePool } from './decode-pool.ts';
import type { DecodeTask } from './decode-task.ts';
import { openWireBatch } from './wire-batch.ts';

const NOW_NS = 1_714_564_800_000_000_000n;

const textTask = (text: string | Uint8Array): DecodeTask => ({
  kind: 'prometheus-text',
  body: typeof text === 'string' ? Buffer.from(text) : text,
  maxBodyBytes: 1024,
  contentEncoding: undefined,
  format: 'prometheus',
  defaultTimestampMs: Number(NOW_NS / 1_000_000n),
  extraLabels: [['cluster', 'eu-1']],
  context: { tenant: 'default', source: 'import', job: 'node', receivedAtNs: NOW_NS },
  limits: {
    nowNs: NOW_NS,
    maxFutureNs: 600_000_000_000n,
    maxAgeNs: 86_400_000_000_000n,
    ...DEFAULT_LABEL_LIMITS,
  },
});

const GPU = 'DCGM_FI_DEV_GPU_UTIL{gpu="0",UUID="GPU-1",Hostname="n1"} 42\n';

describe('createDecodePool', () => {
  const pool = createDecodePool({ size: 1, maxPendingBytes: 4096, logger: createSilentLogger() });
  afterAll(() => pool.close());

  it('decodes, normalizes and validates on a worker thread', async () => {
    const [first, second] = await Promise.all([
      pool.decode(textTask(GPU)),
      pool.decode(textTask(`${GPU}nothing_maps_here 1\n`)),
    ]);
    const view = openWireBatch(first?.batch ?? second?.batch ?? expect.fail('no answer'));

    expect(first).toMatchObject({ parsed: 1, mapped: 1 });
    expect(second).toMatchObject({ parsed: 2, mapped: 1 });
    expect(view.kpiOf(0)).toBe('gpu_utilization_ratio');
    expect(view.columns.sampleValues[0]).toBeCloseTo(0.42);
    expect(view.resource(0)).toMatchObject({ cluster: 'eu-1', node: 'n1' });
    expect(openWireBatch(second?.batch ?? expect.fail()).unmapped()).toEqual([
      { source: 'node', family: 'nothing_maps_here', count: 1 },
    ]);
  });

  it('rejects with the errors decoding on this thread would throw', async () => {
    const parse = await pool.decode(textTask('metric{ 1\n')).catch((error: unknown) => error);
    const utf8 = await pool
      .decode(textTask(Uint8Array.from([0x61, 0x20, 0xff, 0x0a])))
      .catch((error: unknown) => error);
    const large = await pool
      .decode({ ...textTask(GPU), maxBodyBytes: 8 })
      .catch((error: unknown) => error);

    expect(parse).toBeInstanceOf(DecodeError);
    expect(parse).toMatchObject({ status: 400 });
    expect((parse as DecodeError).message).toMatch(/^line 1: /);
    expect(utf8).toBeInstanceOf(TypeError);
    expect(large).toMatchObject({ status: 413 });
  });

  it('answers 503 when more bytes wait for decoding than the bound', async () => {
    const body = 'x'.repeat(3000);
    const results = await Promise.allSettled([
      pool.decode(textTask(`${body}\n`)),
      pool.decode(textTask(`${body}\n`)),
    ]);

    expect(results[1]).toMatchObject({ status: 'rejected', reason: { status: 503 } });
    expect((results[1] as PromiseRejectedResult).reason).toBeInstanceOf(HttpError);
  });

  it('decodes on the calling thread with size 0', async () => {
    const inline = createDecodePool({ size: 0, maxPendingBytes: 0, logger: createSilentLogger() });

    await expect(inline.decode(textTask(GPU))).resolves.toMatchObject({ parsed: 1 });
    await inline.close();
  });
});
