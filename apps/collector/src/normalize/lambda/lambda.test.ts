import { describe, expect, it } from 'vitest';

import { normalizeOtlpMetrics } from '../index.ts';
import { normalizeOtlpLogs } from '../logs.ts';
import { createContext } from '../test-utils/context.ts';
import { readSamples } from '../test-utils/find.ts';
import {
  createLogRecord,
  createLogsRequest,
  LOG_TIME_NS,
} from '../test-utils/otlp-logs-fixture.ts';
import {
  createGauge,
  createMetricsRequest,
  createNumberPoint,
  POINT_TIME_NS,
} from '../test-utils/otlp-fixture.ts';

/** Resource the Lambda extension's receivers attach. */
const FUNCTION = {
  'service.name': 'thumbnailer',
  'faas.name': 'thumbnailer',
  'faas.invoked_provider': 'aws',
};
const context = createContext({ source: 'otlp' });

describe('Lambda REPORT lines', () => {
  const request = createLogsRequest({ 'cloudwatch.log.group.name': '/aws/lambda/thumbnailer' }, [
    createLogRecord(
      'REPORT RequestId: 3f1c9e2a-7b1d-4c55-9d0e-2f6a1b8c4d21\tDuration: 1201.12 ms\t' +
        'Billed Duration: 1300 ms\tMemory Size: 128 MB\tMax Memory Used: 78 MB\t' +
        'Init Duration: 287.33 ms\t',
    ),
    createLogRecord('START RequestId: 3f1c9e2a-7b1d-4c55-9d0e-2f6a1b8c4d21 Version: $LATEST'),
  ]);
  const batch = normalizeOtlpLogs(request, context);

  it('yields a cold invocation, its cold start in seconds and max memory in bytes', () => {
    const attributes = { 'faas.invocation.id': '3f1c9e2a-7b1d-4c55-9d0e-2f6a1b8c4d21' };
    expect(batch.events).toMatchObject([
      {
        type: 'invocation',
        timestampNs: LOG_TIME_NS,
        durationSeconds: 1.20112,
        cold: true,
        error: false,
        attributes,
      },
      {
        type: 'cold_start',
        timestampNs: LOG_TIME_NS,
        durationSeconds: 0.28733,
        source: 'lambda:report',
        attributes,
      },
    ]);
    expect(readSamples(batch, 'memory_bytes')).toEqual([{ labels: {}, value: 81_788_928 }]);
  });

  it('puts REPORT lines on AWS Lambda even when the resource says nothing', () => {
    expect(batch.events[0]?.resource).toMatchObject({
      paradigm: 'serverless',
      platform: 'aws-lambda',
    });
    expect(batch.unmapped).toEqual([{ source: 'otlp', family: 'log', count: 1 }]);
  });
});

describe('Lambda Telemetry API records (telemetryapi receiver logs)', () => {
  it('reads platform.report as a warm or failed invocation and initReport as a cold start', () => {
    const report = JSON.stringify({
      requestId: 'a1b2',
      status: 'timeout',
      metrics: {
        durationMs: 3003.29,
        billedDurationMs: 3000,
        memorySizeMB: 128,
        maxMemoryUsedMB: 38,
      },
    });
    const init = {
      kvlist: {
        initializationType: 'on-demand',
        phase: 'init',
        status: 'success',
        metrics: { kvlist: { durationMs: 125.5 } },
      },
    };
    const provisioned = JSON.stringify({
      initializationType: 'provisioned-concurrency',
      phase: 'init',
      metrics: { durationMs: 900 },
    });
    const batch = normalizeOtlpLogs(
      createLogsRequest(FUNCTION, [
        createLogRecord(report, { type: 'platform.report' }),
        createLogRecord(init, { 'lambda.event.type': 'platform.initReport' }),
        createLogRecord(provisioned, { type: 'platform.initReport' }),
      ]),
      context,
    );
    expect(batch.events.map(({ resource: _resource, ...event }) => event)).toEqual([
      {
        type: 'invocation',
        timestampNs: LOG_TIME_NS,
        durationSeconds: 3.00329,
        cold: false,
        error: true,
        attributes: { 'faas.invocation.id': 'a1b2', status: 'timeout' },
      },
      {
        type: 'cold_start',
        timestampNs: LOG_TIME_NS,
        durationSeconds: 0.1255,
        source: 'lambda:platform.initReport',
        attributes: { status: 'success' },
      },
    ]);
    expect(readSamples(batch, 'memory_bytes')).toEqual([{ labels: {}, value: 39_845_888 }]);
    expect(batch.events[0]?.resource).toMatchObject({
      platform: 'aws-lambda',
      workload: 'thumbnailer',
    });
  });
});

describe('Lambda Telemetry API records formatted as text (telemetryapi receiver logReport)', () => {
  it('reads a platform.report record whose body is the REPORT line', () => {
    const batch = normalizeOtlpLogs(
      createLogsRequest(FUNCTION, [
        createLogRecord('END RequestId: 5e8b', { type: 'platform.runtimeDone' }),
        createLogRecord(
          'REPORT RequestId: 5e8b Duration: 844.61 ms Billed Duration: 845 ms ' +
            'Memory Size: 256 MB Max Memory Used: 91 MB Init Duration: 412.07 ms',
          { type: 'platform.report' },
        ),
      ]),
      context,
    );
    expect(batch.events).toMatchObject([
      { type: 'invocation', durationSeconds: 0.84461, cold: true },
      { type: 'cold_start', durationSeconds: 0.41207, source: 'lambda:report' },
    ]);
    expect(readSamples(batch, 'memory_bytes')).toEqual([{ labels: {}, value: 95_420_416 }]);
    expect(batch.unmapped).toEqual([{ source: 'otlp', family: 'log', count: 1 }]);
  });
});

describe('Lambda per-invocation gauges (telemetryapi receiver metrics)', () => {
  it('pairs duration and init points by invocation id; memory is already bytes', () => {
    const cold = { 'faas.invocation_id': 'c0ld' };
    const warm = { 'faas.invocation_id': 'w4rm' };
    const batch = normalizeOtlpMetrics(
      createMetricsRequest(FUNCTION, [
        createGauge('aws.lambda.durationMs', 'ms', [
          createNumberPoint(812.5, cold),
          createNumberPoint(40.25, warm),
        ]),
        createGauge('aws.lambda.initDurationMs', 'ms', [createNumberPoint(301.75, cold)]),
        createGauge('aws.lambda.maxMemoryUsedMB', 'By', [
          createNumberPoint(81_788_928n, cold),
          createNumberPoint(83_886_080n, warm),
        ]),
      ]),
      context,
    );
    expect(batch.events.map(({ resource: _resource, ...event }) => event)).toEqual([
      {
        type: 'invocation',
        timestampNs: POINT_TIME_NS,
        durationSeconds: 0.8125,
        cold: true,
        error: false,
        attributes: { 'faas.invocation.id': 'c0ld' },
      },
      {
        type: 'cold_start',
        timestampNs: POINT_TIME_NS,
        durationSeconds: 0.30175,
        source: 'lambda:aws.lambda.initDurationMs',
        attributes: { 'faas.invocation.id': 'c0ld' },
      },
      {
        type: 'invocation',
        timestampNs: POINT_TIME_NS,
        durationSeconds: 0.04025,
        cold: false,
        error: false,
        attributes: { 'faas.invocation.id': 'w4rm' },
      },
    ]);
    expect(readSamples(batch, 'memory_bytes')).toEqual([{ labels: {}, value: 83_886_080 }]);
    expect(batch.unmapped).toEqual([]);
  });
});
