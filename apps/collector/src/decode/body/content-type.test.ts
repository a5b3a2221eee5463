import { describe, expect, it } from 'vitest';

import { DecodeError } from '../types.ts';
import {
  EXPOSITION_FORMATS,
  OTLP_FORMATS,
  REMOTE_WRITE_FORMATS,
  parseContentType,
} from './content-type.ts';

function errorOf(run: () => unknown): DecodeError {
  try {
    run();
  } catch (err) {
    if (err instanceof DecodeError) return err;
    throw err;
  }
  throw new Error('expected a DecodeError');
}

describe('parseContentType', () => {
  it.each([
    ['application/x-protobuf', 'protobuf'],
    ['application/protobuf', 'protobuf'],
    ['application/json', 'json'],
    ['Application/JSON; charset=utf-8', 'json'],
    ['text/plain; version=0.0.4; charset=utf-8', 'prom-text'],
    ['text/plain', 'prom-text'],
    ['application/openmetrics-text; version=1.0.0; charset=utf-8', 'openmetrics'],
    ['application/x-protobuf;proto=prometheus.WriteRequest', 'protobuf'],
  ])('%j is %s', (header, format) => {
    expect(parseContentType(header)).toBe(format);
  });

  it('answers 415 like the OTel Collector for anything OTLP cannot read', () => {
    for (const header of ['text/plain', 'application/xml', undefined, '']) {
      const error = errorOf(() => parseContentType(header, OTLP_FORMATS));
      expect(error.status).toBe(415);
      expect(error.message).toBe(
        'unsupported media type, supported: [application/json, application/x-protobuf]',
      );
    }
  });

  it('refuses remote-write 2.0 rather than decoding it as 1.0', () => {
    const error = errorOf(() =>
      parseContentType(
        'application/x-protobuf;proto=io.prometheus.write.v2.Request',
        REMOTE_WRITE_FORMATS,
      ),
    );
    expect(error.status).toBe(415);
    expect(error.message).toBe('unsupported media type, supported: [application/x-protobuf]');
  });

  it('lists the exposition formats for scrape and import', () => {
    expect(errorOf(() => parseContentType('application/json', EXPOSITION_FORMATS)).message).toBe(
      'unsupported media type, supported: [text/plain; version=0.0.4, application/openmetrics-text; version=1.0.0]',
    );
  });
});
