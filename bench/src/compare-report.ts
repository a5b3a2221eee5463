import type { Ceilings } from './ceilings.ts';
import { median, percentile } from './ledger.ts';
import { markdownTable } from './markdown-table.ts';
import type { QueryTiming } from './queries.ts';
import { steadyRate } from './report.ts';
import type { Round } from './rounds.ts';

/** One measure of each server, in the same run. */
export type Pair<T> = { fleetlens: T; victoriaMetrics: T };

export type Comparison = {
  machine: string;
  method: string[];
  text: Pair<Round[]>;
  otlp: Round[];
  history: Pair<Round[]>;
  ceilings: Ceilings;
  queries: QueryTiming[];
  peakRssBytes: Pair<number>;
  /** Resident and peak memory of both servers at the end of each phase, in order. */
  memoryByPhase: PhaseMemory[];
  diskBytes: Pair<number>;
  samplesReceived: Pair<number>;
  fleetlensStoredRows: number;
  rollupWaitSeconds: number;
};

export type PhaseMemory = { phase: string; rssBytes: Pair<number>; peakBytes: Pair<number> };

const thousands = (value: number): string => Math.round(value).toLocaleString('en');
const ms = (value: number): string => value.toFixed(value < 10 ? 1 : 0);
const ratio = (fleetlens: number, victoriaMetrics: number): string =>
  victoriaMetrics > 0 ? (fleetlens / victoriaMetrics).toFixed(2) : '—';
const total = (rounds: Round[], pick: (round: Round) => number): number =>
  rounds.reduce((sum, round) => sum + pick(round), 0);
/** Rounds written back to back (the history's chunks) as one rate. */
const overallRate = (rounds: Round[]): number =>
  total(rounds, (round) => round.samples) / total(rounds, (round) => round.seconds);
const cpuPerMillion = (rounds: Round[]): number =>
  median(rounds.slice(1).map((round) => round.cpu.collector / (round.samples / 1e6)));

type Verdict = { target: string; met: boolean; detail: string };

export const verdicts = (result: Comparison): Verdict[] => {
  const textRatio = steadyRate(result.text.fleetlens) / steadyRate(result.text.victoriaMetrics);
  const slowest = result.queries.map((timing) => ({
    name: timing.query.name,
    ratio: percentile(timing.fleetlensMs, 50) / percentile(timing.victoriaMetricsMs, 50),
  }));
  const rssRatio = result.peakRssBytes.fleetlens / result.peakRssBytes.victoriaMetrics;

  return [
    {
      target: 'text ingest ≥ 0.5× VictoriaMetrics',
      met: textRatio >= 0.5,
      detail: `${textRatio.toFixed(2)}×`,
    },
    {
      target: 'query latency (p50) ≤ VictoriaMetrics',
      met: slowest.every((query) => query.ratio <= 1),
      detail: `p50 ratios: ${slowest.map((query) => `${query.name}: ${query.ratio.toFixed(2)}×`).join('; ')}`,
    },
    {
      target: 'collector peak RSS ≤ VictoriaMetrics',
      met: rssRatio <= 1,
      detail: `${rssRatio.toFixed(2)}×`,
    },
  ];
};

const queryRows = (timing: QueryTiming): string[][] => {
  const step = `step ${timing.query.stepSeconds} s`;
  const row = (label: string, p: number): string[] => {
    const fleetlens = percentile(timing.fleetlensMs, p);
    const victoriaMetrics = percentile(timing.victoriaMetricsMs, p);

    return [
      `query ${timing.query.name} (${step}): ${label} ms`,
      ms(fleetlens),
      ms(victoriaMetrics),
      ratio(fleetlens, victoriaMetrics),
    ];
  };
  const shape = (s: { groups: number; points: number }): string =>
    `${s.groups} groups, ${s.points} points`;

  return [
    row('p50', 50),
    row('p95', 95),
    [
      `query ${timing.query.name}: answer`,
      shape(timing.fleetlensShape),
      shape(timing.victoriaMetricsShape),
      '',
    ],
  ];
};

