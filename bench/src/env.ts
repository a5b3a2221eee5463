import { z } from 'zod';

/** Benchmark knobs; defaults are the documented workload. */
export const benchEnv = z
  .object({
    BENCH_TARGETS: z.coerce.number().int().positive().default(2000),
    BENCH_ROUNDS: z.coerce.number().int().min(2).default(5),
    BENCH_CONCURRENCY: z.coerce.number().int().positive().default(8),
    BENCH_RESULTS_DIR: z.string().optional(),
    BENCH_CPU_PROFILE: z
      .string()
      .optional()
      .describe('Directory for the collector --cpu-prof output'),
  })
  .parse(process.env);

/** Children (the collector, peers) start from this process's environment. */
export const inheritedEnvironment = (): NodeJS.ProcessEnv => process.env;
