import { RejectionCollector } from '../rejections.ts';
import type { OtlpDecoded, OtlpLogRecord, OtlpLogsRequest } from '../types.ts';
import {
  readJsonAnyValue,
  readJsonAttributes,
  readJsonResource,
  readJsonScope,
  readObjects,
} from './json-common.ts';
import { field, readEnum, readObject, readString, readUint64 } from './json-fields.ts';
import type { JsonObject } from './json-fields.ts';
import { SPAN_ID_BYTES, TRACE_ID_BYTES, readHexId } from './ids.ts';
import { ItemError } from './item-error.ts';

type ResourceLogs = OtlpLogsRequest['resourceLogs'][number];

function readLogRecord(record: JsonObject): OtlpLogRecord {
  const result: OtlpLogRecord = {
    timeUnixNano: readUint64(field(record, 'timeUnixNano'), 'timeUnixNano'),
    observedTimeUnixNano: readUint64(field(record, 'observedTimeUnixNano'), 'observedTimeUnixNano'),
    severityNumber: readEnum(field(record, 'severityNumber'), 'logRecord.severityNumber'),
    severityText: readString(field(record, 'severityText'), 'logRecord.severityText'),
    body: readJsonAnyValue(field(record, 'body'), 1),
    attributes: readJsonAttributes(field(record, 'attributes')),
  };
  const eventName = readString(field(record, 'eventName'), 'logRecord.eventName');
  const traceId = readHexId(field(record, 'traceId'), TRACE_ID_BYTES, 'traceId', true);
  const spanId = readHexId(field(record, 'spanId'), SPAN_ID_BYTES, 'spanId', true);
  if (eventName !== '') result.eventName = eventName;
  if (traceId !== undefined) result.traceId = traceId;
  if (spanId !== undefined) result.spanId = spanId;
  return result;
}

function readLogRecords(list: unknown, rejected: RejectionCollector): OtlpLogRecord[] {
  const records: OtlpLogRecord[] = [];
  for (const record of readObjects(list, 'logRecords')) {
    try {
      records.push(readLogRecord(record));
    } catch (err) {
      if (!(err instanceof ItemError)) throw err;
      rejected.add(`log record: ${err.message}`);
    }
  }
  return records;
}

/** ExportLogsServiceRequest in OTLP/JSON. */
export function decodeLogsJson(root: unknown): OtlpDecoded<OtlpLogsRequest> {
  const request = readObject(root, 'request') ?? {};
  const rejected = new RejectionCollector();
  const resourceLogs: ResourceLogs[] = readObjects(
    field(request, 'resourceLogs'),
    'resourceLogs',
  ).map((resourceLog) => ({
    resource: readJsonResource(field(resourceLog, 'resource')),
    scopeLogs: readObjects(field(resourceLog, 'scopeLogs'), 'scopeLogs').map((scopeLog) => ({
      scope: readJsonScope(field(scopeLog, 'scope')),
      logRecords: readLogRecords(field(scopeLog, 'logRecords'), rejected),
    })),
  }));
  return { resourceLogs, rejected: rejected.list() };
}
