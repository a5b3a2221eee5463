import type { QuantumJobStatus } from '@fleetlens/schema';

/**
 * Provider status words → the five Fleetlens statuses. Qiskit Runtime: INITIALIZING, QUEUED,
 * VALIDATING, RUNNING, DONE, ERROR, CANCELLED. Amazon Braket: CREATED, QUEUED, RUNNING,
 * COMPLETED, FAILED, CANCELLING, CANCELLED. Google Quantum Engine (Cirq): READY, RUNNING,
 * SUCCESS, FAILURE, CANCELLING, CANCELLED. Unknown words map to nothing: never guessed.
 * @see https://docs.quantum.ibm.com/api/qiskit-ibm-runtime/runtime-job-v2
 * @see https://docs.aws.amazon.com/braket/latest/APIReference/API_GetQuantumTask.html
 */
const STATUSES: ReadonlyMap<string, QuantumJobStatus> = new Map([
  ['CREATED', 'queued'],
  ['INITIALIZING', 'queued'],
  ['VALIDATING', 'queued'],
  ['READY', 'queued'],
  ['QUEUED', 'queued'],
  ['RUNNING', 'running'],
  ['DONE', 'completed'],
  ['COMPLETED', 'completed'],
  ['SUCCESS', 'completed'],
  ['ERROR', 'failed'],
  ['FAILED', 'failed'],
  ['FAILURE', 'failed'],
  ['CANCELLING', 'cancelled'],
  ['CANCELLED', 'cancelled'],
  ['CANCELED', 'cancelled'],
]);

export const mapQuantumStatus = (status: string): QuantumJobStatus | undefined =>
  STATUSES.get(
    status
      .trim()
      .toUpperCase()
      .replace(/^JOBSTATUS\./, ''),
  );

/**
 * quantum.provider → platform: IBM runs Qiskit, Google runs Cirq, Xanadu PennyLane, AWS
 * Braket; a platform id is accepted as is.
 */
const PROVIDERS: ReadonlyMap<string, string> = new Map([
  ['ibm', 'qiskit'],
  ['ibm_quantum', 'qiskit'],
  ['qiskit', 'qiskit'],
  ['google', 'cirq'],
  ['cirq', 'cirq'],
  ['xanadu', 'pennylane'],
  ['pennylane', 'pennylane'],
  ['aws', 'amazon-braket'],
  ['braket', 'amazon-braket'],
  ['amazon-braket', 'amazon-braket'],
]);

export const findQuantumPlatform = (provider: string | undefined): string | undefined =>
  provider === undefined ? undefined : PROVIDERS.get(provider.trim().toLowerCase());
