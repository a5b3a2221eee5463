import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTestCollector } from '../src/test-utils/collector.ts';
import type { TestCollector } from '../src/test-utils/collector.ts';
import { encodeOtlpGauges } from '../src/test-utils/wire.ts';

/** reliability.md §5c rows 19, 20, 29 and 30: encodings, NUL, cardinality and size limits. */
const MAX_SERIES = 40;

type ImportAnswer = { stored: number; rejected: number; errors: string[] };

describe('limits', () => {
  let collector: TestCollector;
  const importText = async (text: string | Uint8Array, instance: string) => {
    const response = await fetch(
      `${collector.baseUrl}/api/v1/import/prometheus?job=limits&instance=${instance}`,
      { method: 'POST', body: text, headers: { 'content-type': 'text/plain' } },
    );
    return { status: response.status, answer: (await response.json()) as ImportAnswer };
  };
  const gpuLine = (uuid: string, extra = '') =>
    `DCGM_FI_DEV_GPU_UTIL{gpu="0",UUID="${uuid}"${extra}} 50`;

  beforeAll(async () => {
    collector = await startTestCollector({ FLEETLENS_MAX_SERIES: String(MAX_SERIES) });
  });
  afterAll(async () => {
    await collector.close();
  });

  it('#19 answers invalid UTF-8 in a text body and in a protobuf string with 400', async () => {
    const bytes = new TextEncoder().encode(gpuLine('GPU-x'));
    bytes[bytes.indexOf(0x78)] = 0xff;
    const text = await importText(bytes, 'utf8');
    const proto = encodeOtlpGauges({ 'service.name': 'svc' }, [
      { name: 'gpu', value: 1, timeUnixNano: BigInt(Date.now()) * 1_000_000n },
    ]);
    proto[proto.indexOf(0x73)] = 0xc3; // 's' of service.name → a lone UTF-8 lead byte
    const otlp = await fetch(`${collector.baseUrl}/v1/metrics`, {
      method: 'POST',
      body: proto,
      headers: { 'content-type': 'application/x-protobuf' },
    });

    expect(text.status).toBe(400);
    expect(otlp.status).toBe(400);
  });

  it('#20 refuses a NUL character in a label value per item and keeps the rest', async () => {
    const { status, answer } = await importText(
      [gpuLine('GPU-nul-ok'), 'DCGM_FI_DEV_GPU_UTIL{gpu="1",UUID="GPU-\u0000nul"} 50', ''].join(
        '\n',
      ),
      'nul',
    );

    expect(status).toBe(400);
    expect(answer).toMatchObject({ stored: 1, rejected: 1 });
    expect(answer.errors.join(' ')).toMatch(/NUL/);
  });

  it('#30 refuses a 1 MB label value, 1000 labels and a 10 KB metric name', async () => {
    const manyLabels = Array.from({ length: 1000 }, (_, index) => `,l${index}="v"`).join('');
    const { status, answer } = await importText(
      [
        gpuLine('GPU-big-ok'),
        gpuLine('x'.repeat(1024 * 1024)),
        gpuLine('GPU-many', manyLabels),
        `${'m'.repeat(10 * 1024)}{a="b"} 1`,
        '',
      ].join('\n'),
      'big',
    );

    expect(status).toBe(400);
    expect(answer.stored).toBe(1);
    expect(answer.rejected).toBeGreaterThanOrEqual(2);
  });

  it('#29 refuses new series beyond the limit while existing series keep flowing', async () => {
    const lines = (from: number, to: number) =>
      Array.from({ length: to - from }, (_, index) => gpuLine(`GPU-card-${from + index}`)).join(
        '\n',
      );
    const first = await importText(`${lines(0, 10)}\n`, 'card-a');
    const flood = await importText(`${lines(10, 200)}\n`, 'card-b');
    const again = await importText(`${lines(0, 10)}\n`, 'card-a');

    expect(first.answer.stored).toBe(10);
    expect(flood.status).toBe(400);
    expect(flood.answer.errors.join(' ')).toMatch(/series limit/);
    expect(flood.answer.stored).toBeLessThan(190);
    expect(again.status).toBe(200);
    const series = await fetch(`${collector.baseUrl}/api/v1/series?limit=10000`);
    const count = ((await series.json()) as { series: unknown[] }).series.length;
    expect(count).toBeLessThanOrEqual(MAX_SERIES + 200);
  });
});
