import type { KpiSample, QuantumJobEvent, Resource } from '@fleetlens/schema';

import type { OtlpAnyValue, OtlpAttributes } from '../../decode/types.ts';
import { toNumberValue, toStringValue } from '../otlp/attributes.ts';
import {
  ATTR_QUANTUM_BACKEND,
  ATTR_QUANTUM_JOB_ID,
  ATTR_QUANTUM_JOB_STATUS,
  ATTR_QUANTUM_PROVIDER,
  ATTR_QUANTUM_QUBITS,
  ATTR_QUANTUM_SHOTS,
  ATTR_QUANTUM_TIMESTAMPS_CREATED,
  ATTR_QUANTUM_TIMESTAMPS_FINISHED,
  ATTR_QUANTUM_TIMESTAMPS_RUNNING,
  ATTR_QUANTUM_TRACKER_SHOTS,
  ATTR_QUANTUM_USAGE_QUANTUM_SECONDS,
} from '../semconv.ts';
import { parseRfc3339Ns, toSecondsBetween } from '../time.ts';
import { mapQuantumStatus } from './status.ts';

/** RFC 3339 text, or integer Unix nanoseconds (bigint, or a digit string from OTLP/JSON). */
const readInstant = (value: OtlpAnyValue | undefined): bigint | undefined => {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number' && Number.isSafeInteger(value)) return BigInt(value);
  if (typeof value !== 'string') return undefined;

  return /^\d+$/.test(value) ? BigInt(value) : parseRfc3339Ns(value);
};

const readCount = (value: OtlpAnyValue | undefined): number | undefined => {
  const count = toNumberValue(value);

  return count !== undefined && Number.isInteger(count) && count >= 0 ? count : undefined;
};

/**
 * One `quantum.job` log record (attributes in semconv.ts) → a quantum_job event. Queue time is
 * running − created, run time finished − running, each only when both instants are known and
 * in order. Returns a reason instead when the status is missing or unknown.
 */
export const toQuantumJob = (
  attributes: OtlpAttributes,
  resource: Resource,
  recordTimeNs: bigint,
): QuantumJobEvent | string => {
  const rawStatus = toStringValue(attributes[ATTR_QUANTUM_JOB_STATUS]);
  const status = rawStatus === undefined ? undefined : mapQuantumStatus(rawStatus);
  if (rawStatus === undefined || status === undefined) {
    return `quantum job status missing or unknown: ${rawStatus ?? '(none)'}`;
  }
  const created = readInstant(attributes[ATTR_QUANTUM_TIMESTAMPS_CREATED]);
  const running = readInstant(attributes[ATTR_QUANTUM_TIMESTAMPS_RUNNING]);
  const finished = readInstant(attributes[ATTR_QUANTUM_TIMESTAMPS_FINISHED]);
  const kept: Record<string, string> = { [ATTR_QUANTUM_JOB_STATUS]: rawStatus };
  for (const key of [
    ATTR_QUANTUM_JOB_ID,
    ATTR_QUANTUM_PROVIDER,
    ATTR_QUANTUM_USAGE_QUANTUM_SECONDS,
  ]) {
    const value = toStringValue(attributes[key]);
    if (value !== undefined) kept[key] = value;
  }
  const event: QuantumJobEvent = {
    type: 'quantum_job',
    resource,
    timestampNs: finished ?? running ?? created ?? recordTimeNs,
    status,
    attributes: kept,
  };
  const shots = readCount(attributes[ATTR_QUANTUM_SHOTS]);
  if (shots !== undefined) event.shots = shots;
  const qubits = readCount(attributes[ATTR_QUANTUM_QUBITS]);
  if (qubits !== undefined) event.qubits = qubits;
  const backend = toStringValue(attributes[ATTR_QUANTUM_BACKEND]);
  if (backend !== undefined) event.backend = backend;
  const queueSeconds =
    created !== undefined && running !== undefined ? toSecondsBetween(created, running) : undefined;
  if (queueSeconds !== undefined) event.queueSeconds = queueSeconds;
  const runSeconds =
    running !== undefined && finished !== undefined
      ? toSecondsBetween(running, finished)
      : undefined;
  if (runSeconds !== undefined) event.runSeconds = runSeconds;

  return event;
};

/**
 * A `quantum.tracker` record carries cumulative totals (PennyLane `qml.Tracker`): its shots
 * are a counter sample, so shots_total needs no state in the collector.
 */
export const toTrackerShots = (
  attributes: OtlpAttributes,
  resource: Resource,
  timestampNs: bigint,
): KpiSample | undefined => {
  const shots = readCount(attributes[ATTR_QUANTUM_TRACKER_SHOTS]);
  if (shots === undefined) return undefined;
  const backend = toStringValue(attributes[ATTR_QUANTUM_BACKEND]);

  return {
    kpi: 'shots_total',
    resource,
    labels: backend === undefined ? {} : { backend },
    timestampNs,
    value: shots,
  };
};
