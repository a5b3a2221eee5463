import type { OtlpLogRecord, OtlpLogsRequest } from '../decode/types.ts';
import type { BatchBuilder } from './batch-builder.ts';
import { createBatchBuilder } from './batch-builder.ts';
import { addLambdaLog, isLambdaLog } from './lambda/from-logs.ts';
import { toStringAttributes, toStringValue } from './otlp/attributes.ts';
import { createOtlpResourceScope } from './otlp/otlp-resources.ts';
import type { OtlpResourceScope } from './otlp/otlp-resources.ts';
import { findQuantumPlatform } from './quantum/status.ts';
import { toQuantumJob, toTrackerShots } from './quantum/to-quantum-job.ts';
import { createResourceCache } from './resource.ts';
import {
  ATTR_EVENT_NAME,
  ATTR_QUANTUM_PROVIDER,
  QUANTUM_JOB_EVENT_NAME,
  QUANTUM_TRACKER_EVENT_NAME,
} from './semconv.ts';
import { pickTimeNs } from './time.ts';
import type { NormalizeContext, NormalizedBatch } from './types.ts';

const readEventName = (record: OtlpLogRecord): string | undefined =>
  record.eventName ?? toStringValue(record.attributes[ATTR_EVENT_NAME]);

/** Quantum job and tracker records; false when no platform or status could be read. */
const addQuantumLog = (
  record: OtlpLogRecord,
  name: string,
  scope: OtlpResourceScope,
  builder: BatchBuilder,
  timestampNs: bigint,
): boolean => {
  const provider = toStringValue(record.attributes[ATTR_QUANTUM_PROVIDER]);
  const resource = scope.findAs(findQuantumPlatform(provider));
  if (resource === undefined) return false;
  if (name === QUANTUM_TRACKER_EVENT_NAME) {
    const sample = toTrackerShots(record.attributes, resource, timestampNs);
    if (sample) builder.addSample(sample, 'max');

    return sample !== undefined;
  }
  const job = toQuantumJob(record.attributes, resource, timestampNs);
  if (typeof job === 'string') {
    builder.addRejected(job);

    return true;
  }
  builder.addEvent(job);

  return true;
};

/**
 * OTLP logs → events: quantum jobs and trackers (Fleetlens event names), Lambda REPORT lines
 * and Telemetry API platform records. Other log records are counted as unmapped under their
 * event name (or `log`), never stored.
 */
export const normalizeOtlpLogs = (
  request: OtlpLogsRequest,
  ctx: NormalizeContext,
): NormalizedBatch => {
  const builder = createBatchBuilder();
  const cache = createResourceCache(ctx.tenant);
  for (const { resource, scopeLogs } of request.resourceLogs) {
    const scope = createOtlpResourceScope(toStringAttributes(resource.attributes), ctx, cache);
    for (const { logRecords } of scopeLogs) {
      for (const record of logRecords) {
        const name = readEventName(record);
        const timestampNs = pickTimeNs(
          record.timeUnixNano,
          pickTimeNs(record.observedTimeUnixNano, ctx.receivedAtNs),
        );
        const isRead =
          name === QUANTUM_JOB_EVENT_NAME || name === QUANTUM_TRACKER_EVENT_NAME
            ? addQuantumLog(record, name, scope, builder, timestampNs)
            : isLambdaLog(record) && addLambdaLog(record, scope, builder, ctx.receivedAtNs);
        if (!isRead) builder.addUnmapped(ctx.source, name ?? 'log');
      }
    }
  }

  return builder.finish();
};
