import type { IdGenerator } from '@opentelemetry/sdk-trace-base';

/**
 * Trace and span ids chosen by the simulator (derived from the seed) instead of the SDK's
 * random ones, so the same seed exports the same ids. `prepare` is called right before each
 * `startSpan`; without it, ids fall back to a counter.
 */
export const createPreparedIdGenerator = () => {
  let traceId: string | undefined;
  let spanId: string | undefined;
  let counter = 0;

  const generator: IdGenerator & { prepare: (trace: string, span: string) => void } = {
    prepare: (trace, span) => {
      traceId = trace;
      spanId = span;
    },
    generateTraceId: () => {
      const id = traceId ?? (++counter).toString(16).padStart(32, '0');
      traceId = undefined;

      return id;
    },
    generateSpanId: () => {
      const id = spanId ?? (++counter).toString(16).padStart(16, '0');
      spanId = undefined;

      return id;
    },
  };

  return generator;
};
