import { describe, expect, it } from 'vitest';

import { normalizeOtlpLogs } from '../logs.ts';
import { createContext } from '../test-utils/context.ts';
import {
  createLogRecord,
  createLogsRequest,
  LOG_TIME_NS,
} from '../test-utils/otlp-logs-fixture.ts';
import { mapQuantumStatus } from './status.ts';

const context = createContext({ source: 'otlp' });

describe('quantum.job log records', () => {
  it('reads a finished Qiskit Runtime job: queue and run seconds from its timestamps', () => {
    const batch = normalizeOtlpLogs(
      createLogsRequest({ 'service.name': 'vqe-notebook', 'k8s.pod.name': 'jupyter-0' }, [
        createLogRecord(
          '',
          {
            'quantum.provider': 'ibm',
            'quantum.job.id': 'cw4x8qa2ps0g008r2m8g',
            'quantum.job.status': 'DONE',
            'quantum.backend': 'ibm_brisbane',
            'quantum.shots': 4096n,
            'quantum.qubits': 127n,
            'quantum.timestamps.created': '2024-05-01T11:58:00.25Z',
            'quantum.timestamps.running': '2024-05-01T12:03:10.5Z',
            'quantum.timestamps.finished': '2024-05-01T12:03:14.125Z',
            'quantum.usage.quantum_seconds': 3n,
          },
          'quantum.job',
        ),
      ]),
      context,
    );
    expect(batch.events).toHaveLength(1);
    expect(batch.events[0]).toEqual({
      type: 'quantum_job',
      resource: {
        tenant: 'acme',
        paradigm: 'quantum',
        platform: 'qiskit',
        workload: 'vqe-notebook',
        instance: 'jupyter-0',
        attributes: { 'service.name': 'vqe-notebook' },
      },
      timestampNs: 1_714_564_994_125_000_000n,
      status: 'completed',
      shots: 4096,
      qubits: 127,
      backend: 'ibm_brisbane',
      queueSeconds: 310.25,
      runSeconds: 3.625,
      attributes: {
        'quantum.job.status': 'DONE',
        'quantum.job.id': 'cw4x8qa2ps0g008r2m8g',
        'quantum.provider': 'ibm',
        'quantum.usage.quantum_seconds': '3',
      },
    });
  });

  it('reads a queued Braket task with nanosecond timestamps (event.name attribute)', () => {
    const batch = normalizeOtlpLogs(
      createLogsRequest({}, [
        createLogRecord('', {
          'event.name': 'quantum.job',
          'quantum.provider': 'braket',
          'quantum.job.status': 'QUEUED',
          'quantum.backend': 'arn:aws:braket:::device/quantum-simulator/amazon/sv1',
          'quantum.shots': '1000',
          'quantum.timestamps.created': '1714564800000000000',
        }),
      ]),
      context,
    );
    expect(batch.events[0]).toMatchObject({
      type: 'quantum_job',
      status: 'queued',
      shots: 1000,
      timestampNs: 1_714_564_800_000_000_000n,
      resource: { platform: 'amazon-braket', paradigm: 'quantum' },
    });
    expect(batch.events[0]).not.toHaveProperty('queueSeconds');
  });

  it('reads PennyLane tracker totals as shots_total and refuses unknown statuses', () => {
    const batch = normalizeOtlpLogs(
      createLogsRequest({ 'service.name': 'qml-training' }, [
        createLogRecord(
          '',
          {
            'quantum.provider': 'pennylane',
            'quantum.tracker.shots': 24_000n,
            'quantum.backend': 'default.qubit',
          },
          'quantum.tracker',
        ),
        createLogRecord(
          '',
          { 'quantum.provider': 'google', 'quantum.job.status': 'PAUSED' },
          'quantum.job',
        ),
      ]),
      context,
    );
    expect(batch.samples).toMatchObject([
      {
        kpi: 'shots_total',
        labels: { backend: 'default.qubit' },
        value: 24_000,
        timestampNs: LOG_TIME_NS,
        resource: { platform: 'pennylane' },
      },
    ]);
    expect(batch.rejected).toEqual([
      { reason: 'quantum job status missing or unknown: PAUSED', count: 1 },
    ]);
  });
});

describe('mapQuantumStatus', () => {
  it('maps Qiskit, Braket and Quantum Engine words', () => {
    expect(
      ['QUEUED', 'RUNNING', 'DONE', 'ERROR', 'CANCELLED', 'JobStatus.DONE'].map(mapQuantumStatus),
    ).toEqual(['queued', 'running', 'completed', 'failed', 'cancelled', 'completed']);
    expect(
      ['CREATED', 'QUEUED', 'RUNNING', 'COMPLETED', 'FAILED', 'CANCELLING', 'CANCELLED'].map(
        mapQuantumStatus,
      ),
    ).toEqual(['queued', 'queued', 'running', 'completed', 'failed', 'cancelled', 'cancelled']);
    expect(['READY', 'SUCCESS', 'FAILURE'].map(mapQuantumStatus)).toEqual([
      'queued',
      'completed',
      'failed',
    ]);
    expect(mapQuantumStatus('PAUSED')).toBeUndefined();
  });
});
