import { afterAll, describe, expect, it } from 'vitest';

import { createFleet } from '../../fleet/fleet.ts';
import { ORIGIN, T } from '../../test-utils/fixtures.ts';
import { startRecorder } from '../../test-utils/http.ts';
import { logSpecsIn, spanSpecsIn } from './event-specs.ts';
import { createOtlpPipeline } from './pipeline.ts';

/** Everything one fleet sends over OTLP for the hour before T, as the collector receives it. */
const sendOnce = async (url: string) => {
  const fleet = createFleet({ seed: 'otlp', originMs: ORIGIN });
  const pipeline = createOtlpPipeline({ baseUrl: url });
  for (const source of fleet.metricSources.filter((s) => s.isActiveAt(fleet.ctx, T))) {
    await pipeline.exportMetrics(source, source.collect(fleet.ctx, [T - 60_000, T]));
  }
  for (const source of fleet.eventSources) {
    pipeline.emitSpans(source, spanSpecsIn(fleet.ctx, source, T - 3_600_000, T, 20));
    pipeline.emitLogs(source, logSpecsIn(fleet.ctx, source, T - 3_600_000, T, 20));
  }
  await pipeline.flush();
  await pipeline.shutdown();
};

describe('OTLP through the SDK exporters', async () => {
  const collector = await startRecorder(200, '{}');
  afterAll(() => collector.close());

  it('posts protobuf to /v1/metrics, /v1/traces and /v1/logs', async () => {
    await sendOnce(collector.url);
    const paths = new Set(collector.received.map(({ url }) => url));
    expect(paths).toEqual(new Set(['/v1/metrics', '/v1/traces', '/v1/logs']));
    expect(
      collector.received.every(
        ({ headers }) => headers['content-type'] === 'application/x-protobuf',
      ),
    ).toBe(true);
  });

  it('sends byte-identical payloads for the same seed', async () => {
    const first = collector.received
      .splice(0)
      .map(({ url, body }) => `${url}:${body.toString('base64')}`);
    await sendOnce(collector.url);
    const second = collector.received
      .splice(0)
      .map(({ url, body }) => `${url}:${body.toString('base64')}`);
    expect(second.length).toBeGreaterThan(40);
    expect(second.sort()).toEqual(first.sort());
  });
});
