import type { WriteSeries } from '../src/test-utils/wire.ts';
import { encodeWriteRequest, snappyBlock } from '../src/test-utils/wire.ts';
import type { CaseInput, CaseSpec, Params } from './golden-case.ts';

/** What one request did: HTTP status and the points or samples the collector refused. */
export type SendResult = { file: string; status: number; rejected: number; body: string };

const PROMETHEUS_TEXT = 'text/plain; version=0.0.4; charset=utf-8';

const toSearch = (params: Params): string => {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    for (const item of Array.isArray(value) ? value : [value]) search.append(name, item);
  }
  const text = search.toString();

  return text === '' ? '' : `?${text}`;
};

const readNumber = (value: unknown): number => (value === undefined ? 0 : Number(value));

/**
 * Refused items as each receiver reports them: the import answers `{ rejected }`, OTLP a
 * partial_success whose int64 counts OTLP/JSON spells as strings.
 */
const readRejected = (body: string): number => {
  let parsed: { rejected?: number; partialSuccess?: Record<string, string | number | undefined> };
  try {
    parsed = JSON.parse(body) as typeof parsed;
  } catch {
    return 0;
  }
  const partial = parsed.partialSuccess ?? {};

  return (
    readNumber(parsed.rejected) +
    readNumber(partial.rejectedDataPoints) +
    readNumber(partial.rejectedSpans) +
    readNumber(partial.rejectedLogRecords)
  );
};

type Request = { url: string; headers: Record<string, string>; body: Uint8Array };

/**
 * A remote-write input is JSON (series with their labels in wire order and samples); the
 * snappy-compressed protobuf a Prometheus agent would send is built from it here.
 */
const toRemoteWrite = (baseUrl: string, input: CaseInput): Request => ({
  url: `${baseUrl}/api/v1/write`,
  headers: {
    'content-type': 'application/x-protobuf',
    'content-encoding': 'snappy',
    'x-prometheus-remote-write-version': '0.1.0',
  },
  body: snappyBlock(encodeWriteRequest(JSON.parse(input.body.toString('utf8')) as WriteSeries[])),
});

const toRequest = (baseUrl: string, spec: CaseSpec, input: CaseInput): Request => {
  const body = new Uint8Array(input.body);
  switch (spec.protocol) {
    case 'prometheus_import':
      return {
        url: `${baseUrl}/api/v1/import/prometheus${toSearch(input.params)}`,
        headers: { 'content-type': spec.contentType ?? PROMETHEUS_TEXT },
        body,
      };
    case 'remote_write':
      return toRemoteWrite(baseUrl, input);
    case 'otlp_http':
      if (spec.signal === undefined) throw new Error('otlp_http cases need a signal');

      return {
        url: `${baseUrl}/v1/${spec.signal}`,
        headers: { 'content-type': 'application/json' },
        body,
      };
  }
};

/** Sends the case's inputs in order, each as its own request, as a sender would. */
export const sendCase = async (
  baseUrl: string,
  spec: CaseSpec,
  inputs: readonly CaseInput[],
): Promise<SendResult[]> => {
  const results: SendResult[] = [];
  for (const input of inputs) {
    const { url, headers, body: payload } = toRequest(baseUrl, spec, input);
    const response = await fetch(url, { method: 'POST', headers, body: payload });
    const body = await response.text();
    results.push({ file: input.file, status: response.status, rejected: readRejected(body), body });
  }

  return results;
};
