import type { Ceilings } from './ceilings.ts';
import { median } from './ledger.ts';
import { markdownTable } from './markdown-table.ts';
import type { Round } from './rounds.ts';

export type ProtocolResult = { name: string; unit: string; rounds: Round[] };

const rate = (round: Round): number => round.samples / round.seconds;
const fixed = (value: number, digits = 2): string => value.toFixed(digits);
const thousands = (value: number): string => Math.round(value).toLocaleString('en');

/** Round 1 creates every series; the later rounds write existing ones (the steady state). */
export const steadyRate = (rounds: Round[]): number => median(rounds.slice(1).map(rate));

const protocolRows = ({ name, unit, rounds }: ProtocolResult): [string, string][] => {
  const steady = rounds.slice(1);
  const cpu = (pick: (round: Round) => number): string =>
    fixed(median(steady.map((round) => pick(round) / (round.samples / 1e6))));

  return [
    [
      `${name}: steady ${unit}/s (median of rounds 2–${rounds.length})`,
      `**${thousands(steadyRate(rounds))}**`,
    ],
    [`${name}: round 1 ${unit}/s (creates the series)`, thousands(rate(rounds[0] as Round))],
    [`${name}: rounds (${unit}/s)`, rounds.map((round) => thousands(rate(round))).join(', ')],
    [
      `${name}: ${unit} sent / stored rows per round`,
      `${rounds[0]?.samples ?? 0} / ${rounds.map((round) => round.stored).join(', ')}`,
    ],
    [
      `${name}: CPU s per million ${unit}, steady: collector (main thread) / sender`,
      `${cpu((round) => round.cpu.collector)} (${cpu((round) => round.cpu.main)}) / ` +
        cpu((round) => round.cpu.sender),
    ],
  ];
};

export const renderReport = ({
  machine,
  method,
  protocols,
  ceilings,
  peakRssBytes,
  bytesPerStoredRow,
}: {
  machine: string;
  method: string[];
  protocols: ProtocolResult[];
  ceilings: Ceilings;
  peakRssBytes: number;
  bytesPerStoredRow: number;
}): string =>
  [
    `## Ingest, ${new Date().toISOString()}`,
    '',
    `Machine: ${machine}`,
    '',
    ...method,
    '',
    ...markdownTable([
      ['measure', 'value'],
      ...protocols.flatMap(protocolRows),
      [
        'in-process, one thread: text parse alone / worker task (samples/s)',
        `${thousands(ceilings.textParse)} / ${thousands(ceilings.textTask)}`,
      ],
      [
        'in-process, one thread: OTLP protobuf decode alone / worker task (points/s)',
        `${thousands(ceilings.otlpDecode)} / ${thousands(ceilings.otlpTask)}`,
      ],
      ['collector peak RSS', `${fixed(peakRssBytes / 2 ** 20, 0)} MiB`],
      ['store bytes per stored row', fixed(bytesPerStoredRow, 1)],
    ]),
    '',
  ].join('\n');
