import { isSourceActiveAt } from '../emit/otlp/event-sources.ts';
import type { EventSource } from '../emit/otlp/event-sources.ts';
import { logSpecsIn, spanSpecsIn } from '../emit/otlp/event-specs.ts';
import type { OtlpPipeline } from '../emit/otlp/pipeline.ts';
import type { MetricSource } from '../emit/otlp/sources.ts';
import type { PromTarget } from '../emit/prom/target.ts';
import {
  compressBlock,
  encodeWriteRequest,
  REMOTE_WRITE_HEADERS,
} from '../emit/remote-write/encode.ts';
import { createNodeSeries } from '../emit/remote-write/series.ts';
import type { Fleet } from '../fleet/fleet.ts';
import type { NodeEntity } from '../fleet/inventory/nodes.ts';
import { isActiveAt } from '../fleet/lifecycle.ts';
import { isOfflineAt } from '../scenarios/effects.ts';
import type { Logger } from './logger.ts';
import type { Sender, SendResult } from './sender.ts';

const MAX_LOGGED_FAILURES = 5;

/**
 * Sends the fleet's telemetry at an instant, by each source's own protocol: Prometheus text
 * import for scraped families' history, remote-write for pushing edge nodes, OTLP metrics,
 * spans and logs through the SDK. Sources that are not yet there, or offline, send nothing.
 */
export const createCollectorClient = ({
  baseUrl,
  sender,
  pipeline,
  logger,
}: {
  baseUrl: string;
  sender: Sender;
  pipeline: OtlpPipeline;
  logger: Logger;
}) => {
  let logged = 0;
  const check = (what: string) => (result: SendResult) => {
    if (result.status >= 200 && result.status < 300) return;
    if (logged++ < MAX_LOGGED_FAILURES)
      logger.warn('collector refused data', {
        what,
        status: result.status,
        body: result.body.slice(0, 500),
      });
  };

  return {
    /** One exposition of one target at `t` (the history a scrape cannot carry). */
    importTarget: async (
      fleet: Fleet,
      target: PromTarget,
      instance: string,
      t: number,
    ): Promise<void> => {
      if (!target.isActiveAt(fleet.ctx, t) || isOfflineAt(fleet.ctx, target.node, t)) return;
      const params = new URLSearchParams({
        job: target.job,
        instance,
        platform: target.platform,
        timestamp: String(t),
      });
      for (const [name, value] of Object.entries({ ...target.labels, job: target.job, instance })) {
        params.append('extra_label', `${name}=${value}`);
      }
      const result = await sender.post(
        'import',
        `${baseUrl}/api/v1/import/prometheus?${params.toString()}`,
        () => target.render(fleet.ctx, t),
        { 'content-type': 'text/plain; version=0.0.4' },
      );
      check(`import ${target.id}`)(result);
    },
    remoteWrite: async (fleet: Fleet, node: NodeEntity, t: number): Promise<void> => {
      if (!isActiveAt(fleet.ctx, node, t) || isOfflineAt(fleet.ctx, node.id, t)) return;
      const result = await sender.post(
        'remote_write',
        `${baseUrl}/api/v1/write`,
        () => compressBlock(encodeWriteRequest(createNodeSeries(fleet.ctx, node, t))),
        REMOTE_WRITE_HEADERS,
      );
      check(`remote-write ${node.id}`)(result);
    },
    /** One export per source with a point per active instant. */
    exportMetrics: async (
      fleet: Fleet,
      source: MetricSource,
      instants: readonly number[],
    ): Promise<void> => {
      const live = instants.filter(
        (t) => source.isActiveAt(fleet.ctx, t) && !isOfflineAt(fleet.ctx, source.node, t),
      );
      if (live.length === 0) return;
      const isSent = await sender.export('otlp_metrics', () =>
        pipeline.exportMetrics(source, source.collect(fleet.ctx, live)),
      );
      if (!isSent && logged++ < MAX_LOGGED_FAILURES)
        logger.warn('metrics export failed', { source: source.id });
    },
    /** Spans and log records of [from, to), handed to the SDK's batch processors. */
    emitEvents: (
      fleet: Fleet,
      source: EventSource,
      from: number,
      to: number,
      cap: number,
    ): void => {
      if (
        !isSourceActiveAt(fleet.ctx, source, to - 1) ||
        isOfflineAt(fleet.ctx, source.node, to - 1)
      )
        return;
      const spans = spanSpecsIn(fleet.ctx, source, from, to, cap);
      if (spans.length > 0) pipeline.emitSpans(source, spans);
      const logs = logSpecsIn(fleet.ctx, source, from, to, cap);
      if (logs.length > 0) pipeline.emitLogs(source, logs);
    },
  };
};

export type CollectorClient = ReturnType<typeof createCollectorClient>;
