import type { HttpClient } from './http-client.ts';

/** Fleetlens's requests_total comes from these Triton counters of the workload. */
const REQUEST_COUNTERS = '{__name__=~"nv_inference_request_success|nv_inference_request_failure"}';
/** Fleetlens's startup_seconds (cold pod starts) comes from this kubelet histogram. */
const STARTUP_BUCKETS = 'kubelet_pod_start_duration_seconds_bucket';

/**
 * One dashboard panel asked of both servers. The step is the collector's default (about 240
 * points over the range); PromQL's rate window is the larger of the step and 5 minutes, the
 * collector's own lookback, so both read every sample of the range once.
 */
export type DashboardQuery = {
  name: string;
  rangeMs: number;
  stepSeconds: number;
  fleetlens: { kpi: string; agg: 'rate' | 'p95' };
  promql: string;
};

const stepFor = (rangeMs: number): number => Math.max(1, Math.ceil(rangeMs / 1000 / 240));
const windowFor = (stepSeconds: number): string => `${Math.max(stepSeconds, 300)}s`;

const rateQuery = (name: string, rangeMs: number): DashboardQuery => {
  const stepSeconds = stepFor(rangeMs);

  return {
    name,
    rangeMs,
    stepSeconds,
    fleetlens: { kpi: 'requests_total', agg: 'rate' },
    promql: `sum by (paradigm) (rate(${REQUEST_COUNTERS}[${windowFor(stepSeconds)}]))`,
  };
};

const p95Query = (name: string, rangeMs: number): DashboardQuery => {
  const stepSeconds = stepFor(rangeMs);

  return {
    name,
    rangeMs,
    stepSeconds,
    fleetlens: { kpi: 'startup_seconds', agg: 'p95' },
    promql:
      'histogram_quantile(0.95, sum by (paradigm, le) ' +
      `(rate(${STARTUP_BUCKETS}[${windowFor(stepSeconds)}])))`,
  };
};

const HOUR_MS = 3_600_000;

export const DASHBOARD_QUERIES: DashboardQuery[] = [
  rateQuery('rate by paradigm, 1 h', HOUR_MS),
  p95Query('p95 by paradigm, 1 h', HOUR_MS),
  p95Query('p95 by paradigm, 30 d', 30 * 24 * HOUR_MS),
];

/** What an answer held: groups (series) and points, to show both answered the same question. */
export type AnswerShape = { groups: number; points: number };

type FleetlensAnswer = { series?: { points: unknown[] }[] };
type PrometheusAnswer = { data?: { result?: { values?: unknown[] }[] } };

const fleetlensPath = (query: DashboardQuery, toMs: number): string => {
  const params = new URLSearchParams({
    kpi: query.fleetlens.kpi,
    agg: query.fleetlens.agg,
    by: 'paradigm',
    from: String((toMs - query.rangeMs) / 1000),
    to: String(toMs / 1000),
    step: `${query.stepSeconds}s`,
  });

  return `/api/v1/query?${params.toString()}`;
};

const promqlPath = (query: DashboardQuery, toMs: number): string => {
  const params = new URLSearchParams({
    query: query.promql,
    start: String((toMs - query.rangeMs) / 1000),
    end: String(toMs / 1000),
    step: `${query.stepSeconds}s`,
  });

  return `/api/v1/query_range?${params.toString()}`;
};

/** Sends one query and times it to the last byte of the answer. */
const timeOne = async (
  client: HttpClient,
  path: string,
  shape: (body: unknown) => AnswerShape,
): Promise<{ ms: number; shape: AnswerShape }> => {
  const started = performance.now();
  const answer = await client.get(path);
  const ms = performance.now() - started;
  if (answer.status !== 200) throw new Error(`${path}: HTTP ${answer.status}`);

  return { ms, shape: shape(JSON.parse(answer.body.toString())) };
};

const fleetlensShape = (body: unknown): AnswerShape => {
  const series = (body as FleetlensAnswer).series ?? [];

  return { groups: series.length, points: series.reduce((n, s) => n + s.points.length, 0) };
};

const prometheusShape = (body: unknown): AnswerShape => {
  const result = (body as PrometheusAnswer).data?.result ?? [];

  return { groups: result.length, points: result.reduce((n, s) => n + (s.values?.length ?? 0), 0) };
};

export type QueryTiming = {
  query: DashboardQuery;
  fleetlensMs: number[];
  victoriaMetricsMs: number[];
  fleetlensShape: AnswerShape;
  victoriaMetricsShape: AnswerShape;
};

const WARM_UP = 2;

/**
 * Times `repeats` runs of each query on both servers, alternating which goes first so that
 * noise from other work on the machine falls on both; the first runs warm caches and JIT.
 */
export const timeQueries = async (
  fleetlens: HttpClient,
  victoriaMetrics: HttpClient,
  toMs: number,
  repeats: number,
): Promise<QueryTiming[]> => {
  const timings: QueryTiming[] = [];
  for (const query of DASHBOARD_QUERIES) {
    const timing: QueryTiming = {
      query,
      fleetlensMs: [],
      victoriaMetricsMs: [],
      fleetlensShape: { groups: 0, points: 0 },
      victoriaMetricsShape: { groups: 0, points: 0 },
    };
    for (let run = 0; run < WARM_UP + repeats; run++) {
      const runFleetlens = async () => {
        const { ms, shape } = await timeOne(fleetlens, fleetlensPath(query, toMs), fleetlensShape);
        if (run >= WARM_UP) timing.fleetlensMs.push(ms);
        timing.fleetlensShape = shape;
      };
      const runVictoriaMetrics = async () => {
        const path = promqlPath(query, toMs);
        const { ms, shape } = await timeOne(victoriaMetrics, path, prometheusShape);
        if (run >= WARM_UP) timing.victoriaMetricsMs.push(ms);
        timing.victoriaMetricsShape = shape;
      };
      const order =
        run % 2 === 0 ? [runFleetlens, runVictoriaMetrics] : [runVictoriaMetrics, runFleetlens];
      for (const step of order) await step();
    }
    timings.push(timing);
  }

  return timings;
};
