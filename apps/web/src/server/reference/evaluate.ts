import { findKpi, findStartupBand } from '@fleetlens/schema';
import type { Paradigm, ReferenceCell, StartupBand } from '@fleetlens/schema';

import { observeMaturity } from './maturity.ts';
import type { MaturityInputs, MaturityScore } from './maturity.ts';
import type { FleetObservation, ParadigmObservation } from './observation.ts';
import {
  adoptionTolerance,
  bandVerdict,
  fractionVerdict,
  lowerIsBetterVerdict,
  MIN_SAMPLES,
  rankOrderVerdict,
  stageVerdict,
} from './verdict.ts';
import type { Measurement, OrderPair, Ranked, Verdict } from './verdict.ts';

export type CellVerdict = Verdict | 'reference';

/** Which rule produced the verdict (the view explains each). */
export type Rule = 'band' | 'order' | 'comparison' | 'fraction' | 'stage' | 'reference';

export type Metric = 'startup_p50' | 'memory_mean' | 'latency_p50' | 'adoption_share';

export type MeasuredValue = {
  paradigm: Paradigm;
  metric: Metric;
  kpi: string | null;
  value: number | null;
  unit: 'seconds' | 'bytes' | 'ratio';
  samples: number;
  sampleUnit: 'observations' | 'instances' | 'resources';
  source: string | null;
  /** False when the KPI catalog says this paradigm never reports the KPI. */
  reported: boolean;
  /** For startup: the band the measured p50 falls in. */
  band?: StartupBand | null;
};

export type ObservedMaturity = {
  paradigm: Paradigm;
  inputs: MaturityInputs;
} & MaturityScore;

export type ComparedCell = ReferenceCell & {
  verdict: CellVerdict;
  rule: Rule;
  /** One value for band, order, fraction claims; favoured then other for comparisons. */
  measured: MeasuredValue[];
  /** Order claims: each peer the value was held against. */
  pairs?: OrderPair[];
  /** Fraction claims: the allowed absolute distance. */
  tolerance?: number;
  /** Stage claims: the observed stage with its inputs. */
  maturity?: ObservedMaturity;
};

type MetricSpec = {
  kpi: string | null;
  unit: MeasuredValue['unit'];
  sampleUnit: MeasuredValue['sampleUnit'];
  minSamples: number;
  pick: (observation: ParadigmObservation) => Measurement & { source: string | null };
};

const METRICS: Record<Metric, MetricSpec> = {
  startup_p50: {
    kpi: 'startup_seconds',
    unit: 'seconds',
    sampleUnit: 'observations',
    minSamples: MIN_SAMPLES.startup,
    pick: (observation) => observation.startup,
  },
  memory_mean: {
    kpi: 'memory_bytes',
    unit: 'bytes',
    sampleUnit: 'instances',
    minSamples: MIN_SAMPLES.memory,
    pick: (observation) => observation.memory,
  },
  latency_p50: {
    kpi: 'request_duration_seconds',
    unit: 'seconds',
    sampleUnit: 'observations',
    minSamples: MIN_SAMPLES.latency,
    pick: (observation) => observation.latency,
  },
  adoption_share: {
    kpi: null,
    unit: 'ratio',
    sampleUnit: 'resources',
    minSamples: MIN_SAMPLES.adoption,
    pick: (observation) => ({ ...observation.adoption, source: 'resources' }),
  },
};

/** The aspect a comparison or an order row measures, and which metric stands for it. */
const ASPECT_METRIC: Record<string, Metric | undefined> = {
  startup: 'startup_p50',
  resource_use: 'memory_mean',
  performance: 'latency_p50',
};

const measure = (fleet: FleetObservation, paradigm: Paradigm, metric: Metric): MeasuredValue => {
  const spec = METRICS[metric];
  const measurement = spec.pick(fleet.paradigms[paradigm]);
  const value = measurement.value;

  return {
    paradigm,
    metric,
    kpi: spec.kpi,
    value,
    unit: spec.unit,
    samples: measurement.samples,
    sampleUnit: spec.sampleUnit,
    source: measurement.source,
    reported: spec.kpi === null || (findKpi(spec.kpi)?.paradigms.includes(paradigm) ?? false),
    ...(metric === 'startup_p50'
      ? { band: value === null ? null : (findStartupBand(value) ?? null) }
      : {}),
  };
};

const reference = (cell: ReferenceCell): ComparedCell => ({
  ...cell,
  verdict: 'reference',
  rule: 'reference',
  measured: [],
});

