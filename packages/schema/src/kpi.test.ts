import { describe, expect, it } from 'vitest';
import { findKpi, KPI_NAMES, KPIS, ZKpi } from './kpi.ts';

const REQUIRED = [
  'startup_seconds',
  'memory_bytes',
  'cpu_seconds_total',
  'requests_total',
  'errors_total',
  'request_duration_seconds',
  'queue_wait_seconds',
  'gpu_utilization_ratio',
  'gpu_memory_used_bytes',
  'energy_joules_total',
  'instances',
  'block_height',
  'peers',
  'transactions_total',
  'shots_total',
  'job_duration_seconds',
  'job_queue_seconds',
];

/** Unscaled units only; a prefixed or percent unit means a missing conversion. */
const BASE_UNITS = ['seconds', 'bytes', 'ratio', 'joules', 'count', 'blocks'];

describe('KPI catalog', () => {
  it('has every required KPI', () => {
    for (const name of REQUIRED) expect(findKpi(name)?.name).toBe(name);
  });

  it('has exactly one entry per name and every entry validates', () => {
    expect(KPIS.map((kpi) => kpi.name).sort()).toEqual([...KPI_NAMES].sort());
    for (const kpi of KPIS) expect(ZKpi.parse(kpi)).toEqual(kpi);
  });

  it('names KPIs in lower snake case and ends counters in _total', () => {
    for (const kpi of KPIS) {
      expect(kpi.name).toMatch(/^[a-z_]+$/);
      expect(kpi.name.endsWith('_total')).toBe(kpi.kind === 'counter');
    }
  });

  it('stores SI base units only, matching the name suffix', () => {
    for (const kpi of KPIS) {
      expect(BASE_UNITS).toContain(kpi.unit);
      const unitSuffix = kpi.name
        .replace(/_total$/, '')
        .split('_')
        .at(-1);
      if (unitSuffix !== undefined && BASE_UNITS.includes(unitSuffix)) {
        expect(kpi.unit).toBe(unitSuffix);
      }
    }
  });

  it('gives startup a cold dimension with true/false', () => {
    const startup = findKpi('startup_seconds');
    expect(startup?.dimensions).toEqual(['cold']);
    expect(startup?.dimensionValues).toEqual({ cold: ['true', 'false'] });
    expect(startup?.kind).toBe('histogram');
  });

  it('declares closed value sets only for declared dimensions', () => {
    for (const kpi of KPIS) {
      for (const key of Object.keys(kpi.dimensionValues ?? {})) {
        expect(kpi.dimensions).toContain(key);
      }
    }
  });

  it('ties paradigm-specific KPIs to their paradigm', () => {
    expect(findKpi('gpu_utilization_ratio')?.paradigms).toEqual(['ai_ml']);
    expect(findKpi('block_height')?.unit).toBe('blocks');
    expect(findKpi('shots_total')?.paradigms).toEqual(['quantum']);
    expect(findKpi('startup_seconds')?.paradigms).not.toContain('quantum');
    expect(findKpi('no_such_kpi')).toBeUndefined();
  });
});
