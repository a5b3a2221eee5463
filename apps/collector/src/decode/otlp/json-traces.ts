import { RejectionCollector } from '../rejections.ts';
import type { OtlpDecoded, OtlpSpan, OtlpTracesRequest } from '../types.ts';
import { readJsonAttributes, readJsonResource, readJsonScope, readObjects } from './json-common.ts';
import { field, readEnum, readObject, readString, readUint64 } from './json-fields.ts';
import type { JsonObject } from './json-fields.ts';
import { SPAN_ID_BYTES, TRACE_ID_BYTES, readHexId } from './ids.ts';
import { ItemError } from './item-error.ts';

type ResourceSpans = OtlpTracesRequest['resourceSpans'][number];

function readSpan(span: JsonObject): OtlpSpan {
  const status = readObject(field(span, 'status'), 'span.status') ?? {};
  const result: OtlpSpan = {
    traceId: readHexId(field(span, 'traceId'), TRACE_ID_BYTES, 'traceId', false) ?? '',
    spanId: readHexId(field(span, 'spanId'), SPAN_ID_BYTES, 'spanId', false) ?? '',
    name: readString(field(span, 'name'), 'span.name'),
    kind: readEnum(field(span, 'kind'), 'span.kind'),
    startTimeUnixNano: readUint64(field(span, 'startTimeUnixNano'), 'startTimeUnixNano'),
    endTimeUnixNano: readUint64(field(span, 'endTimeUnixNano'), 'endTimeUnixNano'),
    attributes: readJsonAttributes(field(span, 'attributes')),
    events: readObjects(field(span, 'events'), 'span.events').map((event) => ({
      timeUnixNano: readUint64(field(event, 'timeUnixNano'), 'event.timeUnixNano'),
      name: readString(field(event, 'name'), 'event.name'),
      attributes: readJsonAttributes(field(event, 'attributes')),
    })),
    status: {
      code: readEnum(field(status, 'code'), 'span.status.code'),
      message: readString(field(status, 'message'), 'span.status.message'),
    },
  };
  const parent = readHexId(field(span, 'parentSpanId'), SPAN_ID_BYTES, 'parentSpanId', true);
  if (parent !== undefined) result.parentSpanId = parent;
  return result;
}

function readSpans(list: unknown, rejected: RejectionCollector): OtlpSpan[] {
  const spans: OtlpSpan[] = [];
  for (const span of readObjects(list, 'spans')) {
    try {
      spans.push(readSpan(span));
    } catch (err) {
      if (!(err instanceof ItemError)) throw err;
      rejected.add(`span: ${err.message}`);
    }
  }
  return spans;
}

/** ExportTraceServiceRequest in OTLP/JSON: ids are hex, and a bad id refuses only its span. */
export function decodeTracesJson(root: unknown): OtlpDecoded<OtlpTracesRequest> {
  const request = readObject(root, 'request') ?? {};
  const rejected = new RejectionCollector();
  const resourceSpans: ResourceSpans[] = readObjects(
    field(request, 'resourceSpans'),
    'resourceSpans',
  ).map((resourceSpan) => ({
    resource: readJsonResource(field(resourceSpan, 'resource')),
    scopeSpans: readObjects(field(resourceSpan, 'scopeSpans'), 'scopeSpans').map((scopeSpan) => ({
      scope: readJsonScope(field(scopeSpan, 'scope')),
      spans: readSpans(field(scopeSpan, 'spans'), rejected),
    })),
  }));
  return { resourceSpans, rejected: rejected.list() };
}
