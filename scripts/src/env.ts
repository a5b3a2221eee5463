import { z } from 'zod';

/** `npm start` settings; everything has a default so a fresh clone needs no configuration. */
export const ZStartEnv = z.object({
  DATABASE_URL: z.string().optional(),
  FLEETLENS_HOST: z.string().default('127.0.0.1'),
  FLEETLENS_HTTP_PORT: z.coerce.number().int().min(1).max(65535).default(4318),
  FLEETLENS_GRPC_PORT: z.coerce.number().int().min(1).max(65535).default(4317),
  FLEETLENS_SIMULATOR: z.enum(['on', 'off']).default('on'),
  FLEETLENS_SIMULATOR_PORT: z.coerce.number().int().min(0).max(65535).default(4320),
  FLEETLENS_WEB: z.enum(['on', 'off']).default('on'),
  FLEETLENS_WEB_PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  FLEETLENS_STOP_GRACE_SECONDS: z.coerce.number().positive().default(30),
});

export type StartEnv = z.infer<typeof ZStartEnv>;

export const readStartEnv = (): StartEnv => {
  const parsed = ZStartEnv.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.')}: ${issue.message}`,
    );
    throw new Error(`Invalid environment for npm start:\n  ${problems.join('\n  ')}`);
  }

  return parsed.data;
};

/** Children start from this environment plus their own settings. */
export const inheritedEnvironment = (): NodeJS.ProcessEnv => process.env;
