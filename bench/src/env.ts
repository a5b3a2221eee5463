import { z } from 'zod';

const count = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/** Benchmark knobs; defaults are the documented workload. */
export const benchEnv = z
  .object({
    BENCH_TARGETS: count(2000),
    BENCH_ROUNDS: z.coerce.number().int().min(2).default(5),
    BENCH_CONCURRENCY: count(8),
    BENCH_RESULTS_DIR: z.string().optional(),
    BENCH_CPU_PROFILE: z
      .string()
      .optional()
      .describe('Directory for the collector --cpu-prof output'),
    BENCH_HISTORY_TARGETS: count(50).describe('Targets written with past timestamps'),
    BENCH_HISTORY_DAYS: count(30),
    BENCH_HISTORY_INTERVAL_MINUTES: count(60),
    BENCH_HISTORY_STAMPS_PER_BODY: count(24).describe('Timestamps per history request body'),
    BENCH_QUERY_REPEATS: count(20).describe('Timed repetitions of each query on each server'),
    BENCH_ROLLUP_WAIT_SECONDS: count(600).describe('Longest wait for the rollup backlog'),
    BENCH_VICTORIA_METRICS: z.string().default('/usr/bin/victoria-metrics'),
    BENCH_CHROMIUM: z.string().default('/usr/bin/chromium'),
    BENCH_WEB_REPEATS: count(3).describe('Loads of each dashboard view'),
    BENCH_WEB_BACKFILL_DAYS: count(30).describe('Simulated history behind the dashboard views'),
    BENCH_WEB_READY_SECONDS: count(600).describe('Longest wait for the simulated backfill'),
  })
  .parse(process.env);

/** Children (the collector, peers) start from this process's environment. */
export const inheritedEnvironment = (): NodeJS.ProcessEnv => process.env;
