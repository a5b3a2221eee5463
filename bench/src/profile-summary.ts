import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';

/**
 * `npm run bench:profile -- <file.cpuprofile> [fromSeconds] [toSeconds] [rows]`: self time by
 * function of a --cpu-prof profile (BENCH_CPU_PROFILE writes one per thread of the collector),
 * optionally within a time window, plus a busy-per-second timeline to choose that window (round
 * 1 creates series and behaves differently from the rounds after it).
 */
type ProfileNode = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
};
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

const [file, fromArg, toArg, rowsArg] = process.argv.slice(2);
if (file === undefined) {
  throw new Error('usage: npm run bench:profile -- <file.cpuprofile> [from s] [to s] [rows]');
}
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const fromUs = Number(fromArg ?? 0) * 1e6;
const toUs = toArg === undefined ? Number.POSITIVE_INFINITY : Number(toArg) * 1e6;
const rows = Number(rowsArg ?? 30);

const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const labelOf = ({ callFrame }: ProfileNode): string => {
  const place =
    callFrame.url === '' ? '' : `${basename(dirname(callFrame.url))}/${basename(callFrame.url)}`;

  return `${callFrame.functionName || '(anonymous)'} ${place}`.trim();
};

const selfTime = new Map<string, number>();
const busyBySecond = new Map<number, { busy: number; idle: number }>();
let elapsed = 0;
let busy = 0;
profile.samples.forEach((id, index) => {
  const delta = profile.timeDeltas[index] ?? 0;
  elapsed += delta;
  const node = nodes.get(id);
  if (node === undefined) return;
  const isIdle = node.callFrame.functionName === '(idle)';
  const second = Math.floor(elapsed / 1e6);
  const slot = busyBySecond.get(second) ?? { busy: 0, idle: 0 };
  if (isIdle) slot.idle += delta;
  else slot.busy += delta;
  busyBySecond.set(second, slot);
  if (isIdle || elapsed < fromUs || elapsed > toUs) return;
  busy += delta;
  selfTime.set(labelOf(node), (selfTime.get(labelOf(node)) ?? 0) + delta);
});

const timeline = [...busyBySecond]
  .map(([second, slot]) => `${second}:${Math.round((100 * slot.busy) / (slot.busy + slot.idle))}`)
  .join(' ');
process.stdout.write(`busy % per second: ${timeline}\n`);
process.stdout.write(`busy in window: ${(busy / 1000).toFixed(0)} ms\n`);
for (const [label, time] of [...selfTime].sort((a, b) => b[1] - a[1]).slice(0, rows)) {
  const share = ((100 * time) / busy).toFixed(1);
  process.stdout.write(
    `${(time / 1000).toFixed(0).padStart(7)} ms ${share.padStart(5)}%  ${label}\n`,
  );
}
