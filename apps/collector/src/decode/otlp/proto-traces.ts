import type { ProtoReader } from '../proto/reader.ts';
import { RejectionCollector } from '../rejections.ts';
import type { OtlpAttributes, OtlpDecoded, OtlpSpan, OtlpTracesRequest } from '../types.ts';
import { SPAN_ID_BYTES, TRACE_ID_BYTES, readBinaryId } from './ids.ts';
import { readEnvelopes, refusingItemErrors } from './proto-envelope.ts';
import { createAttributes, readKeyValue } from './proto-common.ts';

const EMPTY_BYTES = new Uint8Array(0);

type SpanEvent = OtlpSpan['events'][number];

/** trace.v1.Span.Event: time_unix_nano = 1, name = 2, attributes = 3. */
function readEvent(r: ProtoReader): SpanEvent {
  const event: SpanEvent = { timeUnixNano: 0n, name: '', attributes: createAttributes() };
  const outer = r.enter();
  while (r.pos < r.end) {
    const tag = r.uint32();
    if (tag === 9) event.timeUnixNano = r.fixed64();
    else if (tag === 18) event.name = r.string();
    else if (tag === 26) readKeyValue(r, event.attributes);
    else r.skip(tag);
  }
  r.leave(outer);
  return event;
}

/** trace.v1.Status: message = 2, code = 3 (field 1 is reserved). */
function readStatus(r: ProtoReader): OtlpSpan['status'] {
  const status = { code: 0, message: '' };
  const outer = r.enter();
  while (r.pos < r.end) {
    const tag = r.uint32();
    if (tag === 18) status.message = r.string();
    else if (tag === 24) status.code = r.int32();
    else r.skip(tag);
  }
  r.leave(outer);
  return status;
}

/** trace.v1.Span; ids are checked after the whole span is read, so the reader stays aligned. */
function readSpan(r: ProtoReader): OtlpSpan {
  let traceId: Uint8Array = EMPTY_BYTES;
  let spanId: Uint8Array = EMPTY_BYTES;
  let parentSpanId: Uint8Array = EMPTY_BYTES;
  let name = '';
  let kind = 0;
  let startTimeUnixNano = 0n;
  let endTimeUnixNano = 0n;
  const attributes: OtlpAttributes = createAttributes();
  const events: SpanEvent[] = [];
  let status = { code: 0, message: '' };
  const outer = r.enter();
  while (r.pos < r.end) {
    const tag = r.uint32();
    if (tag === 10) traceId = r.bytes();
    else if (tag === 18) spanId = r.bytes();
    else if (tag === 34) parentSpanId = r.bytes();
    else if (tag === 42) name = r.string();
    else if (tag === 48) kind = r.int32();
    else if (tag === 57) startTimeUnixNano = r.fixed64();
    else if (tag === 65) endTimeUnixNano = r.fixed64();
    else if (tag === 74) readKeyValue(r, attributes);
    else if (tag === 90) events.push(readEvent(r));
    else if (tag === 122) status = readStatus(r);
    else r.skip(tag);
  }
  r.leave(outer);
  const span: OtlpSpan = {
    traceId: readBinaryId(traceId, TRACE_ID_BYTES, 'traceId', false) ?? '',
    spanId: readBinaryId(spanId, SPAN_ID_BYTES, 'spanId', false) ?? '',
    name,
    kind,
    startTimeUnixNano,
    endTimeUnixNano,
    attributes,
    events,
    status,
  };
  const parent = readBinaryId(parentSpanId, SPAN_ID_BYTES, 'parentSpanId', true);
  if (parent !== undefined) span.parentSpanId = parent;
  return span;
}

/** collector.trace.v1.ExportTraceServiceRequest: resource_spans = 1. */
export function decodeTracesProto(body: Uint8Array): OtlpDecoded<OtlpTracesRequest> {
  const rejected = new RejectionCollector();
  const envelopes = readEnvelopes(body, refusingItemErrors('span', readSpan, rejected));
  const resourceSpans = envelopes.map(({ resource, scopes }) => ({
    resource,
    scopeSpans: scopes.map(({ scope, items }) => ({ scope, spans: items })),
  }));
  return { resourceSpans, rejected: rejected.list() };
}
