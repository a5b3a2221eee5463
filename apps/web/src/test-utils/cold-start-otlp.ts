import { randomBytes } from 'node:crypto';

/** A cold start (init phase) ending at endMs, or an invocation with its cold flag. */
export type TestSpan =
  | { kind: 'init'; endMs: number; seconds: number }
  | { kind: 'invocation'; endMs: number; seconds: number; cold: boolean; error?: boolean };

type OtlpValue = { stringValue: string } | { boolValue: boolean };

const attribute = (key: string, value: string | boolean): { key: string; value: OtlpValue } => ({
  key,
  value: typeof value === 'string' ? { stringValue: value } : { boolValue: value },
});

const hex = (bytes: number): string => randomBytes(bytes).toString('hex').toUpperCase();

const NS_PER_MS = 1_000_000n;

/** Nanosecond strings from fractional milliseconds, as OTLP JSON carries them. */
const nanos = (ms: number): string => (BigInt(Math.round(ms * 1000)) * 1000n).toString();

const toSpan = (span: TestSpan, functionName: string) => {
  const startMs = span.endMs - span.seconds * 1000;
  const common = {
    traceId: hex(16),
    spanId: hex(8),
    startTimeUnixNano: nanos(startMs),
    endTimeUnixNano: (BigInt(span.endMs) * NS_PER_MS).toString(),
  };
  if (span.kind === 'init') {
    // The opentelemetry-lambda telemetryapi receiver's init span (INTERNAL, cold).
    return {
      ...common,
      name: `init ${functionName}`,
      kind: 1,
      attributes: [attribute('faas.coldstart', true)],
      status: {},
    };
  }

  return {
    ...common,
    name: functionName,
    kind: 2,
    attributes: [
      attribute('faas.trigger', 'http'),
      attribute('faas.invocation_id', hex(16)),
      attribute('faas.coldstart', span.cold),
    ],
    status: span.error === true ? { code: 2 } : {},
  };
};

/**
 * OTLP/JSON traces of one function as the OpenTelemetry FaaS instrumentation exports them.
 * `platform` is the `fleetlens.platform` resource attribute, so any platform can be named.
 */
export const functionTraces = (platform: string, functionName: string, spans: TestSpan[]) => ({
  resourceSpans: [
    {
      resource: {
        attributes: [
          attribute('fleetlens.platform', platform),
          attribute('faas.name', functionName),
          attribute('service.name', functionName),
        ],
      },
      scopeSpans: [
        {
          scope: { name: '@opentelemetry/instrumentation-aws-lambda', version: '0.50.0' },
          spans: spans.map((span) => toSpan(span, functionName)),
        },
      ],
    },
  ],
});

/** POSTs OTLP/JSON traces to the collector's OTLP/HTTP receiver. */
export const postTraces = async (baseUrl: string, body: unknown): Promise<void> => {
  const response = await fetch(`${baseUrl}/v1/traces`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) {
    throw new Error(`OTLP traces failed (${response.status}): ${await response.text()}`);
  }
};

/** `count` spans spread evenly over [fromMs, toMs), durations from `seconds(i)`. */
export const spread = (
  count: number,
  fromMs: number,
  toMs: number,
  make: (endMs: number, i: number) => TestSpan,
): TestSpan[] =>
  Array.from({ length: count }, (_, i) =>
    make(Math.round(fromMs + ((toMs - fromMs) * (i + 0.5)) / count), i),
  );
