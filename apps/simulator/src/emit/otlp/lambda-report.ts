import type { Invocation } from '../../fleet/events.ts';
import type { ServerlessService } from '../../fleet/inventory/serverless.ts';
import type { LogSpec } from './event-specs.ts';

const ms = (seconds: number): string => (seconds * 1000).toFixed(2);

/** Max memory used: the runtime's floor plus what the invocation touched, under the limit. */
const usedMb = (fn: ServerlessService, call: Invocation): number =>
  Math.min(
    fn.memoryMb,
    Math.round(38 + fn.memoryMb * 0.22 + (call.cold ? 6 : 0) + (call.durationSeconds % 1) * 9),
  );

/**
 * The three lines Lambda writes to CloudWatch per invocation. REPORT is tab-separated with a
 * trailing tab; `Init Duration` only on cold starts, `Status: timeout` only on timeouts;
 * billing is per started millisecond.
 * @see https://docs.aws.amazon.com/lambda/latest/dg/nodejs-logging.html
 */
export const reportLinesOf = (fn: ServerlessService, call: Invocation): LogSpec[] => {
  const endMs = Math.round(call.startMs + call.durationSeconds * 1000);
  const fields = [
    `REPORT RequestId: ${call.requestId}`,
    `Duration: ${ms(call.durationSeconds)} ms`,
    `Billed Duration: ${Math.ceil(call.durationSeconds * 1000)} ms`,
    `Memory Size: ${fn.memoryMb} MB`,
    `Max Memory Used: ${usedMb(fn, call)} MB`,
  ];
  if (call.initSeconds !== undefined) fields.push(`Init Duration: ${ms(call.initSeconds)} ms`);
  if (call.timeout) fields.push('Status: timeout');
  const attributes = { 'aws.lambda.request_id': call.requestId };

  return [
    {
      timestampMs: call.startMs,
      body: `START RequestId: ${call.requestId} Version: $LATEST`,
      attributes,
    },
    { timestampMs: endMs, body: `END RequestId: ${call.requestId}`, attributes },
    { timestampMs: endMs, body: `${fields.join('\t')}\t`, attributes },
  ];
};
