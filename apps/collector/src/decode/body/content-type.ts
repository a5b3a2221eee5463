import { DecodeError } from '../types.ts';
import type { PayloadFormat } from '../types.ts';

const MEDIA_TYPES: Record<PayloadFormat, string> = {
  json: 'application/json',
  protobuf: 'application/x-protobuf',
  'prom-text': 'text/plain; version=0.0.4',
  openmetrics: 'application/openmetrics-text; version=1.0.0',
};

const ALL_FORMATS: readonly PayloadFormat[] = ['json', 'protobuf', 'prom-text', 'openmetrics'];

/** Remote-write 1.0 message; a `proto=` naming anything else (2.0) must not be guessed at. */
const REMOTE_WRITE_V1 = 'prometheus.WriteRequest';

function readParam(params: string[], name: string): string | undefined {
  for (const param of params) {
    const eq = param.indexOf('=');
    if (eq === -1 || param.slice(0, eq).trim().toLowerCase() !== name) continue;
    return param
      .slice(eq + 1)
      .trim()
      .replace(/^"(.*)"$/, '$1');
  }
  return undefined;
}

function formatOf(mediaType: string, params: string[]): PayloadFormat | undefined {
  switch (mediaType) {
    case 'application/json':
      return 'json';
    case 'application/x-protobuf':
    case 'application/protobuf': {
      const proto = readParam(params, 'proto');
      return proto === undefined || proto === REMOTE_WRITE_V1 ? 'protobuf' : undefined;
    }
    case 'text/plain':
      return 'prom-text';
    case 'application/openmetrics-text':
      return 'openmetrics';
    default:
      return undefined;
  }
}

/**
 * Picks the payload format from a Content-Type header, or fails with 415 listing the accepted
 * media types, worded like the OpenTelemetry Collector's OTLP receiver.
 */
export function parseContentType(
  header: string | undefined,
  accepted: readonly PayloadFormat[] = ALL_FORMATS,
): PayloadFormat {
  const [mediaType = '', ...params] = (header ?? '').split(';');
  const format = formatOf(mediaType.trim().toLowerCase(), params);
  if (format === undefined || !accepted.includes(format)) {
    const supported = accepted.map((f) => MEDIA_TYPES[f]).join(', ');
    throw new DecodeError(`unsupported media type, supported: [${supported}]`, 415);
  }
  return format;
}

export const OTLP_FORMATS: readonly PayloadFormat[] = ['json', 'protobuf'];
export const REMOTE_WRITE_FORMATS: readonly PayloadFormat[] = ['protobuf'];
export const EXPOSITION_FORMATS: readonly PayloadFormat[] = ['prom-text', 'openmetrics'];
