import { parsePrometheusText } from '../decode/prometheus/index.ts';
import type { PromParseResult } from '../decode/types.ts';
import type { ScrapeTarget } from './config.ts';

/** What Prometheus 3 asks for: OpenMetrics first, then the classic text format. */
const ACCEPT =
  'application/openmetrics-text;version=1.0.0;q=0.5,text/plain;version=0.0.4;q=0.3,*/*;q=0.1';

export type ScrapeOutcome =
  | { ok: true; parsed: PromParseResult; durationSeconds: number }
  | { ok: false; error: string; durationSeconds: number };

const formatOf = (
  contentType: string | null,
  fallback: ScrapeTarget['fallbackProtocol'],
): 'prometheus' | 'openmetrics' | undefined => {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase();
  if (type === 'application/openmetrics-text') return 'openmetrics';
  if (type === 'text/plain') return 'prometheus';

  return fallback;
};

const readLimited = async (response: Response, limit: number): Promise<string> => {
  if (!response.body) return '';
  const chunks: Uint8Array[] = [];
  let received = 0;
  // Node’s web streams are async iterable; the DOM typings (when present) do not say so.
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    received += chunk.byteLength;
    if (received > limit) throw new Error(`body size limit of ${limit} bytes exceeded`);
    chunks.push(chunk);
  }

  return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
};

/**
 * Target labels win over scraped ones unless honor_labels is set; conflicting scraped labels are
 * kept as exported_<name> so a target cannot impersonate another (Prometheus security model).
 */
export const applyTargetLabels = (parsed: PromParseResult, target: ScrapeTarget): void => {
  const targetLabels: Record<string, string> = {
    ...target.labels,
    job: target.job,
    instance: target.instance,
  };
  for (const sample of parsed.samples) {
    for (const [name, value] of Object.entries(targetLabels)) {
      const scraped = sample.labels[name];
      if (scraped !== undefined && target.honorLabels) continue;
      if (scraped !== undefined && scraped !== value) sample.labels[`exported_${name}`] = scraped;
      sample.labels[name] = value;
    }
  }
};

/** One scrape. Any failure (network, status, format, limit) fails the whole scrape. */
export const scrapeTarget = async (
  target: ScrapeTarget,
  { maxBodyBytes, nowMs }: { maxBodyBytes: number; nowMs: number },
): Promise<ScrapeOutcome> => {
  const started = performance.now();
  const elapsed = () => (performance.now() - started) / 1000;
  try {
    const response = await fetch(target.url, {
      headers: {
        accept: ACCEPT,
        'user-agent': 'Fleetlens-Collector',
        'x-prometheus-scrape-timeout-seconds': String(target.timeoutMs / 1000),
      },
      redirect: 'error',
      signal: AbortSignal.timeout(target.timeoutMs),
    });
    if (response.status !== 200) {
      await response.body?.cancel();
      return {
        ok: false,
        error: `server returned HTTP status ${response.status}`,
        durationSeconds: elapsed(),
      };
    }
    const format = formatOf(response.headers.get('content-type'), target.fallbackProtocol);
    if (!format) {
      await response.body?.cancel();
      return {
        ok: false,
        error: `unsupported Content-Type "${response.headers.get('content-type') ?? ''}" and no fallback_scrape_protocol`,
        durationSeconds: elapsed(),
      };
    }
    const limit = target.bodySizeLimit > 0 ? target.bodySizeLimit : maxBodyBytes;
    const text = await readLimited(response, limit);
    const parsed = parsePrometheusText(text, { format, defaultTimestampMs: nowMs });
    if (target.sampleLimit > 0 && parsed.samples.length > target.sampleLimit) {
      return {
        ok: false,
        error: `sample_limit exceeded: ${parsed.samples.length} > ${target.sampleLimit}`,
        durationSeconds: elapsed(),
      };
    }
    applyTargetLabels(parsed, target);

    return { ok: true, parsed, durationSeconds: elapsed() };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: message, durationSeconds: elapsed() };
  }
};
