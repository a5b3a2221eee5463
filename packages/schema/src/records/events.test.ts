import { describe, expect, it } from 'vitest';
import { ZEvent } from './events.ts';
import type { Resource } from './resource.ts';

const resource: Resource = {
  tenant: 'default',
  paradigm: 'quantum',
  platform: 'amazon-braket',
  attributes: {},
};
const timestampNs = 1_700_000_000_000_000_000n;

describe('ZEvent', () => {
  it('accepts each event type', () => {
    const events = [
      {
        type: 'cold_start',
        resource: { ...resource, paradigm: 'serverless', platform: 'aws-lambda' },
        timestampNs,
        durationSeconds: 0.28733,
        source: 'lambda:report',
        attributes: {},
      },
      {
        type: 'invocation',
        resource: { ...resource, paradigm: 'serverless', platform: 'knative' },
        timestampNs,
        durationSeconds: 1.20112,
        cold: true,
        error: false,
        attributes: {},
      },
      {
        type: 'quantum_job',
        resource,
        timestampNs,
        status: 'completed',
        shots: 1000,
        queueSeconds: 42,
        runSeconds: 3.5,
        backend: 'SV1',
        qubits: 5,
        attributes: { deviceArn: 'arn:aws:braket:::device/quantum-simulator/amazon/sv1' },
      },
    ];
    expect(events.map((event) => ZEvent.parse(event).type)).toEqual([
      'cold_start',
      'invocation',
      'quantum_job',
    ]);
  });

  it('rejects negative durations, fractional shots and unknown statuses', () => {
    const job = { type: 'quantum_job', resource, timestampNs, status: 'queued', attributes: {} };
    expect(ZEvent.safeParse(job).success).toBe(true);
    expect(ZEvent.safeParse({ ...job, shots: 1.5 }).success).toBe(false);
    expect(ZEvent.safeParse({ ...job, status: 'DONE' }).success).toBe(false);
    expect(
      ZEvent.safeParse({
        type: 'cold_start',
        resource,
        timestampNs,
        durationSeconds: -1,
        source: 'span:faas.coldstart',
        attributes: {},
      }).success,
    ).toBe(false);
  });

  it('rejects an unknown event type', () => {
    expect(
      ZEvent.safeParse({ type: 'deploy', resource, timestampNs, attributes: {} }).success,
    ).toBe(false);
  });
});
