import { SpanStatusCode, trace } from '@opentelemetry/api';

import type { CollectorMetrics } from '../metrics/index.ts';
import type { NormalizedBatch } from '../normalize/types.ts';
import type { ValidatedBatch, ValidationLimits } from './validate.ts';
import { validateBatch } from './validate.ts';
import type { WriteQueue } from './write-queue.ts';

/** What the store writer gets: the valid items plus the unmapped counts to persist. */
export type WriteJob = ValidatedBatch & { unmapped: NormalizedBatch['unmapped'] };

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

type PipelineDependencies = {
  queue: WriteQueue<WriteJob, WriteOutcome>;
  metrics: CollectorMetrics;
  readLimits: () => ValidationLimits;
};

const CONFLICT_REASON = 'a different value is already stored at the same series and timestamp';
const LIMIT_REASON = 'series limit reached: new series refused';

const tracer = trace.getTracer('fleetlens-collector');

const sizeOf = (job: WriteJob): number =>
  job.samples.length + job.histograms.length + job.summaries.length + job.events.length + 1;

/** Reasons may carry details (a label name, a value); the metric label keeps only the kind. */
const toReasonLabel = (reason: string): string => (reason.split(':')[0] ?? reason).slice(0, 80);

const describeRejections = (rejections: Map<string, number>): string =>
  [...rejections].map(([reason, count]) => `${count} rejected: ${reason}`).join('; ');

const submitBatch = async (
  { queue, metrics, readLimits }: PipelineDependencies,
  batch: NormalizedBatch,
  protocol: string,
): Promise<IngestResult> => {
  const validated = validateBatch(batch, readLimits());
  const job: WriteJob = { ...validated, unmapped: batch.unmapped };
  const unmapped = batch.unmapped.reduce((total, entry) => total + entry.count, 0);
  for (const entry of batch.unmapped) metrics.unmapped.inc({ source: entry.source }, entry.count);

  const outcome = await queue.submit(job, sizeOf(job));

  const rejections = validated.rejections;
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
 * validate → queue → committed. The promise resolves only after the transaction holding this
 * batch has committed, which is what makes a 2xx mean "stored". Each submission is a span of
 * the collector's self-traces.
 */
export const createIngestPipeline = (dependencies: PipelineDependencies) => ({
  submit: (batch: NormalizedBatch, protocol: string): Promise<IngestResult> =>
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
    }),
});

export type IngestPipeline = ReturnType<typeof createIngestPipeline>;
