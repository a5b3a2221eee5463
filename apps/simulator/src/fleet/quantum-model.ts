import { queueFactorAt } from '../scenarios/effects.ts';
import type { FleetContext } from './context.ts';
import { countBetween } from './counters.ts';
import { pick, sampleLogNormal, samplePoisson } from './distributions.ts';
import { hexFrom } from './inventory/common.ts';
import type { QuantumBackend, QuantumWorkload } from './inventory/quantum.ts';
import { isActiveAt } from './lifecycle.ts';
import { createRng, keyOf } from './prng.ts';
import { HOUR_MS, MINUTE_MS } from './time.ts';

/** Jobs are created on a fixed grid, so any window sees the same jobs whatever its size. */
const CELL_MS = 10 * MINUTE_MS;
/** The longest a job stays open: queue tails are capped here. */
export const MAX_JOB_MS = 30 * HOUR_MS;

export type QuantumJob = {
  readonly id: string;
  readonly backend: QuantumBackend;
  readonly shots: number;
  readonly createdMs: number;
  readonly runningMs: number;
  readonly finishedMs: number;
  readonly outcome: 'completed' | 'failed' | 'cancelled';
  readonly quantumSeconds: number;
};

const jobsOfCell = (ctx: FleetContext, workload: QuantumWorkload, cell: number): QuantumJob[] => {
  const from = cell * CELL_MS;
  if (!isActiveAt(ctx, workload, from)) return [];
  const rng = createRng(keyOf(ctx.seed, workload.id, 'jobs', cell));
  const count = samplePoisson(rng, countBetween(ctx, workload, 'requests', from, from + CELL_MS));
  const failRatio = workload.errorRatio;

  return Array.from({ length: count }, () => {
    const backend = pick(rng, workload.backends);
    const createdMs = Math.floor(from + rng() * CELL_MS);
    const surge = queueFactorAt(ctx, workload.platform, createdMs);
    const queueMs = Math.min(
      MAX_JOB_MS / 2,
      sampleLogNormal(rng, backend.queueSeconds, 0.9) * 1000 * surge,
    );
    const runMs = sampleLogNormal(rng, backend.runSeconds, 0.4) * 1000;
    const roll = rng();
    const outcome =
      roll < failRatio ? 'failed' : roll < failRatio + 0.02 ? 'cancelled' : 'completed';
    const runningMs = Math.floor(createdMs + queueMs);

    return {
      id:
        workload.provider === 'aws'
          ? `arn:aws:braket:us-east-1:123456789012:quantum-task/${hexFrom(rng, 8)}-${hexFrom(rng, 4)}-${hexFrom(rng, 4)}-${hexFrom(rng, 4)}-${hexFrom(rng, 12)}`
          : hexFrom(rng, 20),
      backend,
      shots: pick(rng, workload.shots),
      createdMs,
      runningMs,
      finishedMs: Math.floor(runningMs + (outcome === 'cancelled' ? 0 : runMs)),
      outcome,
      quantumSeconds: Math.max(1, Math.round((runMs / 1000) * 0.6)),
    };
  });
};

/** A job state report: QUEUED when created, the final status when it ends. */
export type JobReport = {
  readonly job: QuantumJob;
  readonly atMs: number;
  readonly isFinal: boolean;
};

/** Reports whose instant falls in [from, to), oldest first. */
export const jobReportsIn = (
  ctx: FleetContext,
  workload: QuantumWorkload,
  from: number,
  to: number,
): JobReport[] => {
  const reports: JobReport[] = [];
  const first = Math.floor((from - MAX_JOB_MS) / CELL_MS);
  const last = Math.floor((to - 1) / CELL_MS);
  for (let cell = first; cell <= last; cell++) {
    for (const job of jobsOfCell(ctx, workload, cell)) {
      if (job.createdMs >= from && job.createdMs < to)
        reports.push({ job, atMs: job.createdMs, isFinal: false });
      if (job.finishedMs >= from && job.finishedMs < to)
        reports.push({ job, atMs: job.finishedMs, isFinal: true });
    }
  }

  return reports.sort((a, b) => a.atMs - b.atMs);
};
