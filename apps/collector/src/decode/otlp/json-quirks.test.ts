import { describe, expect, it } from 'vitest';

import { DecodeError } from '../types.ts';
import { decodeOtlpLogs, decodeOtlpMetrics, decodeOtlpTraces } from './decode-otlp.ts';

const json = (text: string) => new TextEncoder().encode(text);

const TRACE_ID = '5B8EFFF798038103D269B633813FC60C';
const SPAN_ID = 'EEE19B7EC3C1B174';

function spanJson(extra: string, ids = `"traceId":"${TRACE_ID}","spanId":"${SPAN_ID}"`): string {
  return `{"resourceSpans":[{"scopeSpans":[{"spans":[{${ids},"name":"s"${extra}}]}]}]}`;
}

function gaugeJson(point: string, extra = ''): string {
  return `{"resourceMetrics":[{"scopeMetrics":[{"metrics":[{"name":"m","gauge":{"dataPoints":[${point}]}${extra}}]}]}]}`;
}

function decodeError(run: () => unknown): DecodeError {
  try {
    run();
  } catch (err) {
    if (err instanceof DecodeError) return err;
    throw err;
  }
  throw new Error('expected a DecodeError');
}

describe('OTLP/JSON quirks', () => {
  it('keeps nanosecond timestamps above 2^53 exact, whether numbers or strings', () => {
    const body = gaugeJson(
      '{"timeUnixNano":1700000000123456789,"startTimeUnixNano":"1700000000000000001","asDouble":1}',
    );
    const point = decodeOtlpMetrics(json(body), 'json').resourceMetrics[0]?.scopeMetrics[0]
      ?.metrics[0]?.points[0];
    expect(point?.timeUnixNano).toBe(1700000000123456789n);
    expect(point?.startTimeUnixNano).toBe(1700000000000000001n);
  });

  it('leaves digits inside strings and long fractions alone', () => {
    const body = gaugeJson(
      '{"attributes":[{"key":"id","value":{"stringValue":"x: 12345678901234567890"}},' +
        '{"key":"d","value":{"doubleValue":0.12345678901234567891}}],"asDouble":12345678901234567.5}',
    );
    const point = decodeOtlpMetrics(json(body), 'json').resourceMetrics[0]?.scopeMetrics[0]
      ?.metrics[0]?.points[0];
    expect(point?.attributes).toEqual({ id: 'x: 12345678901234567890', d: 0.12345678901234568 });
    expect(point && 'value' in point ? point.value : undefined).toBe(12345678901234568);
  });

  it('reads asInt and intValue as strings or numbers, and NaN/Infinity strings', () => {
    const body = gaugeJson(
      '{"asInt":"9007199254740993","attributes":[{"key":"n","value":{"intValue":42}},' +
        '{"key":"big","value":{"intValue":"-9223372036854775808"}}]},{"asInt":7},' +
        '{"asDouble":"NaN"},{"asDouble":"Infinity"},{"asDouble":"-Infinity"},{"asDouble":"2.5"}',
    );
    const points =
      decodeOtlpMetrics(json(body), 'json').resourceMetrics[0]?.scopeMetrics[0]?.metrics[0]
        ?.points ?? [];
    const values = points.map((p) => ('value' in p ? p.value : undefined));
    expect(values[0]).toBe(9007199254740993n);
    expect(values[1]).toBe(7n);
    expect(values[2]).toBeNaN();
    expect(values.slice(3)).toEqual([Infinity, -Infinity, 2.5]);
    expect(points[0]?.attributes).toEqual({ n: 42n, big: -9223372036854775808n });
  });

  it('normalizes upper-case hex ids to lower case', () => {
    const span = decodeOtlpTraces(json(spanJson(`,"parentSpanId":"00F067AA0BA902B7"`)), 'json')
      .resourceSpans[0]?.scopeSpans[0]?.spans[0];
    expect(span?.traceId).toBe(TRACE_ID.toLowerCase());
    expect(span?.spanId).toBe(SPAN_ID.toLowerCase());
    expect(span?.parentSpanId).toBe('00f067aa0ba902b7');
  });

  it.each([
    [
      'base64',
      `"traceId":"W47/95gDgQPSabYzgT/GDA==","spanId":"${SPAN_ID}"`,
      /traceId must be 32 hex/,
    ],
    ['short', `"traceId":"abc","spanId":"${SPAN_ID}"`, /traceId must be 32 hex/],
    ['missing', `"spanId":"${SPAN_ID}"`, /traceId must be 32 hex/],
    ['all zero', `"traceId":"${'0'.repeat(32)}","spanId":"${SPAN_ID}"`, /traceId is all zeros/],
    ['bad span id', `"traceId":"${TRACE_ID}","spanId":"zzzzzzzzzzzzzzzz"`, /spanId must be 16 hex/],
  ])('rejects only the span with a %s id', (_, ids, reason) => {
    const body = `{"resourceSpans":[{"scopeSpans":[{"spans":[{${ids},"name":"bad"},{"traceId":"${TRACE_ID}","spanId":"${SPAN_ID}","name":"good"}]}]}]}`;
    const result = decodeOtlpTraces(json(body), 'json');
    expect(result.resourceSpans[0]?.scopeSpans[0]?.spans.map((s) => s.name)).toEqual(['good']);
    expect(result.rejected).toHaveLength(1);
    expect(result.rejected[0]?.count).toBe(1);
    expect(result.rejected[0]?.reason).toMatch(reason);
  });

  it.each([
    ['a negative timestamp', '"-1"'],
    ['a timestamp above uint64', '"18446744073709551616"'],
    ['an exponent string', '"1e18"'],
    ['a fractional number', '1.5'],
    ['an unsafe float', '1e18'],
  ])('rejects only the data point with %s', (_, value) => {
    const body = gaugeJson(
      `{"timeUnixNano":${value},"asDouble":1},{"timeUnixNano":"5","asDouble":2}`,
    );
    const result = decodeOtlpMetrics(json(body), 'json');
    expect(result.resourceMetrics[0]?.scopeMetrics[0]?.metrics[0]?.points).toHaveLength(1);
    expect(result.rejected).toEqual([
      { count: 1, reason: expect.stringMatching(/^metric "m": timeUnixNano /) as unknown },
    ]);
  });

  it('ignores unknown fields and snake_case keys', () => {
    const body =
      '{"resourceMetrics":[{"scopeMetrics":[{"metrics":[{"name":"m","futureField":{"x":1},' +
      '"gauge":{"data_points":[{"as_double":1}],"dataPoints":[{"asDouble":2,"time_unix_nano":"9",' +
      '"exemplars":[{"spanId":"nothex"}]}]}}]}]}],"resource_metrics":[{}],"extra":true}';
    const result = decodeOtlpMetrics(json(body), 'json');
    const point = result.resourceMetrics[0]?.scopeMetrics[0]?.metrics[0]?.points[0];
    expect(point && 'value' in point ? point.value : undefined).toBe(2);
    expect(point?.timeUnixNano).toBe(0n);
    expect(result.resourceMetrics).toHaveLength(1);
    expect(decodeOtlpTraces(json('{"resource_spans":[{"scope_spans":[]}]}'), 'json')).toEqual({
      resourceSpans: [],
      rejected: [],
    });
  });

  it.each([
    ['span.kind', () => decodeOtlpTraces(json(spanJson(',"kind":"SPAN_KIND_SERVER"')), 'json')],
    [
      'span.status.code',
      () => decodeOtlpTraces(json(spanJson(',"status":{"code":"STATUS_CODE_ERROR"}')), 'json'),
    ],
    [
      'metric.sum.aggregationTemporality',
      () =>
        decodeOtlpMetrics(
          json(
            '{"resourceMetrics":[{"scopeMetrics":[{"metrics":[{"name":"m","sum":{"aggregationTemporality":"AGGREGATION_TEMPORALITY_CUMULATIVE","dataPoints":[]}}]}]}]}',
          ),
          'json',
        ),
    ],
    [
      'logRecord.severityNumber',
      () =>
        decodeOtlpLogs(
          json(
            '{"resourceLogs":[{"scopeLogs":[{"logRecords":[{"severityNumber":"SEVERITY_NUMBER_WARN"}]}]}]}',
          ),
          'json',
        ),
    ],
  ])('fails the request on a string enum in %s', (fieldName, run) => {
    const error = decodeError(run);
    expect(error.status).toBe(400);
    expect(error.message).toContain(fieldName);
    expect(error.message).toMatch(/must be an integer enum value/);
  });

  it('refuses the points of a metric with an unknown temporality number', () => {
    const body =
      '{"resourceMetrics":[{"scopeMetrics":[{"metrics":[{"name":"m","sum":{"aggregationTemporality":7,"dataPoints":[{"asInt":1},{"asInt":2}]}}]}]}]}';
    const result = decodeOtlpMetrics(json(body), 'json');
    expect(result.resourceMetrics[0]?.scopeMetrics[0]?.metrics).toEqual([]);
    expect(result.rejected).toEqual([
      { count: 2, reason: 'metric "m": unknown aggregationTemporality 7' },
    ]);
  });

  it('fails deep AnyValue nesting with a 400 and without a stack overflow', () => {
    const nested = (depth: number) =>
      '{"kvlistValue":{"values":[{"key":"k","value":'.repeat(depth) +
      '{"intValue":1}' +
      '}]}}'.repeat(depth);
    const body = (depth: number) =>
      `{"resourceLogs":[{"scopeLogs":[{"logRecords":[{"body":${nested(depth)}}]}]}]}`;
    expect(decodeOtlpLogs(json(body(31)), 'json').rejected).toEqual([]);
    expect(decodeError(() => decodeOtlpLogs(json(body(32)), 'json')).message).toMatch(
      /nested deeper than 32/,
    );
    const deepArray = '{"arrayValue":{"values":['.repeat(100_000) + ']}}'.repeat(100_000);
    const deepBody = `{"resourceLogs":[{"scopeLogs":[{"logRecords":[{"body":${deepArray}}]}]}]}`;
    expect(decodeError(() => decodeOtlpLogs(json(deepBody), 'json')).status).toBe(400);
  });

  it('treats __proto__ keys as ordinary keys and never pollutes prototypes', () => {
    const body =
      '{"__proto__":{"polluted":1},"resourceLogs":[{"resource":{"__proto__":{"polluted":2},' +
      '"attributes":[{"key":"__proto__","value":{"kvlistValue":{"values":[{"key":"polluted","value":{"intValue":3}}]}}},' +
      '{"key":"constructor","value":{"stringValue":"c"}}]},"scopeLogs":[{"logRecords":[{"body":{"stringValue":"x"}}]}]}]}';
    const result = decodeOtlpLogs(json(body), 'json');
    const attributes = result.resourceLogs[0]?.resource.attributes ?? {};
    expect(Object.keys(attributes)).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(attributes)).toBeNull();
    expect(attributes.__proto__).toEqual({ kvlist: { polluted: 3n } });
    expect(Reflect.get({}, 'polluted')).toBeUndefined();
    expect(Reflect.get(Object.prototype, 'polluted')).toBeUndefined();
  });

  it('lets the last of duplicate attribute keys win', () => {
    const body = spanJson(
      ',"attributes":[{"key":"a","value":{"stringValue":"first"}},{"key":"a","value":{"stringValue":"last"}}]',
    );
    const span = decodeOtlpTraces(json(body), 'json').resourceSpans[0]?.scopeSpans[0]?.spans[0];
    expect(span?.attributes).toEqual({ a: 'last' });
  });

  it('decodes empty requests to zero items', () => {
    expect(decodeOtlpMetrics(json('{}'), 'json')).toEqual({ resourceMetrics: [], rejected: [] });
    expect(decodeOtlpTraces(json(''), 'json')).toEqual({ resourceSpans: [], rejected: [] });
    expect(
      decodeOtlpLogs(json('{"resourceLogs":[{"scopeLogs":[]}]}'), 'json').resourceLogs,
    ).toEqual([{ resource: { attributes: {} }, scopeLogs: [] }]);
  });

  it.each([
    ['invalid JSON', '{"resourceSpans":[', /invalid JSON/],
    [
      'a wrong container type',
      '{"resourceSpans":"x"}',
      /resourceSpans must be an array, got a string/,
    ],
    ['a wrong field type', spanJson(',"name":5'), /span.name must be a string, got a number/],
    ['a non-object request', '[1]', /request must be an object, got an array/],
  ])('fails %s with a 400', (_, body, message) => {
    const error = decodeError(() => decodeOtlpTraces(json(body), 'json'));
    expect(error.status).toBe(400);
    expect(error.message).toMatch(message);
  });

  it('fails invalid UTF-8 with a 400', () => {
    const error = decodeError(() =>
      decodeOtlpLogs(new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x3a, 0x31, 0x7d]), 'json'),
    );
    expect(error.message).toBe('request body is not valid UTF-8');
  });

  it('decodes log trace context and bytes bodies', () => {
    const body =
      `{"resourceLogs":[{"scopeLogs":[{"logRecords":[{"traceId":"${TRACE_ID}","spanId":"",` +
      '"body":{"bytesValue":"3q2+7w=="},"eventName":"device.restart","observedTimeUnixNano":"12"}]}]}]}';
    const record = decodeOtlpLogs(json(body), 'json').resourceLogs[0]?.scopeLogs[0]?.logRecords[0];
    expect(record?.traceId).toBe(TRACE_ID.toLowerCase());
    expect(record?.spanId).toBeUndefined();
    expect(record?.body).toEqual(new Uint8Array([0xde, 0xad, 0xbe, 0xef]));
    expect(record?.eventName).toBe('device.restart');
    expect(record?.observedTimeUnixNano).toBe(12n);
  });
});
