import type { RuleSet } from './types.ts';

/**
 * Per-invocation gauges of the opentelemetry-lambda telemetryapi receiver (`aws.lambda.<key>`
 * for each `platform.report` metric). The receiver already multiplies the MB fields by
 * 1,048,576 and declares `By`; the rule's conversion only applies when no unit is declared.
 * Durations of the same points become invocation and cold-start events (lambda/).
 * @see https://github.com/open-telemetry/opentelemetry-lambda/blob/main/collector/receiver/telemetryapireceiver/converter.go
 */
export const LAMBDA_RULES: RuleSet = {
  family: 'lambda',
  rules: [
    {
      match: { metric: 'aws.lambda.maxMemoryUsedMB' },
      kpi: 'memory_bytes',
      shape: 'gauge',
      convert: 'mebibytes',
      merge: 'max',
    },
  ],
};
