import type { OtlpLogRecord } from '../../decode/types.ts';
import type { BatchBuilder } from '../batch-builder.ts';
import { isRecord, toPlain } from '../otlp/to-plain.ts';
import type { OtlpResourceScope } from '../otlp/otlp-resources.ts';
import { toStringValue } from '../otlp/attributes.ts';
import {
  ATTR_LAMBDA_EVENT_TYPE,
  ATTR_LAMBDA_EVENT_TYPE_OLD,
  LAMBDA_EVENT_PLATFORM_INIT_REPORT,
  LAMBDA_EVENT_PLATFORM_REPORT,
} from '../semconv.ts';
import { pickTimeNs } from '../time.ts';
import { isLambdaReport, parseLambdaReport } from './parse-report.ts';
import { readPlatformReport, toInitColdStart, toLambdaOutputs } from './to-lambda-events.ts';

const readEventType = (record: OtlpLogRecord): string | undefined =>
  toStringValue(record.attributes[ATTR_LAMBDA_EVENT_TYPE]) ??
  toStringValue(record.attributes[ATTR_LAMBDA_EVENT_TYPE_OLD]);

/** True for log records this module reads: REPORT lines and Telemetry API platform records. */
export const isLambdaLog = (record: OtlpLogRecord): boolean => {
  const type = readEventType(record);
  if (type === LAMBDA_EVENT_PLATFORM_REPORT || type === LAMBDA_EVENT_PLATFORM_INIT_REPORT) {
    return true;
  }

  return typeof record.body === 'string' && isLambdaReport(record.body);
};

/**
 * A Lambda log record → events and the memory sample. REPORT lines are Lambda's alone, so
 * their resource is AWS Lambda even when the resource attributes say nothing. Returns false
 * when the record is not readable (counted as unmapped by the caller).
 */
export const addLambdaLog = (
  record: OtlpLogRecord,
  scope: OtlpResourceScope,
  builder: BatchBuilder,
  receivedAtNs: bigint,
): boolean => {
  const resource = scope.findBase('aws-lambda');
  if (resource === undefined) return false;
  const timestampNs = pickTimeNs(
    record.timeUnixNano,
    pickTimeNs(record.observedTimeUnixNano, receivedAtNs),
  );
  const type = readEventType(record);
  const body =
    type === LAMBDA_EVENT_PLATFORM_REPORT || type === LAMBDA_EVENT_PLATFORM_INIT_REPORT
      ? toPlain(record.body)
      : undefined;
  // A record typed by the receiver whose body is not JSON (its logReport option) is the
  // formatted line itself, read below like a CloudWatch one.
  if (isRecord(body)) {
    if (type === LAMBDA_EVENT_PLATFORM_INIT_REPORT) {
      const event = toInitColdStart(body, resource, timestampNs);
      if (event) builder.addEvent(event);

      return event !== undefined;
    }
    const report = readPlatformReport(body);
    if (report === null) return false;
    const outputs = toLambdaOutputs(report, resource, timestampNs, undefined);
    outputs.events.forEach(builder.addEvent);
    outputs.samples.forEach((sample) => builder.addSample(sample, 'max'));

    return true;
  }
  const report = typeof record.body === 'string' ? parseLambdaReport(record.body) : null;
  if (report === null) return false;
  const outputs = toLambdaOutputs(report, resource, timestampNs, 'lambda:report');
  outputs.events.forEach(builder.addEvent);
  outputs.samples.forEach((sample) => builder.addSample(sample, 'max'));

  return true;
};
