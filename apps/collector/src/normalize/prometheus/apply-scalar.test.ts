import { describe, expect, it } from 'vitest';

import { parsePrometheusText } from '../../decode/prometheus/parse.ts';
import { normalizePrometheus } from '../index.ts';
import { createContext } from '../test-utils/context.ts';
import { parseFixture } from '../test-utils/prom-fixture.ts';
import type { NormalizedBatch } from '../types.ts';

const POD = 'namespace="ns",pod="p-0"';

/** Per-core series before, after and away from their total, for two containers. */
const CPU = `
# TYPE container_cpu_usage_seconds_total counter
container_cpu_usage_seconds_total{container="a",cpu="total",${POD}} 10
container_cpu_usage_seconds_total{container="a",cpu="cpu00",${POD}} 4
container_cpu_usage_seconds_total{container="b",cpu="cpu00",${POD}} 1
container_cpu_usage_seconds_total{container="b",cpu="cpu01",${POD}} 2
container_cpu_usage_seconds_total{container="b",cpu="total",${POD}} 30
container_cpu_usage_seconds_total{container="a",cpu="cpu01",${POD}} 5
container_cpu_usage_seconds_total{container="c",cpu="cpu00",${POD}} 7
container_cpu_usage_seconds_total{container="c",cpu="cpu01",${POD}} 8
`;

const cpuByContainer = (batch: NormalizedBatch) =>
  batch.samples
    .filter((sample) => sample.kpi === 'cpu_seconds_total')
    .map((sample) => [sample.resource.workload, sample.value]);

describe('applyScalarRule: preferTotal', () => {
  const expected = [
    ['a', 10],
    ['b', 30],
    ['c', 15],
  ];

  it('keeps the total wherever the per-core series come (shared label maps)', () => {
    const parsed = parsePrometheusText(CPU, { format: 'prometheus' });
    expect(cpuByContainer(normalizePrometheus(parsed, createContext()))).toEqual(expected);
  });

  it('keeps the total wherever the per-core series come (a map per sample)', () => {
    expect(cpuByContainer(normalizePrometheus(parseFixture(CPU), createContext()))).toEqual(
      expected,
    );
  });
});
