import type { FleetEvent, KpiSample, Resource } from '@fleetlens/schema';

import { ATTR_FAAS_INVOCATION_ID } from '../semconv.ts';
import { convertValue } from '../units.ts';
import type { LambdaReport } from './parse-report.ts';

/** What one Lambda invocation report yields. */
export type LambdaOutputs = { events: FleetEvent[]; samples: KpiSample[] };

/**
 * One invocation report (REPORT line or Telemetry API `platform.report`) → an invocation
 * event with its cold flag, a cold-start event when the report carries an init duration
 * (REPORT lines only: the Telemetry API sends that init as its own `platform.initReport`),
 * and the invocation's max memory (Lambda "MB" are MiB).
 */
export const toLambdaOutputs = (
  report: LambdaReport,
  resource: Resource,
  timestampNs: bigint,
  coldStartSource: string | undefined,
): LambdaOutputs => {
  const attributes = { [ATTR_FAAS_INVOCATION_ID]: report.requestId };
  const isCold = report.initDurationMs !== undefined;
  const events: FleetEvent[] = [
    {
      type: 'invocation',
      resource,
      timestampNs,
      durationSeconds: convertValue(report.durationMs, 'milliseconds'),
      cold: isCold,
      error: report.status !== undefined && report.status !== 'success',
      attributes: report.status ? { ...attributes, status: report.status } : attributes,
    },
  ];
  if (report.initDurationMs !== undefined && coldStartSource !== undefined) {
    events.push({
      type: 'cold_start',
      resource,
      timestampNs,
      durationSeconds: convertValue(report.initDurationMs, 'milliseconds'),
      source: coldStartSource,
      attributes,
    });
  }
  const samples: KpiSample[] = Number.isFinite(report.maxMemoryUsedMb)
    ? [
        {
          kpi: 'memory_bytes',
          resource,
          labels: {},
          timestampNs,
          value: convertValue(report.maxMemoryUsedMb, 'mebibytes'),
        },
      ]
    : [];

  return { events, samples };
};

type TelemetryRecord = {
  requestId?: unknown;
  status?: unknown;
  initializationType?: unknown;
  phase?: unknown;
  metrics?: Record<string, unknown>;
};

const readNumber = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

/** Telemetry API `platform.report` record → the same shape as a REPORT line. */
export const readPlatformReport = (record: TelemetryRecord): LambdaReport | null => {
  const metrics = record.metrics ?? {};
  const durationMs = readNumber(metrics.durationMs);
  if (typeof record.requestId !== 'string' || durationMs === undefined) return null;
  const report: LambdaReport = {
    requestId: record.requestId,
    durationMs,
    billedDurationMs: readNumber(metrics.billedDurationMs) ?? durationMs,
    memorySizeMb: readNumber(metrics.memorySizeMB) ?? Number.NaN,
    maxMemoryUsedMb: readNumber(metrics.maxMemoryUsedMB) ?? Number.NaN,
  };
  const initDurationMs = readNumber(metrics.initDurationMs);
  if (initDurationMs !== undefined) report.initDurationMs = initDurationMs;
  if (typeof record.status === 'string') report.status = record.status;

  return report;
};

/**
 * Telemetry API `platform.initReport` → a cold start, for on-demand inits only: provisioned
 * concurrency and SnapStart inits happen before any request waits on them.
 */
export const toInitColdStart = (
  record: TelemetryRecord,
  resource: Resource,
  timestampNs: bigint,
): FleetEvent | undefined => {
  const durationMs = readNumber(record.metrics?.durationMs);
  const type = record.initializationType ?? 'on-demand';
  const phase = record.phase ?? 'init';
  if (durationMs === undefined || type !== 'on-demand' || phase !== 'init') return undefined;

  return {
    type: 'cold_start',
    resource,
    timestampNs,
    durationSeconds: convertValue(durationMs, 'milliseconds'),
    source: 'lambda:platform.initReport',
    attributes: typeof record.status === 'string' ? { status: record.status } : {},
  };
};
