import type { QuantumWorkload } from '../../fleet/inventory/quantum.ts';
import type { JobReport } from '../../fleet/quantum-model.ts';
import type { LogSpec } from './event-specs.ts';

type Words = {
  readonly queued: string;
  readonly completed: string;
  readonly failed: string;
  readonly cancelled: string;
};

/** Each provider's own status words: Qiskit Runtime, Quantum Engine, Braket (and PennyLane). */
const STATUS_WORDS: Readonly<Record<string, Words>> = {
  ibm: { queued: 'QUEUED', completed: 'DONE', failed: 'ERROR', cancelled: 'CANCELLED' },
  google: { queued: 'READY', completed: 'SUCCESS', failed: 'FAILURE', cancelled: 'CANCELLED' },
  aws: { queued: 'QUEUED', completed: 'COMPLETED', failed: 'FAILED', cancelled: 'CANCELLED' },
  xanadu: { queued: 'QUEUED', completed: 'COMPLETED', failed: 'FAILED', cancelled: 'CANCELLED' },
};

const rfc3339 = (ms: number): string => new Date(ms).toISOString();

/**
 * A `quantum.job` log record with the attribute names the collector reads (its
 * normalize/semconv.ts): provider, id, the provider's status word, backend, shots, qubits and
 * the Qiskit-style `timestamps.*`; QPU seconds on IBM jobs.
 */
export const jobRecordOf = (workload: QuantumWorkload, report: JobReport): LogSpec => {
  const { job } = report;
  const words = STATUS_WORDS[workload.provider] ?? STATUS_WORDS.aws;
  const status = report.isFinal ? words?.[job.outcome] : words?.queued;
  const attributes: Record<string, string | number> = {
    'quantum.provider': workload.provider,
    'quantum.job.id': job.id,
    'quantum.job.status': status ?? 'QUEUED',
    'quantum.backend': job.backend.name,
    'quantum.shots': job.shots,
    'quantum.qubits': job.backend.qubits,
    'quantum.timestamps.created': rfc3339(job.createdMs),
  };
  if (report.isFinal && job.outcome !== 'cancelled') {
    attributes['quantum.timestamps.running'] = rfc3339(job.runningMs);
    attributes['quantum.timestamps.finished'] = rfc3339(job.finishedMs);
    if (workload.provider === 'ibm')
      attributes['quantum.usage.quantum_seconds'] = job.quantumSeconds;
  }

  return { timestampMs: report.atMs, body: '', eventName: 'quantum.job', attributes };
};

/** PennyLane's `qml.Tracker` totals: shots and executions since the session started. */
export const trackerRecordOf = (
  workload: QuantumWorkload,
  atMs: number,
  shots: number,
): LogSpec => ({
  timestampMs: atMs,
  body: '',
  eventName: 'quantum.tracker',
  attributes: {
    'quantum.provider': 'pennylane',
    'quantum.backend': workload.backends[0]?.name ?? 'default.qubit',
    'quantum.tracker.shots': shots,
    'quantum.tracker.executions': Math.floor(shots / 1000),
  },
});
