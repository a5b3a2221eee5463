import {
  ProtobufLogsSerializer,
  ProtobufMetricsSerializer,
  ProtobufTraceSerializer,
} from '@opentelemetry/otlp-transformer';
import protobuf from 'protobufjs';
import { describe, expect, it } from 'vitest';

import { DecodeError } from '../types.ts';
import { decodeOtlpLogs, decodeOtlpMetrics, decodeOtlpTraces } from './decode-otlp.ts';
import { collectSdkMetrics, emitSdkLogs, recordSdkSpans } from './testdata/sdk-telemetry.ts';

type Writer = protobuf.Writer;

/** Writes a length-delimited sub-message with `tag`. */
function message(w: Writer, tag: number, body: (w: Writer) => void): Writer {
  w.uint32(tag).fork();
  body(w);
  return w.ldelim();
}

const TRACE_ID = Uint8Array.from({ length: 16 }, (_, i) => i + 1);
const SPAN_ID = Uint8Array.from({ length: 8 }, (_, i) => 0xa0 + i);

/** ExportTraceServiceRequest > ResourceSpans > ScopeSpans > Span(s). */
function tracesRequest(...spans: ((w: Writer) => void)[]): Uint8Array {
  const w = protobuf.Writer.create();
  message(w, 10, (rs) =>
    message(rs, 18, (ss) => {
      for (const span of spans) message(ss, 18, span);
    }),
  );
  return w.finish();
}

function span(name: string, traceId = TRACE_ID, spanId = SPAN_ID) {
  return (w: Writer) => {
    w.uint32(10).bytes(traceId).uint32(18).bytes(spanId).uint32(42).string(name);
  };
}

/** ExportMetricsServiceRequest with one metric whose body is written by `metric`. */
function metricsRequest(metric: (w: Writer) => void): Uint8Array {
  const w = protobuf.Writer.create();
  message(w, 10, (rm) => message(rm, 18, (sm) => message(sm, 18, metric)));
  return w.finish();
}

function expectOnlyDecodeErrors(run: () => unknown): number {
  try {
    run();
    return 0;
  } catch (err) {
    expect(err).toBeInstanceOf(DecodeError);
    expect((err as DecodeError).status).toBe(400);
    return 1;
  }
}

