import type { OtlpMetric } from '../../decode/types.ts';
import type { BatchBuilder } from '../batch-builder.ts';
import { toStringValue } from '../otlp/attributes.ts';
import type { OtlpResourceScope } from '../otlp/otlp-resources.ts';
import { ATTR_FAAS_INVOCATION_ID, ATTR_FAAS_INVOCATION_ID_OLD } from '../semconv.ts';
import { pickTimeNs } from '../time.ts';
import { convertValue, findConversionForUnit } from '../units.ts';

/**
 * The telemetryapi receiver turns each `platform.report` into one gauge point per field,
 * `aws.lambda.durationMs` and (cold starts only) `aws.lambda.initDurationMs`, tagged with
 * the invocation id. Points of one invocation are paired back into an invocation event and,
 * when there was an init, a cold-start event. The status is not among those points, so the
 * invocation's error flag stays false; REPORT lines and platform.report logs carry it.
 */
export const LAMBDA_EVENT_METRICS: ReadonlySet<string> = new Set([
  'aws.lambda.durationMs',
  'aws.lambda.initDurationMs',
]);

type Invocation = { timestampNs: bigint; durationSeconds?: number; initSeconds?: number };

const toSeconds = (metric: OtlpMetric, value: number | bigint): number =>
  convertValue(Number(value), findConversionForUnit(metric.unit) ?? 'milliseconds');

export const addLambdaMetricEvents = (
  metrics: readonly OtlpMetric[],
  scope: OtlpResourceScope,
  builder: BatchBuilder,
  receivedAtNs: bigint,
): void => {
  const invocations = new Map<string, Invocation>();
  for (const metric of metrics) {
    if (!LAMBDA_EVENT_METRICS.has(metric.name) || metric.type !== 'gauge') continue;
    for (const point of metric.points) {
      const id =
        toStringValue(point.attributes[ATTR_FAAS_INVOCATION_ID_OLD]) ??
        toStringValue(point.attributes[ATTR_FAAS_INVOCATION_ID]);
      if (id === undefined) continue;
      const invocation = invocations.get(id) ?? {
        timestampNs: pickTimeNs(point.timeUnixNano, receivedAtNs),
      };
      if (metric.name === 'aws.lambda.durationMs')
        invocation.durationSeconds = toSeconds(metric, point.value);
      else invocation.initSeconds = toSeconds(metric, point.value);
      invocations.set(id, invocation);
    }
  }
  if (invocations.size === 0) return;
  const resource = scope.findBase('aws-lambda');
  if (resource === undefined) return;
  for (const [id, { timestampNs, durationSeconds, initSeconds }] of invocations) {
    const attributes = { [ATTR_FAAS_INVOCATION_ID]: id };
    if (durationSeconds !== undefined) {
      builder.addEvent({
        type: 'invocation',
        resource,
        timestampNs,
        durationSeconds,
        cold: initSeconds !== undefined,
        error: false,
        attributes,
      });
    }
    if (initSeconds !== undefined) {
      builder.addEvent({
        type: 'cold_start',
        resource,
        timestampNs,
        durationSeconds: initSeconds,
        source: 'lambda:aws.lambda.initDurationMs',
        attributes,
      });
    }
  }
};
