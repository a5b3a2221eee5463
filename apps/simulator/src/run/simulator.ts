import type { SimulatorConfig } from '../env.ts';
import { createOtlpPipeline } from '../emit/otlp/pipeline.ts';
import { defaultOrigin, DEFAULT_SPAN_DAYS } from '../fleet/context.ts';
import { createFleet } from '../fleet/fleet.ts';
import { DAY_MS } from '../fleet/time.ts';
import { createScenario, parseScenarioFlag } from '../scenarios/registry.ts';
import type { BackfillReport } from './backfill.ts';
import { runBackfill } from './backfill.ts';
import { createCollectorClient } from './collector-client.ts';
import { startControlServer } from './control-server.ts';
import { startLive } from './live.ts';
import type { Logger } from './logger.ts';
import { parseTiers } from './schedule.ts';
import { writeScrapeConfig } from './scrape-config.ts';
import { startScrapeServers } from './scrape-servers.ts';
import { createSender } from './sender.ts';
import { readState, writeState } from './state.ts';

/** Where the timeline starts and what history is still missing. */
const planTimeline = async (config: SimulatorConfig, nowMs: number) => {
  const spanDays = Math.max(DEFAULT_SPAN_DAYS, Math.ceil(config.backfillDays));
  const state = config.forceBackfill ? undefined : await readState(config.stateFile);
  const oldest = nowMs - config.backfillDays * DAY_MS;
  if (state !== undefined && state.seed === config.seed && state.spanDays === spanDays) {
    return { originMs: state.originMs, spanDays, fromMs: Math.max(oldest, state.sentUntilMs) };
  }

  return { originMs: defaultOrigin(nowMs, spanDays), spanDays, fromMs: oldest };
};

/**
 * Prepares the simulator: scrape endpoints and their config file (so a collector can be
 * started on it), the control API. `start` then backfills missing history and goes live;
 * its promise settles with the backfill's report once the backfill is over.
 */
export const createSimulator = async ({
  config,
  logger,
  now = Date.now,
}: {
  config: SimulatorConfig;
  logger: Logger;
  now?: () => number;
}) => {
  const started = now();
  const timeline = await planTimeline(config, started);
  const fleet = createFleet({
    seed: config.seed,
    originMs: timeline.originMs,
    spanDays: timeline.spanDays,
  });
  fleet.ctx.scenarios = config.scenarios.map((flag) =>
    createScenario(parseScenarioFlag(flag), started),
  );
  let phase = 'starting';
  let stopping = false;
  let sentUntilMs = timeline.fromMs;
  const saveState = () =>
    writeState(config.stateFile, {
      version: 1,
      seed: config.seed,
      originMs: timeline.originMs,
      spanDays: timeline.spanDays,
      sentUntilMs,
    }).catch((error: unknown) => logger.warn('state not saved', { error: String(error) }));

  const scrape = await startScrapeServers({ fleet, basePort: config.scrapePort, logger, now });
  await writeScrapeConfig(config.scrapeConfig, scrape.served, config.scrapeInterval / 1000);
  logger.info('scrape config written', {
    path: config.scrapeConfig,
    env: 'FLEETLENS_SCRAPE_CONFIG',
  });
  const control = await startControlServer({
    fleet,
    port: config.controlPort,
    logger,
    served: () => scrape.served,
    phase: () => phase,
    now,
  });
  const pipeline = createOtlpPipeline({ baseUrl: config.collectorUrl });
  const sender = createSender({
    concurrency: config.concurrency,
    onBreak: (protocol) =>
      logger.warn('collector keeps refusing; pausing this protocol for 30 s', { protocol }),
  });
  const client = createCollectorClient({ baseUrl: config.collectorUrl, sender, pipeline, logger });
  let live: ReturnType<typeof startLive> | undefined;

  const run = async (): Promise<BackfillReport | undefined> => {
    let report: BackfillReport | undefined;
    const tiers = parseTiers(config.backfillTiers);
    // Backfill, then catch up on what passed meanwhile, until live can take over.
    while (
      config.mode !== 'live' &&
      config.backfillDays > 0 &&
      !stopping &&
      now() - sentUntilMs > config.interval * 2
    ) {
      phase = 'backfill';
      const toMs = now();
      report = await runBackfill({
        fleet,
        client,
        pipeline,
        sender,
        logger,
        fromMs: sentUntilMs,
        toMs,
        tiers,
        instanceOf: scrape.instanceOf,
        isStopped: () => stopping,
      });
      sentUntilMs = toMs;
      await saveState();
    }
    if (config.mode !== 'backfill' && !stopping) {
      phase = 'live';
      live = startLive({
        fleet,
        client,
        pipeline,
        logger,
        intervalMs: config.interval,
        now,
        onTick: (t) => {
          sentUntilMs = t;
          if (t % 60_000 < config.interval) void saveState();
        },
      });
    }

    return report;
  };
  let done: Promise<BackfillReport | undefined> | undefined;

  return {
    fleet,
    controlPort: control.port,
    served: scrape.served,
    start: (): Promise<BackfillReport | undefined> => (done ??= run()),
    /** Pushes once now, outside the schedule (tests). */
    pushNow: async (): Promise<void> => {
      await live?.pushNow();
    },
    stop: async (): Promise<void> => {
      stopping = true;
      phase = 'stopping';
      sender.abort();
      await done?.catch(() => undefined);
      await live?.stop();
      await pipeline.flush().catch(() => undefined);
      await pipeline.shutdown().catch(() => undefined);
      sender.close();
      await Promise.all([scrape.close(), control.close()]);
      await saveState();
      logger.info('simulator stopped', { requests: sender.stats });
    },
  };
};

export type SimulatorHandle = Awaited<ReturnType<typeof createSimulator>>;
