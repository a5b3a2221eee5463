import { SpanStatusCode, trace } from '@opentelemetry/api';

import type { CollectorMetrics } from '../metrics/index.ts';
import type { NormalizedBatch } from '../normalize/types.ts';
import type { DecodePool } from '../worker/decode-pool.ts';
import type { DecodeRequest } from '../worker/decode-task.ts';
import { encodeBatch } from '../worker/encode-batch.ts';
import { countItems, openWireBatch } from '../worker/wire-batch.ts';
import type { WireBatch, WireView } from '../worker/wire-batch.ts';
import type { ValidationLimits } from './validate.ts';
import { validateBatch } from './validate.ts';
import type { WriteQueue } from './write-queue.ts';

/** What the store writer gets: the valid items, as tables and columns, and unmapped counts. */
export type WriteJob = WireView;

export type WriteOutcome = {
  stored: number;
  duplicates: number;
  /** Same series and timestamp already stored with another value. */
  conflicts: number;
  /** New series refused because the series limit is reached. */
  limited: number;
};

/** What a receiver needs to answer its sender. */
export type IngestResult = {
  stored: number;
  duplicates: number;
  rejected: number;
  unmapped: number;
  /** One readable line per rejection reason, with counts; empty when nothing was rejected. */
  errorMessage: string;
};

/** A decoded request's result, with what the text import also reports. */
export type DecodedIngestResult = IngestResult & { parsed: number; mapped: number };

type PipelineDependencies = {
  queue: WriteQueue<WriteJob, WriteOutcome>;
  metrics: CollectorMetrics;
  readLimits: () => ValidationLimits;
  decoder: DecodePool;
};

const CONFLICT_REASON = 'a different value is already stored at the same series and timestamp';
const LIMIT_REASON = 'series limit reached: new series refused';

const tracer = trace.getTracer('fleetlens-collector');

/** Reasons may carry details (a label name, a value); the metric label keeps only the kind. */
const toReasonLabel = (reason: string): string => (reason.split(':')[0] ?? reason).slice(0, 80);

const describeRejections = (rejections: Map<string, number>): string =>
  [...rejections].map(([reason, count]) => `${count} rejected: ${reason}`).join('; ');

const submitBatch = async (
  { queue, metrics }: PipelineDependencies,
  batch: WireBatch,
  protocol: string,
): Promise<IngestResult> => {
  const view = openWireBatch(batch);
  let unmapped = 0;
  // One increment per source, not per family: a request nearly always has a single source.
  const bySource = new Map<string, number>();
  for (const entry of view.unmapped()) {
    unmapped += entry.count;
    bySource.set(entry.source, (bySource.get(entry.source) ?? 0) + entry.count);
  }
  for (const [source, count] of bySource) metrics.unmapped.inc({ source }, count);

  const outcome = await queue.submit(view, countItems(view.counts) + 1);

  const rejections = new Map(batch.rejections);
  if (outcome.conflicts > 0) {
    rejections.set(CONFLICT_REASON, (rejections.get(CONFLICT_REASON) ?? 0) + outcome.conflicts);
  }
  if (outcome.limited > 0) {
    rejections.set(LIMIT_REASON, (rejections.get(LIMIT_REASON) ?? 0) + outcome.limited);
  }
  let rejected = 0;
  for (const [reason, count] of rejections) {
    rejected += count;
    metrics.rejections.inc({ reason: toReasonLabel(reason) }, count);
  }
  metrics.ingestSamples.inc({ protocol, outcome: 'stored' }, outcome.stored);
  metrics.ingestSamples.inc({ protocol, outcome: 'duplicate' }, outcome.duplicates);
  metrics.ingestSamples.inc({ protocol, outcome: 'rejected' }, rejected);
  metrics.ingestSamples.inc({ protocol, outcome: 'unmapped' }, unmapped);

  return {
    stored: outcome.stored,
    duplicates: outcome.duplicates,
    rejected,
    unmapped,
    errorMessage: describeRejections(rejections),
  };
};

/**
 * decode (on a worker) → validate → queue → committed. The promise resolves only after the
 * transaction holding this batch has committed, which is what makes a 2xx mean "stored". Each
 * submission is a span of the collector's self-traces.
 */
export const createIngestPipeline = (dependencies: PipelineDependencies) => {
  const traced = (protocol: string, batch: WireBatch): Promise<IngestResult> =>
    tracer.startActiveSpan(`ingest ${protocol}`, async (span) => {
      try {
        const result = await submitBatch(dependencies, batch, protocol);
        span.setAttributes({
          'fleetlens.stored': result.stored,
          'fleetlens.rejected': result.rejected,
          'fleetlens.unmapped': result.unmapped,
        });

        return result;
      } catch (error) {
        span.setStatus({ code: SpanStatusCode.ERROR, message: String(error) });
        throw error;
      } finally {
        span.end();
      }
    });

  return {
    /** A request body: decoded, normalized and validated on a worker thread, then queued. */
    ingest: async (request: DecodeRequest, protocol: string): Promise<DecodedIngestResult> => {
      const { batch, parsed, mapped } = await dependencies.decoder.decode({
        ...request,
        limits: dependencies.readLimits(),
      });
      const result = await traced(protocol, batch);

      return { ...result, parsed, mapped };
    },
    /** A batch normalized on this thread (scrapes). */
    submit: (batch: NormalizedBatch, protocol: string): Promise<IngestResult> => {
      const validated = validateBatch(batch, dependencies.readLimits());

      return traced(protocol, encodeBatch(validated, batch.unmapped));
    },
  };
};

export type IngestPipeline = ReturnType<typeof createIngestPipeline>;