describe('OTLP protobuf quirks', () => {
  it('fails truncated bodies with a 400, at every cut point of real SDK bytes', async () => {
    const bodies: [Uint8Array | undefined, (body: Uint8Array, encoding: 'protobuf') => unknown][] =
      [
        [ProtobufMetricsSerializer.serializeRequest(await collectSdkMetrics()), decodeOtlpMetrics],
        [ProtobufTraceSerializer.serializeRequest(recordSdkSpans()), decodeOtlpTraces],
      ];
    for (const [body = new Uint8Array(0), decode] of bodies) {
      let failures = 0;
      for (let cut = 1; cut < body.length; cut++) {
        failures += expectOnlyDecodeErrors(() => decode(body.subarray(0, cut), 'protobuf'));
      }
      // A single top-level message: every cut inside it is a truncation.
      expect(failures).toBe(body.length - 1);
    }
  });

  it('never crashes on a body of the wrong signal', async () => {
    const traces = ProtobufTraceSerializer.serializeRequest(recordSdkSpans()) ?? new Uint8Array(0);
    const metrics =
      ProtobufMetricsSerializer.serializeRequest(await collectSdkMetrics()) ?? new Uint8Array(0);
    const [span] = recordSdkSpans();
    const logs = span
      ? (ProtobufLogsSerializer.serializeRequest(emitSdkLogs(span)) ?? new Uint8Array(0))
      : new Uint8Array(0);
    for (const body of [traces, metrics, logs]) {
      expectOnlyDecodeErrors(() => decodeOtlpMetrics(body, 'protobuf'));
      expectOnlyDecodeErrors(() => decodeOtlpTraces(body, 'protobuf'));
      expectOnlyDecodeErrors(() => decodeOtlpLogs(body, 'protobuf'));
    }
  });

  it('never throws anything but DecodeError on random bytes', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return seed >>> 24;
    };
    for (let round = 0; round < 300; round++) {
      const junk = Uint8Array.from({ length: 1 + (round % 80) }, random);
      expectOnlyDecodeErrors(() => decodeOtlpMetrics(junk, 'protobuf'));
      expectOnlyDecodeErrors(() => decodeOtlpTraces(junk, 'protobuf'));
      expectOnlyDecodeErrors(() => decodeOtlpLogs(junk, 'protobuf'));
    }
  });

  it('fails invalid UTF-8 in a string field with a 400', () => {
    const body = tracesRequest((w) => {
      span('x')(w);
      w.uint32(42).bytes(new Uint8Array([0x63, 0xc3, 0x28]));
    });
    expect(() => decodeOtlpTraces(body, 'protobuf')).toThrow(/not valid UTF-8/);
  });

  it('fails AnyValue nesting deeper than 32 with a 400', () => {
    const nested = (depth: number) => (w: Writer) => {
      // KeyValue{key, value: AnyValue{kvlist_value: KeyValueList{values: [KeyValue…]}}}
      w.uint32(10).string('k');
      message(w, 18, (value) => {
        if (depth === 1) value.uint32(24).int64(1);
        else message(value, 50, (list) => message(list, 10, nested(depth - 1)));
      });
    };
    const body = (depth: number) =>
      tracesRequest((w) => {
        span('x')(w);
        message(w, 74, nested(depth));
      });
    expect(decodeOtlpTraces(body(32), 'protobuf').rejected).toEqual([]);
    expect(() => decodeOtlpTraces(body(33), 'protobuf')).toThrow(/nested deeper than 32/);
  });

  it('skips unknown fields, including groups', () => {
    const body = tracesRequest((w) => {
      span('known')(w);
      w.uint32((200 << 3) | 0).uint64(123);
      w.uint32((201 << 3) | 5).fixed32(7);
      w.uint32((202 << 3) | 3)
        .uint32((1 << 3) | 0)
        .uint32(5)
        .uint32((202 << 3) | 4);
    });
    expect(decodeOtlpTraces(body, 'protobuf').resourceSpans[0]?.scopeSpans[0]?.spans[0]?.name).toBe(
      'known',
    );
  });

  it('rejects only spans with a bad id and keeps duplicate attribute keys last-wins', () => {
    const body = tracesRequest(
      span('short trace id', TRACE_ID.subarray(0, 8)),
      span('zero span id', TRACE_ID, new Uint8Array(8)),
      (w) => {
        span('good')(w);
        message(w, 74, (kv) =>
          message(kv.uint32(10).string('a'), 18, (v) => v.uint32(10).string('1')),
        );
        message(w, 74, (kv) =>
          message(kv.uint32(10).string('a'), 18, (v) => v.uint32(10).string('2')),
        );
      },
    );
    const result = decodeOtlpTraces(body, 'protobuf');
    const spans = result.resourceSpans[0]?.scopeSpans[0]?.spans ?? [];
    expect(spans.map((s) => s.name)).toEqual(['good']);
    expect(spans[0]?.traceId).toBe('0102030405060708090a0b0c0d0e0f10');
    expect(spans[0]?.attributes).toEqual({ a: '2' });
    expect(result.rejected).toEqual([
      { count: 1, reason: 'span: traceId must be 16 bytes, got 8' },
      { count: 1, reason: 'span: spanId is all zeros' },
    ]);
  });

  it('rejects points without a value, histograms with bad buckets and unknown temporality', () => {
    const gauge = metricsRequest((m) => {
      m.uint32(10).string('g');
      message(m, 42, (g) => {
        message(g, 10, (p) => p.uint32(25).fixed64(5));
        message(g, 10, (p) => p.uint32(25).fixed64(6).uint32(33).double(1.5));
      });
    });
    const gaugeResult = decodeOtlpMetrics(gauge, 'protobuf');
    expect(gaugeResult.resourceMetrics[0]?.scopeMetrics[0]?.metrics[0]?.points).toHaveLength(1);
    expect(gaugeResult.rejected).toEqual([
      { count: 1, reason: 'metric "g": number data point has neither asDouble nor asInt' },
    ]);

    const histogram = metricsRequest((m) => {
      m.uint32(10).string('h');
      message(m, 74, (h) => {
        h.uint32(16).int32(1);
        message(h, 10, (p) => {
          p.uint32(33).fixed64(3);
          message(p, 50, (c) => c.fixed64(1).fixed64(2));
          message(p, 58, (b) => b.double(1).double(2));
        });
      });
    });
    expect(decodeOtlpMetrics(histogram, 'protobuf').rejected).toEqual([
      { count: 1, reason: 'metric "h": histogram has 2 bucket counts for 2 bounds' },
    ]);

    const sum = metricsRequest((m) => {
      m.uint32(10).string('s');
      message(m, 58, (s) => {
        s.uint32(16).int32(5);
        message(s, 10, (p) => p.uint32(49).sfixed64(1));
      });
    });
    const sumResult = decodeOtlpMetrics(sum, 'protobuf');
    expect(sumResult.resourceMetrics[0]?.scopeMetrics[0]?.metrics).toEqual([]);
    expect(sumResult.rejected).toEqual([
      { count: 1, reason: 'metric "s": unknown aggregationTemporality 5' },
    ]);
  });

  it('reads unpacked repeated fields and exact fixed64 timestamps', () => {
    const body = metricsRequest((m) => {
      m.uint32(10).string('h');
      message(m, 74, (h) => {
        h.uint32(16).int32(2);
        message(h, 10, (p) => {
          p.uint32(25).fixed64('18446744073709551615');
          p.uint32(49).fixed64(1).uint32(49).fixed64(2);
          p.uint32(57).double(0.5);
        });
      });
    });
    const metric = decodeOtlpMetrics(body, 'protobuf').resourceMetrics[0]?.scopeMetrics[0]
      ?.metrics[0];
    expect(metric?.type).toBe('histogram');
    if (metric?.type !== 'histogram') return;
    expect(metric.points[0]?.timeUnixNano).toBe(18446744073709551615n);
    expect(metric.points[0]?.bucketCounts).toEqual([1n, 2n]);
    expect(metric.points[0]?.explicitBounds).toEqual([0.5]);
  });

  it('decodes empty requests and empty envelopes to zero items', () => {
    expect(decodeOtlpMetrics(new Uint8Array(0), 'protobuf')).toEqual({
      resourceMetrics: [],
      rejected: [],
    });
    const w = protobuf.Writer.create();
    message(w, 10, () => undefined);
    expect(decodeOtlpLogs(w.finish(), 'protobuf').resourceLogs).toEqual([
      { resource: { attributes: {} }, scopeLogs: [] },
    ]);
  });
});
