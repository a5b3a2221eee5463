import { z } from 'zod';
import { ZResource } from './resource.ts';

const ZTimestampNs = z.bigint().describe('Unix time in nanoseconds when the event happened');
const ZAttributes = z
  .record(z.string(), z.string())
  .describe('Source fields kept as-is, e.g. request id, trigger, device ARN');
const ZSeconds = z.number().nonnegative();

/** One cold start, whichever way the source reports it. */
export const ZColdStartEvent = z.object({
  type: z.literal('cold_start').describe('Event type'),
  resource: ZResource,
  timestampNs: ZTimestampNs,
  durationSeconds: ZSeconds.describe('Init or instantiation time in seconds'),
  source: z
    .string()
    .min(1)
    .describe(
      "Where it was read, e.g. 'span:faas.coldstart', 'lambda:report', 'otlp:faas.init_duration'",
    ),
  attributes: ZAttributes,
});
export type ColdStartEvent = z.infer<typeof ZColdStartEvent>;

/** One invocation whose source says whether it was cold, so warm/cold distributions stay exact. */
export const ZInvocationEvent = z.object({
  type: z.literal('invocation').describe('Event type'),
  resource: ZResource,
  timestampNs: ZTimestampNs,
  durationSeconds: ZSeconds.describe('Invocation duration in seconds'),
  cold: z.boolean().describe('True when this invocation paid a cold start'),
  error: z.boolean().describe('True when the invocation failed or timed out'),
  attributes: ZAttributes,
});
export type InvocationEvent = z.infer<typeof ZInvocationEvent>;

export const ZQuantumJobStatus = z
  .enum(['queued', 'running', 'completed', 'failed', 'cancelled'])
  .describe('Job status, mapped from Qiskit (DONE, ERROR, …) and Braket (COMPLETED, FAILED, …)');
export type QuantumJobStatus = z.infer<typeof ZQuantumJobStatus>;

/** One quantum job state report: quantum telemetry is per job, not a time series. */
export const ZQuantumJobEvent = z.object({
  type: z.literal('quantum_job').describe('Event type'),
  resource: ZResource,
  timestampNs: ZTimestampNs,
  status: ZQuantumJobStatus,
  shots: z.number().int().nonnegative().optional().describe('Shots requested or executed'),
  queueSeconds: ZSeconds.optional().describe('Time from created to running'),
  runSeconds: ZSeconds.optional().describe('Time from running to finished'),
  backend: z.string().optional().describe('Device or simulator, e.g. ibm_brisbane, SV1'),
  qubits: z.number().int().nonnegative().optional().describe('Qubits the circuit uses'),
  attributes: ZAttributes,
});
export type QuantumJobEvent = z.infer<typeof ZQuantumJobEvent>;

/** Exact per-event records, kept where the source gives them (percentiles need them). */
export const ZEvent = z.discriminatedUnion('type', [
  ZColdStartEvent,
  ZInvocationEvent,
  ZQuantumJobEvent,
]);
/** Named FleetEvent, not Event, so it never shadows the DOM's global Event in the dashboard. */
export type FleetEvent = z.infer<typeof ZEvent>;
export const ZFleetEvent = ZEvent;
export type FleetEventType = FleetEvent['type'];
