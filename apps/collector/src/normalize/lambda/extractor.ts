import type { OtlpMetricExtractor } from '../otlp/normalize-otlp-metrics.ts';
import { addLambdaMetricEvents, LAMBDA_EVENT_METRICS } from './from-metrics.ts';

/** Reads the Lambda extension's per-invocation duration gauges into events. */
export const LAMBDA_METRIC_EXTRACTOR: OtlpMetricExtractor = {
  names: LAMBDA_EVENT_METRICS,
  add: addLambdaMetricEvents,
};
