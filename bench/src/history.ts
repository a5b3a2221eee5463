import type { BenchRequest } from './rounds.ts';
import { renderTarget } from './workload.ts';

const TEXT_HEADERS = { 'content-type': 'text/plain; version=0.0.4' };

type FamilyBlock = { header: string[]; samples: string[] };

/** Splits an exposition into its families: comment lines, then that family's samples. */
const familyBlocks = (text: string): FamilyBlock[] => {
  const blocks: FamilyBlock[] = [];
  let current: FamilyBlock | undefined;
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const isComment = line.startsWith('#');
    if (!current || (isComment && current.samples.length > 0)) {
      current = { header: [], samples: [] };
      blocks.push(current);
    }
    (isComment ? current.header : current.samples).push(line);
  }

  return blocks;
};

/**
 * One target's samples at several past timestamps in one body: each family once, its samples
 * repeated per timestamp with the timestamp on every line (a family must stay contiguous in
 * the text format). Round `n` of the workload is written at `timestampsMs[n]`, so counters
 * grow over the history as they do over the live rounds.
 */
export const renderHistoryBody = (
  target: number,
  firstRound: number,
  timestampsMs: number[],
): { text: string; samples: number } => {
  const rounds = timestampsMs.map((_, i) =>
    familyBlocks(renderTarget(target, firstRound + i).text),
  );
  const lines: string[] = [];
  let samples = 0;
  (rounds[0] ?? []).forEach((block, b) => {
    lines.push(...block.header);
    timestampsMs.forEach((timestampMs, i) => {
      for (const sample of rounds[i]?.[b]?.samples ?? []) {
        lines.push(`${sample} ${timestampMs}`);
        samples += 1;
      }
    });
  });

  return { text: `${lines.join('\n')}\n`, samples };
};

/**
 * The history's timestamps: every `intervalMinutes` over `days`, ending at `endMs`, in chunks
 * of `perBody` (one request per target and chunk).
 */
export const historyChunks = (
  endMs: number,
  days: number,
  intervalMinutes: number,
  perBody: number,
): number[][] => {
  const intervalMs = intervalMinutes * 60_000;
  const count = Math.floor((days * 86_400_000) / intervalMs);
  const stamps = Array.from({ length: count }, (_, i) => endMs - (count - 1 - i) * intervalMs);
  const chunks: number[][] = [];
  for (let start = 0; start < stamps.length; start += perBody) {
    chunks.push(stamps.slice(start, start + perBody));
  }

  return chunks;
};

/**
 * History targets are numbered after the live ones: their pods (the collector's resource
 * instance) must not be the live targets', or both would write one counter.
 */
export const historyRequests = (
  firstTarget: number,
  targets: number,
  firstRound: number,
  timestampsMs: number[],
): BenchRequest[] =>
  Array.from({ length: targets }, (_, i): BenchRequest => {
    const target = firstTarget + i;
    const { text, samples } = renderHistoryBody(target, firstRound, timestampsMs);

    return {
      path: `/api/v1/import/prometheus?job=bench-history&instance=history-${target}`,
      body: Buffer.from(text),
      headers: TEXT_HEADERS,
      samples,
    };
  });
