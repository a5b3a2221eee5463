import { describe, expect, it } from 'vitest';

import { parseLambdaReport } from './parse-report.ts';

describe('parseLambdaReport', () => {
  it('reads a cold-start REPORT line written with spaces', () => {
    const line =
      'REPORT RequestId: 3f1c9e2a-7b1d-4c55-9d0e-2f6a1b8c4d21 Duration: 1201.12 ms ' +
      'Billed Duration: 1300 ms Memory Size: 128 MB Max Memory Used: 78 MB ' +
      'Init Duration: 287.33 ms';
    expect(parseLambdaReport(line)).toEqual({
      requestId: '3f1c9e2a-7b1d-4c55-9d0e-2f6a1b8c4d21',
      durationMs: 1201.12,
      billedDurationMs: 1300,
      memorySizeMb: 128,
      maxMemoryUsedMb: 78,
      initDurationMs: 287.33,
    });
  });

  it('reads a tab-separated warm REPORT line with X-Ray fields and a trailing tab', () => {
    const line =
      'REPORT RequestId: 8f507cfc-xmpl-4697-b07a-ac58fc914c95\tDuration: 3.22 ms\t' +
      'Billed Duration: 4 ms\tMemory Size: 128 MB\tMax Memory Used: 76 MB\t\n';
    const report = parseLambdaReport(line);
    expect(report?.durationMs).toBe(3.22);
    expect(report?.billedDurationMs).toBe(4);
    expect(report?.initDurationMs).toBeUndefined();
  });

  it('reads the status of a timed-out invocation', () => {
    const line =
      'REPORT RequestId: a1\tDuration: 3003.29 ms\tBilled Duration: 3000 ms\t' +
      'Memory Size: 128 MB\tMax Memory Used: 38 MB\tStatus: timeout';
    expect(parseLambdaReport(line)?.status).toBe('timeout');
  });

  it('refuses lines that are not complete REPORT lines', () => {
    expect(parseLambdaReport('START RequestId: a1 Version: $LATEST')).toBeNull();
    expect(parseLambdaReport('REPORT RequestId: a1 Duration: 3.2 ms')).toBeNull();
  });
});
