import { createRandom } from './random.ts';

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

export type ColdStart = { workload: string; endMs: number; durationSeconds: number };

/**
 * A cold-start load with known answers: Poisson arrivals at `ratePerHour(t)` spread over
 * `workloads`, log-normal durations (median `medianSeconds`, log-sd `sigma`, about what Lambda
 * init times look like) multiplied by `factorAt(t)`: 1.25 from some instant is a 25 %
 * regression of every quantile, p95 included.
 */
export const generateColdStarts = ({
  seed,
  fromMs,
  toMs,
  workloads,
  ratePerHour,
  factorAt = () => 1,
  medianSeconds = 0.6,
  sigma = 0.35,
}: {
  seed: number;
  fromMs: number;
  toMs: number;
  workloads: readonly string[];
  ratePerHour: (tMs: number) => number;
  factorAt?: (tMs: number) => number;
  medianSeconds?: number;
  sigma?: number;
}): ColdStart[] => {
  const random = createRandom(seed);
  const starts: ColdStart[] = [];
  for (let minute = fromMs; minute < toMs; minute += MINUTE_MS) {
    const count = random.poisson(ratePerHour(minute) / 60);
    for (let i = 0; i < count; i++) {
      const endMs = minute + Math.floor(random.next() * MINUTE_MS);
      const workload = workloads[Math.floor(random.next() * workloads.length)] as string;
      const base = medianSeconds * Math.exp(sigma * random.normal());
      starts.push({ workload, endMs, durationSeconds: base * factorAt(endMs) });
    }
  }

  return starts;
};

/** Rate and speed both follow the day: busy hours bring more cold starts, a little slower. */
export const diurnal = (peakRatio: number, slowdown: number) => {
  const phase = (tMs: number) => Math.sin((2 * Math.PI * ((tMs % DAY_MS) - 8 * HOUR_MS)) / DAY_MS);

  return {
    ratePerHour: (base: number) => (tMs: number) => base * (1 + peakRatio * phase(tMs)),
    factorAt: (tMs: number) => 1 + slowdown * phase(tMs),
  };
};

/**
 * Scale-out bursts: every few hours hundreds of cold starts land within minutes, each burst a
 * little slower or faster than usual (contention), on top of a thin steady load.
 */
export const bursts = ({
  seed,
  fromMs,
  toMs,
  workloads,
  everyHours,
  size,
}: {
  seed: number;
  fromMs: number;
  toMs: number;
  workloads: readonly string[];
  everyHours: number;
  size: number;
}): ColdStart[] => {
  const random = createRandom(seed);
  const starts: ColdStart[] = [];
  for (let t = fromMs + random.next() * everyHours * HOUR_MS; t < toMs;) {
    const factor = Math.exp(0.05 * random.normal());
    const workload = workloads[Math.floor(random.next() * workloads.length)] as string;
    for (let i = 0; i < size; i++) {
      const endMs = Math.floor(t + random.next() * 3 * MINUTE_MS);
      if (endMs >= toMs) continue;
      starts.push({
        workload,
        endMs,
        durationSeconds: 0.6 * Math.exp(0.35 * random.normal()) * factor,
      });
    }
    t += (0.5 + random.next()) * everyHours * HOUR_MS;
  }

  return starts;
};
