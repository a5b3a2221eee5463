import type { ProtoReader } from '../proto/reader.ts';
import { RejectionCollector } from '../rejections.ts';
import type { OtlpAnyValue, OtlpDecoded, OtlpLogRecord, OtlpLogsRequest } from '../types.ts';
import { SPAN_ID_BYTES, TRACE_ID_BYTES, readBinaryId } from './ids.ts';
import { readEnvelopes, refusingItemErrors } from './proto-envelope.ts';
import { createAttributes, readAnyValue, readKeyValue } from './proto-common.ts';

const EMPTY_BYTES = new Uint8Array(0);

/** logs.v1.LogRecord; trace context is optional, and an all-zero id means "none". */
function readLogRecord(r: ProtoReader): OtlpLogRecord {
  let traceId: Uint8Array = EMPTY_BYTES;
  let spanId: Uint8Array = EMPTY_BYTES;
  let body: OtlpAnyValue = null;
  let eventName = '';
  const record: OtlpLogRecord = {
    timeUnixNano: 0n,
    observedTimeUnixNano: 0n,
    severityNumber: 0,
    severityText: '',
    body,
    attributes: createAttributes(),
  };
  const outer = r.enter();
  while (r.pos < r.end) {
    const tag = r.uint32();
    if (tag === 9) record.timeUnixNano = r.fixed64();
    else if (tag === 89) record.observedTimeUnixNano = r.fixed64();
    else if (tag === 16) record.severityNumber = r.int32();
    else if (tag === 26) record.severityText = r.string();
    else if (tag === 42) body = readAnyValue(r, 1);
    else if (tag === 50) readKeyValue(r, record.attributes);
    else if (tag === 74) traceId = r.bytes();
    else if (tag === 82) spanId = r.bytes();
    else if (tag === 98) eventName = r.string();
    else r.skip(tag);
  }
  r.leave(outer);
  record.body = body;
  if (eventName !== '') record.eventName = eventName;
  const trace = readBinaryId(traceId, TRACE_ID_BYTES, 'traceId', true);
  const span = readBinaryId(spanId, SPAN_ID_BYTES, 'spanId', true);
  if (trace !== undefined) record.traceId = trace;
  if (span !== undefined) record.spanId = span;
  return record;
}

/** collector.logs.v1.ExportLogsServiceRequest: resource_logs = 1. */
export function decodeLogsProto(body: Uint8Array): OtlpDecoded<OtlpLogsRequest> {
  const rejected = new RejectionCollector();
  const envelopes = readEnvelopes(body, refusingItemErrors('log record', readLogRecord, rejected));
  const resourceLogs = envelopes.map(({ resource, scopes }) => ({
    resource,
    scopeLogs: scopes.map(({ scope, items }) => ({ scope, logRecords: items })),
  }));
  return { resourceLogs, rejected: rejected.list() };
}
