import type { CumulativeHistogram } from '../../fleet/histogram.ts';
import type { Labels, TextWriter } from './text.ts';

/** Where `le` goes: last (Go clients) or in sorted order with the others (Python clients). */
export type LePosition = 'last' | 'sorted';

const withLabel = (labels: Labels, name: string, value: string, position: LePosition): Labels => {
  const added = [...labels, [name, value] as const];

  return position === 'last' ? added : added.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
};

/**
 * `_bucket` lines (+Inf last), then `_sum` and `_count` (Go) or `_count` and `_sum`
 * (Python), as each client writes a histogram.
 */
export const writeHistogram = (
  writer: TextWriter,
  name: string,
  labels: Labels,
  histogram: CumulativeHistogram,
  leText: (bound: number) => string,
  { position = 'last', countFirst = false }: { position?: LePosition; countFirst?: boolean } = {},
): void => {
  histogram.bounds.forEach((bound, index) => {
    const value = histogram.cumulative[index] ?? 0;
    writer.sample(`${name}_bucket`, withLabel(labels, 'le', leText(bound), position), value);
  });
  writer.sample(`${name}_bucket`, withLabel(labels, 'le', '+Inf', position), histogram.count);
  if (countFirst) writer.sample(`${name}_count`, labels, histogram.count);
  writer.sample(`${name}_sum`, labels, histogram.sum);
  if (!countFirst) writer.sample(`${name}_count`, labels, histogram.count);
};

export type SummaryValues = {
  readonly quantiles: readonly (readonly [string, number])[];
  /** geth writes neither: its count is a counter family of its own, and there is no sum. */
  readonly count?: number;
  readonly sum?: number;
};

/** Quantile lines, then `_sum` and `_count`; Triton writes `_count` and `_sum` first. */
export const writeSummary = (
  writer: TextWriter,
  name: string,
  labels: Labels,
  summary: SummaryValues,
  order: 'quantiles-first' | 'count-first' = 'quantiles-first',
): void => {
  const count = () => {
    if (summary.count !== undefined) writer.sample(`${name}_count`, labels, summary.count);
  };
  const totals = () => {
    if (order === 'count-first') count();
    if (summary.sum !== undefined) writer.sample(`${name}_sum`, labels, summary.sum);
    if (order === 'quantiles-first') count();
  };
  if (order === 'count-first') totals();
  for (const [quantile, value] of summary.quantiles) {
    writer.sample(name, [...labels, ['quantile', quantile]], value);
  }
  if (order === 'quantiles-first') totals();
};

/** What every process exports through its client library's default collectors. */
export type ProcessStats = {
  readonly cpuSeconds: number;
  readonly residentBytes: number;
  readonly virtualBytes: number;
  readonly startSeconds: number;
  readonly openFds: number;
};

export const writeProcessFamilies = (writer: TextWriter, stats: ProcessStats): void => {
  writer.family(
    'process_cpu_seconds_total',
    'counter',
    'Total user and system CPU time spent in seconds.',
  );
  writer.sample('process_cpu_seconds_total', [], Math.round(stats.cpuSeconds * 100) / 100);
  writer.family('process_max_fds', 'gauge', 'Maximum number of open file descriptors.');
  writer.sample('process_max_fds', [], 1_048_576);
  writer.family('process_open_fds', 'gauge', 'Number of open file descriptors.');
  writer.sample('process_open_fds', [], stats.openFds);
  writer.family('process_resident_memory_bytes', 'gauge', 'Resident memory size in bytes.');
  writer.sample('process_resident_memory_bytes', [], stats.residentBytes);
  writer.family(
    'process_start_time_seconds',
    'gauge',
    'Start time of the process since unix epoch in seconds.',
  );
  writer.sample('process_start_time_seconds', [], stats.startSeconds);
  writer.family('process_virtual_memory_bytes', 'gauge', 'Virtual memory size in bytes.');
  writer.sample('process_virtual_memory_bytes', [], stats.virtualBytes);
};

/** Go runtime families of client_golang, kept short: goroutines and the GC pause summary. */
export const writeGoFamilies = (writer: TextWriter, goroutines: number, gcCount: number): void => {
  writer.family(
    'go_gc_duration_seconds',
    'summary',
    'A summary of the pause duration of garbage collection cycles.',
  );
  writeSummary(writer, 'go_gc_duration_seconds', [], {
    quantiles: [
      ['0', 2.1e-5],
      ['0.25', 3.9e-5],
      ['0.5', 5.2e-5],
      ['0.75', 7.7e-5],
      ['1', 0.000913],
    ],
    count: gcCount,
    sum: gcCount * 6.1e-5,
  });
  writer.family('go_goroutines', 'gauge', 'Number of goroutines that currently exist.');
  writer.sample('go_goroutines', [], goroutines);
};
