import { ProtoReader } from '../proto/reader.ts';
import { RejectionCollector } from '../rejections.ts';
import type { OtlpAnyValue, OtlpDecoded, OtlpLogRecord, OtlpLogsRequest } from '../types.ts';
import { SPAN_ID_BYTES, TRACE_ID_BYTES, readBinaryId } from './ids.ts';
import { ItemError } from './item-error.ts';
import {
  createAttributes,
  emptyResource,
  emptyScope,
  readAnyValue,
  readKeyValue,
  readResource,
  readScope,
} from './proto-common.ts';

const EMPTY_BYTES = new Uint8Array(0);

type ResourceLogs = OtlpLogsRequest['resourceLogs'][number];
type ScopeLogs = ResourceLogs['scopeLogs'][number];

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

function readScopeLogs(r: ProtoReader, rejected: RejectionCollector): ScopeLogs {
  const result: ScopeLogs = { scope: emptyScope(), logRecords: [] };
  const outer = r.enter();
  while (r.pos < r.end) {
    const tag = r.uint32();
    if (tag === 10) result.scope = readScope(r);
    else if (tag === 18) {
      try {
        result.logRecords.push(readLogRecord(r));
      } catch (err) {
        if (!(err instanceof ItemError)) throw err;
        rejected.add(`log record: ${err.message}`);
      }
    } else r.skip(tag);
  }
  r.leave(outer);
  return result;
}

function readResourceLogs(r: ProtoReader, rejected: RejectionCollector): ResourceLogs {
  const result: ResourceLogs = { resource: emptyResource(), scopeLogs: [] };
  const outer = r.enter();
  while (r.pos < r.end) {
    const tag = r.uint32();
    if (tag === 10) result.resource = readResource(r);
    else if (tag === 18) result.scopeLogs.push(readScopeLogs(r, rejected));
    else r.skip(tag);
  }
  r.leave(outer);
  return result;
}

/** collector.logs.v1.ExportLogsServiceRequest: resource_logs = 1. */
export function decodeLogsProto(body: Uint8Array): OtlpDecoded<OtlpLogsRequest> {
  const r = new ProtoReader(body);
  const rejected = new RejectionCollector();
  const resourceLogs: ResourceLogs[] = [];
  while (r.pos < r.end) {
    const tag = r.uint32();
    if (tag === 10) resourceLogs.push(readResourceLogs(r, rejected));
    else r.skip(tag);
  }
  return { resourceLogs, rejected: rejected.list() };
}
