import { describe, expect, it } from 'vitest';

import { parseLambdaReport } from './parse-report.ts';

describe('parseLambdaReport', () => {
  it('parses a cold-start REPORT line with tab-separated fields', () => {
    const line =
      'REPORT RequestId: 8f5c2c1e-0b7e-4f0e-9a43-5d9b1e2f3a4c\tDuration: 1201.12 ms\t' +
      'Billed Duration: 1300 ms\tMemory Size: 128 MB\tMax Memory Used: 78 MB\t' +
      'Init Duration: 287.33 ms\t\n';
    expect(parseLambdaReport(line)).toEqual({
      requestId: '8f5c2c1e-0b7e-4f0e-9a43-5d9b1e2f3a4c',
      durationMs: 1201.12,
      billedDurationMs: 1300,
      memorySizeMb: 128,
      maxMemoryUsedMb: 78,
      initDurationMs: 287.33,
    });
  });

  it('parses a warm invocation (no Init Duration) with spaces and an XRAY part', () => {
    const line =
      'REPORT RequestId: 3b6a4a0e-7c1d-4f5e-8a9b-0c1d2e3f4a5b Duration: 2.41 ms ' +
      'Billed Duration: 3 ms Memory Size: 1024 MB Max Memory Used: 91 MB\t\n' +
      'XRAY TraceId: 1-6553f0a1-2c3d4e5f6a7b8c9d0e1f2a3b\tSegmentId: 0a1b2c3d4e5f6a7b\tSampled: true';
    const report = parseLambdaReport(line);
    expect(report).toEqual({
      requestId: '3b6a4a0e-7c1d-4f5e-8a9b-0c1d2e3f4a5b',
      durationMs: 2.41,
      billedDurationMs: 3,
      memorySizeMb: 1024,
      maxMemoryUsedMb: 91,
    });
    expect(report && 'initDurationMs' in report).toBe(false);
  });

  it('keeps Duration apart from SnapStart restore durations and reads a timeout status', () => {
    const line =
      'REPORT RequestId: r-1\tDuration: 3000.00 ms\tBilled Duration: 3000 ms\tMemory Size: 512 MB\t' +
      'Max Memory Used: 129 MB\tRestore Duration: 474.16 ms\tBilled Restore Duration: 390 ms\t' +
      'Status: timeout';
    expect(parseLambdaReport(line)).toMatchObject({
      durationMs: 3000,
      billedDurationMs: 3000,
      status: 'timeout',
    });
  });

  it.each([
    'START RequestId: 8f5c2c1e Version: $LATEST',
    'END RequestId: 8f5c2c1e',
    '2024-01-01T00:00:00.000Z\t8f5c2c1e\tINFO\tREPORT RequestId: fake Duration: 1 ms',
    'REPORT RequestId: truncated\tDuration: 12.5 ms',
    '',
  ])('returns null for %j', (line) => {
    expect(parseLambdaReport(line)).toBeNull();
  });
});
