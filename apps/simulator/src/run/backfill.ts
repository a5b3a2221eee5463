import type { Fleet } from '../fleet/fleet.ts';
import { HOUR_MS } from '../fleet/time.ts';
import type { CollectorClient } from './collector-client.ts';
import type { OtlpPipeline } from '../emit/otlp/pipeline.ts';
import type { Logger } from './logger.ts';
import type { Instant, Tier } from './schedule.ts';
import { planInstants } from './schedule.ts';
import type { Sender } from './sender.ts';

/** Instants sent together: OTLP metrics go as one export per source and chunk. */
const CHUNK_MAX_INSTANTS = 48;
const CHUNK_MAX_MS = 12 * HOUR_MS;

const chunksOf = (instants: readonly Instant[]): Instant[][] => {
  const chunks: Instant[][] = [];
  let chunk: Instant[] = [];
  for (const instant of instants) {
    const first = chunk[0];
    if (
      first !== undefined &&
      (chunk.length >= CHUNK_MAX_INSTANTS || instant.t - first.t >= CHUNK_MAX_MS)
    ) {
      chunks.push(chunk);
      chunk = [];
    }
    chunk.push(instant);
  }
  if (chunk.length > 0) chunks.push(chunk);

  return chunks;
};

export type BackfillReport = {
  readonly fromMs: number;
  readonly toMs: number;
  readonly instants: number;
  readonly seconds: number;
  readonly requests: Record<string, number>;
  readonly failures: number;
};

/**
 * Sends the fleet's past through the same ingest APIs, oldest first: per instant one text
 * import per scrape target and one remote-write per pushing node, OTLP metrics as one export
 * per source and chunk (points carry their own time), spans and logs of each step through
 * the SDK, flushed per chunk. `instanceOf` gives each target the instance label its live
 * scrapes will have, so history and live data land on the same series.
 */
export const runBackfill = async ({
  fleet,
  client,
  pipeline,
  sender,
  logger,
  fromMs,
  toMs,
  tiers,
  instanceOf,
  isStopped = () => false,
}: {
  fleet: Fleet;
  client: CollectorClient;
  pipeline: OtlpPipeline;
  sender: Sender;
  logger: Logger;
  fromMs: number;
  toMs: number;
  tiers: readonly Tier[];
  instanceOf: (targetId: string) => string;
  isStopped?: () => boolean;
}): Promise<BackfillReport> => {
  const started = performance.now();
  const instants = planInstants(fromMs, toMs, tiers);
  const chunks = chunksOf(instants);
  logger.info('backfill started', {
    from: new Date(fromMs).toISOString(),
    to: new Date(toMs).toISOString(),
    instants: instants.length,
    chunks: chunks.length,
  });
  let done = 0;
  for (const chunk of chunks) {
    if (isStopped()) break;
    const tasks: Promise<void>[] = [];
    for (const { t, stepMs, eventCap } of chunk) {
      for (const target of fleet.targets)
        tasks.push(client.importTarget(fleet, target, instanceOf(target.id), t));
      for (const node of fleet.remoteWriteNodes) tasks.push(client.remoteWrite(fleet, node, t));
      for (const source of fleet.eventSources)
        client.emitEvents(fleet, source, t - stepMs, t, eventCap);
    }
    const times = chunk.map(({ t }) => t);
    for (const source of fleet.metricSources)
      tasks.push(client.exportMetrics(fleet, source, times));
    await Promise.all([...tasks, pipeline.flush()]);
    done += chunk.length;
    if (done % 240 < chunk.length)
      logger.info('backfill progress', { instants: done, of: instants.length });
  }
  await pipeline.flush();
  const requests = Object.fromEntries(
    Object.entries(sender.stats).map(([protocol, stats]) => [protocol, stats.requests]),
  );
  const report = {
    fromMs,
    toMs,
    instants: done,
    seconds: Math.round((performance.now() - started) / 100) / 10,
    requests,
    failures: Object.values(sender.stats).reduce((sum, stats) => sum + stats.failures, 0),
  };
  logger.info('backfill done', report);

  return report;
};
