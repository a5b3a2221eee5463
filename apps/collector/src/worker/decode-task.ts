import { decompress } from '../decode/body/index.ts';
import { parsePrometheusText } from '../decode/prometheus/index.ts';
import { decodeRemoteWrite } from '../decode/remote-write/index.ts';
import type { PromFamily } from '../decode/types.ts';
import { normalizePrometheusWithinLimits } from '../ingest/raw-limits.ts';
import type { ValidationLimits } from '../ingest/validate.ts';
import { validateBatch } from '../ingest/validate.ts';
import type { NormalizeContext, NormalizedBatch } from '../normalize/types.ts';
import { decodeAndNormalize } from '../receivers/otlp-decode.ts';
import type { OtlpEncoding } from '../receivers/otlp-decode.ts';
import type { OtlpSignal } from '../receivers/otlp-response.ts';
import { encodeBatch } from './encode-batch.ts';
import type { WireBatch } from './wire-batch.ts';

/** What a receiver hands to a decode worker: the body as received, and how to read it. */
export type DecodeRequest = {
  body: Uint8Array;
  maxBodyBytes: number;
  context: NormalizeContext;
} & (
  | {
      kind: 'prometheus-text';
      contentEncoding: string | undefined;
      format: 'prometheus' | 'openmetrics';
      defaultTimestampMs: number;
      /** `extra_label` pairs, merged into every sample's labels. */
      extraLabels: [string, string][];
    }
  | { kind: 'remote-write' }
  | {
      kind: 'otlp';
      signal: OtlpSignal;
      encoding: OtlpEncoding;
      /** 'identity' when the transport has already decompressed (gRPC). */
      contentEncoding: string | undefined;
    }
);

export type DecodeTask = DecodeRequest & { limits: ValidationLimits };

export type Decoded = {
  batch: WireBatch;
  /** Raw samples or points read from the body (the text import reports it). */
  parsed: number;
  /** Items the normalizer produced, before validation. */
  mapped: number;
};

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

const countMapped = (batch: NormalizedBatch): number =>
  batch.samples.length + batch.histograms.length + batch.summaries.length + batch.events.length;

const normalizeBody = (task: DecodeTask): { batch: NormalizedBatch; parsed: number } => {
  switch (task.kind) {
    case 'prometheus-text': {
      const bytes = decompress(task.body, task.contentEncoding, task.maxBodyBytes);
      // A TypeError here is the receiver's "not valid UTF-8".
      const text = strictUtf8.decode(bytes);
      const parsed = parsePrometheusText(text, {
        format: task.format,
        defaultTimestampMs: task.defaultTimestampMs,
      });
      if (task.extraLabels.length > 0) {
        for (const sample of parsed.samples) {
          for (const [name, value] of task.extraLabels) sample.labels[name] = value;
        }
      }

      return {
        batch: normalizePrometheusWithinLimits(parsed, task.context),
        parsed: parsed.samples.length,
      };
    }
    case 'remote-write': {
      const bytes = decompress(task.body, 'snappy', task.maxBodyBytes);
      const { samples, rejected } = decodeRemoteWrite(bytes);
      const batch = normalizePrometheusWithinLimits(
        { families: new Map<string, PromFamily>(), samples },
        task.context,
      );

      return {
        batch: { ...batch, rejected: [...rejected, ...batch.rejected] },
        parsed: samples.length,
      };
    }
    case 'otlp': {
      const bytes = decompress(task.body, task.contentEncoding, task.maxBodyBytes);
      const batch = decodeAndNormalize(task.signal, bytes, task.encoding, task.context);

      return { batch, parsed: countMapped(batch) };
    }
  }
};

/** Decode, normalize, validate, encode: everything a request costs before the writer. */
export const runDecodeTask = (task: DecodeTask): Decoded => {
  const { batch, parsed } = normalizeBody(task);
  const validated = validateBatch(batch, task.limits);

  return { batch: encodeBatch(validated, batch.unmapped), parsed, mapped: countMapped(batch) };
};