export const renderComparison = (result: Comparison): string => {
  const { text, history, peakRssBytes, diskBytes, samplesReceived } = result;
  const rounds = text.fleetlens.length;
  const otlpRate = steadyRate(result.otlp);
  const rows: string[][] = [
    ['measure', 'Fleetlens', 'VictoriaMetrics', 'Fleetlens / VM'],
    [
      `text import samples/s, steady (median of rounds 2–${rounds})`,
      `**${thousands(steadyRate(text.fleetlens))}**`,
      `**${thousands(steadyRate(text.victoriaMetrics))}**`,
      `**${ratio(steadyRate(text.fleetlens), steadyRate(text.victoriaMetrics))}**`,
    ],
    [
      'text import samples/s, round 1 (creates the series)',
      thousands(text.fleetlens[0] ? text.fleetlens[0].samples / text.fleetlens[0].seconds : 0),
      thousands(
        text.victoriaMetrics[0]
          ? text.victoriaMetrics[0].samples / text.victoriaMetrics[0].seconds
          : 0,
      ),
      '',
    ],
    [
      'text import: rounds (samples/s)',
      text.fleetlens.map((round) => thousands(round.samples / round.seconds)).join(', '),
      text.victoriaMetrics.map((round) => thousands(round.samples / round.seconds)).join(', '),
      '',
    ],
    [
      `text import samples/s until stored, steady (VictoriaMetrics answers first, stores ~1 s later)`,
      thousands(median(text.fleetlens.slice(1).map((r) => r.samples / r.storedSeconds))),
      thousands(median(text.victoriaMetrics.slice(1).map((r) => r.samples / r.storedSeconds))),
      '',
    ],
    [
      'text import: server CPU s per million samples, steady',
      cpuPerMillion(text.fleetlens).toFixed(2),
      cpuPerMillion(text.victoriaMetrics).toFixed(2),
      ratio(cpuPerMillion(text.fleetlens), cpuPerMillion(text.victoriaMetrics)),
    ],
    [
      'history backfill samples/s (multi-timestamp bodies)',
      thousands(overallRate(history.fleetlens)),
      thousands(overallRate(history.victoriaMetrics)),
      ratio(overallRate(history.fleetlens), overallRate(history.victoriaMetrics)),
    ],
    [
      `OTLP protobuf points/s, steady (median of rounds 2–${result.otlp.length}); VM column: plain Node decode ceiling, one thread`,
      thousands(otlpRate),
      thousands(result.ceilings.otlpDecode),
      ratio(otlpRate, result.ceilings.otlpDecode),
    ],
    ...result.queries.flatMap(queryRows),
    [
      'peak RSS (VmHWM), MiB',
      (peakRssBytes.fleetlens / 2 ** 20).toFixed(0),
      (peakRssBytes.victoriaMetrics / 2 ** 20).toFixed(0),
      ratio(peakRssBytes.fleetlens, peakRssBytes.victoriaMetrics),
    ],
    [
      'bytes on disk per sample received',
      (diskBytes.fleetlens / samplesReceived.fleetlens).toFixed(2),
      (diskBytes.victoriaMetrics / samplesReceived.victoriaMetrics).toFixed(2),
      ratio(
        diskBytes.fleetlens / samplesReceived.fleetlens,
        diskBytes.victoriaMetrics / samplesReceived.victoriaMetrics,
      ),
    ],
    [
      'samples received; data on disk (MiB)',
      `${thousands(samplesReceived.fleetlens)}; ${(diskBytes.fleetlens / 2 ** 20).toFixed(0)}`,
      `${thousands(samplesReceived.victoriaMetrics)}; ${(diskBytes.victoriaMetrics / 2 ** 20).toFixed(0)}`,
      '',
    ],
    [
      'Fleetlens stored rows; bytes per stored row',
      `${thousands(result.fleetlensStoredRows)}; ${(diskBytes.fleetlens / result.fleetlensStoredRows).toFixed(1)}`,
      '',
      '',
    ],
  ];

  return [
    `## Fleetlens vs VictoriaMetrics, ${new Date().toISOString()}`,
    '',
    `Machine: ${result.machine}`,
    '',
    ...result.method,
    `The collector's rollups caught up with the backfill ${result.rollupWaitSeconds.toFixed(0)} s`,
    'after it ended (backlog ≤ 3 h, checked before the queries).',
    '',
    ...markdownTable(rows),
    '',
    'Memory at the end of each phase (MiB, resident now / peak so far):',
    '',
    ...markdownTable(memoryRows(result.memoryByPhase)),
    '',
    'Targets:',
    '',
    ...verdicts(result).map(
      (verdict) => `- ${verdict.target}: ${verdict.met ? 'met' : 'not met'} (${verdict.detail})`,
    ),
    '',
  ].join('\n');
};

const mib = (bytes: number): string => (bytes / 2 ** 20).toFixed(0);

const memoryRows = (phases: PhaseMemory[]): string[][] => [
  ['after', 'Fleetlens RSS / peak', 'VictoriaMetrics RSS / peak'],
  ...phases.map(({ phase, rssBytes, peakBytes }) => [
    phase,
    `${mib(rssBytes.fleetlens)} / ${mib(peakBytes.fleetlens)}`,
    `${mib(rssBytes.victoriaMetrics)} / ${mib(peakBytes.victoriaMetrics)}`,
  ]),
];
