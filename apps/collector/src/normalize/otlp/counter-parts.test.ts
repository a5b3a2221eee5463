import { describe, expect, it } from 'vitest';

import type { OtlpNumberPoint } from '../../decode/types.ts';
import { createRuleIndex } from '../rules/index.ts';
import { OTEL_FAAS_RULES } from '../rules/otel-faas.ts';
import { createContext } from '../test-utils/context.ts';
import { createCounter, createMetricsRequest } from '../test-utils/otlp-fixture.ts';
import { createCounterPartMemory } from './counter-parts.ts';
import { normalizeOtlpMetricsWith } from './normalize-otlp-metrics.ts';

const INDEX = createRuleIndex([OTEL_FAAS_RULES]);
const LAMBDA = { 'faas.name': 'ingest', 'faas.invoked_provider': 'aws' };
const START_NS = 1_000_000_000_000_000_000n;
const SECOND_NS = 1_000_000_000n;

const point = (value: bigint, atSeconds: bigint, startNs = START_NS): OtlpNumberPoint => ({
  attributes: {},
  startTimeUnixNano: startNs,
  timeUnixNano: startNs + atSeconds * SECOND_NS,
  value,
});

const counter = (name: string, ...points: OtlpNumberPoint[]) => createCounter(name, '1', points);

/** requests_total as `seconds after start → value`. */
const readRequests = (
  memory: ReturnType<typeof createCounterPartMemory>,
  ...metrics: ReturnType<typeof counter>[]
) =>
  normalizeOtlpMetricsWith(
    INDEX,
    createMetricsRequest(LAMBDA, metrics),
    createContext({ source: 'otlp' }),
    [],
    memory,
  )
    .samples.filter((sample) => sample.kpi === 'requests_total')
    .map(({ timestampNs, value }) => [Number((timestampNs - START_NS) / SECOND_NS), value]);

describe('counters added from several source counters', () => {
  it('adds parts written at their own times within one batch', () => {
    const memory = createCounterPartMemory();
    expect(
      readRequests(
        memory,
        counter('faas.invocations', point(1n, 1n)),
        counter('faas.errors', point(1n, 15n)),
      ),
    ).toEqual([
      [1, 1],
      [15, 2],
    ]);
  });

  it('remembers each part across batches, one part per batch', () => {
    const memory = createCounterPartMemory();
    expect(readRequests(memory, counter('faas.invocations', point(1n, 1n)))).toEqual([[1, 1]]);
    expect(readRequests(memory, counter('faas.errors', point(1n, 15n)))).toEqual([[15, 2]]);
    expect(readRequests(memory, counter('faas.timeouts', point(1n, 33n)))).toEqual([[33, 3]]);
    expect(readRequests(memory, counter('faas.invocations', point(2n, 40n)))).toEqual([[40, 4]]);
  });

  it('writes nothing at a time older than the parts it remembers', () => {
    const memory = createCounterPartMemory();
    readRequests(memory, counter('faas.invocations', point(5n, 30n)));
    expect(readRequests(memory, counter('faas.errors', point(1n, 10n)))).toEqual([]);
    expect(readRequests(memory, counter('faas.invocations', point(6n, 40n)))).toEqual([[40, 7]]);
  });

  it('forgets the parts of a previous life when a counter restarts', () => {
    const memory = createCounterPartMemory();
    readRequests(
      memory,
      counter('faas.invocations', point(9n, 1n)),
      counter('faas.errors', point(4n, 1n)),
    );
    const restartNs = START_NS + 100n * SECOND_NS;
    expect(readRequests(memory, counter('faas.invocations', point(1n, 0n, restartNs)))).toEqual([
      [100, 1],
    ]);
  });

  it('stands alone without a memory', () => {
    const request = createMetricsRequest(LAMBDA, [counter('faas.errors', point(1n, 15n))]);
    const ctx = createContext({ source: 'otlp' });
    normalizeOtlpMetricsWith(INDEX, request, ctx);
    const again = normalizeOtlpMetricsWith(INDEX, request, ctx);
    expect(again.samples.find((sample) => sample.kpi === 'requests_total')?.value).toBe(1);
  });

  it('drops the least recently written series past its limit', () => {
    const memory = createCounterPartMemory(1);
    memory.keep('a', new Map());
    memory.keep('b', new Map());
    expect(memory.recall('a')).toBeUndefined();
    expect(memory.recall('b')).toBeDefined();
  });
});