/** Rank of a cell on its row's scale; a relative rating ranks just above the one it beats. */
const rankOf = (cell: ReferenceCell, row: readonly ReferenceCell[]): number | null => {
  const claim = cell.claim;
  if (claim?.kind === 'resource_level') return claim.rank;
  if (claim?.kind !== 'rating') return null;
  if (claim.rank !== null) return claim.rank;
  const beaten = row.find((peer) => peer.paradigm === claim.relativeTo);

  return beaten === undefined ? null : (rankOf(beaten, row) ?? 0) + 1;
};

const compareOrder = (
  cell: ReferenceCell,
  paradigm: Paradigm,
  all: readonly ReferenceCell[],
  fleet: FleetObservation,
): ComparedCell => {
  const metric = cell.claim?.kind === 'resource_level' ? 'memory_mean' : 'latency_p50';
  const spec = METRICS[metric];
  const row = all.filter(
    (peer) => peer.matrix === cell.matrix && peer.row === cell.row && peer.paradigm !== undefined,
  );
  const ranked: Ranked[] = [];
  for (const peer of row) {
    const rank = rankOf(peer, row);
    if (rank === null || peer.paradigm === undefined) continue;
    ranked.push({
      id: peer.paradigm,
      rank,
      measured: spec.pick(fleet.paradigms[peer.paradigm]),
    });
  }
  const subject = ranked.find((entry) => entry.id === paradigm);
  const measured = [measure(fleet, paradigm, metric)];
  if (subject === undefined) return { ...cell, verdict: 'insufficient', rule: 'order', measured };
  // Resource use: a higher rank uses more. Performance from latency: a higher rank is faster.
  const check = rankOrderVerdict(subject, ranked, spec.minSamples, metric === 'memory_mean');

  return { ...cell, verdict: check.verdict, rule: 'order', measured, pairs: check.pairs };
};

const compareAspect = (
  cell: ReferenceCell,
  favours: Paradigm,
  over: Paradigm,
  metric: Metric,
  fleet: FleetObservation,
): ComparedCell => {
  const spec = METRICS[metric];
  const verdict = lowerIsBetterVerdict(
    spec.pick(fleet.paradigms[favours]),
    spec.pick(fleet.paradigms[over]),
    spec.minSamples,
  );

  return {
    ...cell,
    verdict,
    rule: 'comparison',
    measured: [measure(fleet, favours, metric), measure(fleet, over, metric)],
  };
};

export const observedMaturity = (fleet: FleetObservation, paradigm: Paradigm): ObservedMaturity => {
  const inputs = fleet.paradigms[paradigm].maturity;

  return { paradigm, inputs, ...observeMaturity(inputs) };
};

const compareCell = (
  cell: ReferenceCell,
  all: readonly ReferenceCell[],
  fleet: FleetObservation,
): ComparedCell => {
  const claim = cell.claim;
  if (!cell.measurable || claim === undefined) return reference(cell);
  if (claim.kind === 'comparison') {
    const metric = ASPECT_METRIC[claim.aspect];
    return metric === undefined
      ? reference(cell)
      : compareAspect(cell, claim.favours, claim.over, metric, fleet);
  }
  const paradigm = cell.paradigm;
  if (paradigm === undefined) return reference(cell);
  switch (claim.kind) {
    case 'startup_band': {
      const spec = METRICS.startup_p50;
      return {
        ...cell,
        verdict: bandVerdict(claim, spec.pick(fleet.paradigms[paradigm]), spec.minSamples),
        rule: 'band',
        measured: [measure(fleet, paradigm, 'startup_p50')],
      };
    }
    case 'resource_level':
    case 'rating':
      return compareOrder(cell, paradigm, all, fleet);
    case 'fraction':
      return {
        ...cell,
        verdict: fractionVerdict(
          claim.value,
          fleet.paradigms[paradigm].adoption,
          MIN_SAMPLES.adoption,
        ),
        rule: 'fraction',
        measured: [measure(fleet, paradigm, 'adoption_share')],
        tolerance: adoptionTolerance(claim.value),
      };
    case 'maturity_stage': {
      const maturity = observedMaturity(fleet, paradigm);
      return {
        ...cell,
        verdict: stageVerdict(claim.stage, maturity.stage),
        rule: 'stage',
        measured: [],
        maturity,
      };
    }
    default:
      return reference(cell);
  }
};

/** Every cell of the document with its verdict against the fleet, in document order. */
export const compareCells = (
  cells: readonly ReferenceCell[],
  fleet: FleetObservation,
): ComparedCell[] => cells.map((cell) => compareCell(cell, cells, fleet));

export type VerdictCounts = Record<CellVerdict, number>;

export const countVerdicts = (cells: readonly { verdict: CellVerdict }[]): VerdictCounts => {
  const counts: VerdictCounts = { consistent: 0, deviates: 0, insufficient: 0, reference: 0 };
  for (const cell of cells) counts[cell.verdict] += 1;

  return counts;
};
