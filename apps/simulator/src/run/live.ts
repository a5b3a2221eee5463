import type { OtlpPipeline } from '../emit/otlp/pipeline.ts';
import type { Fleet } from '../fleet/fleet.ts';
import { alignDown } from '../fleet/time.ts';
import type { CollectorClient } from './collector-client.ts';
import type { Logger } from './logger.ts';

/** Spans and REPORT lines per source and push: a sampled trace stream, as most setups keep. */
const LIVE_EVENT_CAP = 25;

/**
 * Pushes every `intervalMs` on an aligned grid: OTLP metrics of each source, remote-write of
 * each pushing edge node, and the spans and logs of the interval just ended. Scrape targets
 * are pulled by the collector and need nothing here. A push still running when the next is
 * due makes that one skip, so a slow collector never piles pushes up.
 */
export const startLive = ({
  fleet,
  client,
  pipeline,
  logger,
  intervalMs,
  now = Date.now,
  onTick = () => undefined,
}: {
  fleet: Fleet;
  client: CollectorClient;
  pipeline: OtlpPipeline;
  logger: Logger;
  intervalMs: number;
  now?: () => number;
  onTick?: (t: number) => void;
}) => {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;
  let last = alignDown(now(), intervalMs);

  const push = async (t: number): Promise<void> => {
    const tasks: Promise<void>[] = [];
    for (const source of fleet.metricSources) tasks.push(client.exportMetrics(fleet, source, [t]));
    for (const node of fleet.remoteWriteNodes) tasks.push(client.remoteWrite(fleet, node, t));
    for (const source of fleet.eventSources)
      client.emitEvents(fleet, source, last, t, LIVE_EVENT_CAP);
    last = t;
    await Promise.all([...tasks, pipeline.flush()]);
    onTick(t);
  };

  const schedule = () => {
    if (stopped) return;
    const due = alignDown(now(), intervalMs) + intervalMs;
    timer = setTimeout(
      () => {
        if (running === undefined) {
          running = push(due)
            .catch((error: unknown) => logger.warn('live push failed', { error: String(error) }))
            .finally(() => {
              running = undefined;
            });
        } else {
          logger.warn('live push skipped: the previous one is still running', {
            at: new Date(due).toISOString(),
          });
        }
        schedule();
      },
      Math.max(0, due - now()),
    );
  };
  schedule();

  return {
    /** Pushes once right now (used after a backfill, and by tests). */
    pushNow: async (): Promise<void> => {
      const t = now();
      await (running ?? Promise.resolve());
      running = push(t).finally(() => {
        running = undefined;
      });
      await running;
    },
    stop: async (): Promise<void> => {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      await running;
    },
  };
};
