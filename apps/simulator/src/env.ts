import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { z } from 'zod';

import { parseDurationMs } from './fleet/time.ts';
import { parseScenarioFlag } from './scenarios/registry.ts';
import { DEFAULT_TIERS, parseTiers } from './run/schedule.ts';

/** The repository's git-ignored data directory, where the collector keeps its store too. */
const DATA_DIR = fileURLToPath(new URL('../../../data/simulator/', import.meta.url));

const ZPort = z.coerce.number().int().min(0).max(65_535);
const ZDuration = z.string().transform((text, context) => {
  try {
    return parseDurationMs(text);
  } catch (error) {
    context.addIssue({ code: 'custom', message: String(error) });
    return z.NEVER;
  }
});

export const ZSimulatorConfig = z.object({
  collectorUrl: z.string().url().default('http://127.0.0.1:4318').describe('Collector base URL'),
  seed: z.string().min(1).default('fleetlens').describe('Same seed, same telemetry'),
  backfillDays: z.coerce
    .number()
    .min(0)
    .max(119)
    .default(90)
    .describe('History on first start; 0 = none'),
  backfillTiers: z
    .string()
    .default(DEFAULT_TIERS)
    .refine((text) => {
      try {
        return parseTiers(text).length > 0;
      } catch {
        return false;
      }
    }, 'tiers look like 1d:10m,7d:1h,90d:4h (age:step, ages growing)')
    .describe('History resolution by age'),
  interval: ZDuration.default(10_000).describe('Live push interval (ms once parsed)'),
  scrapeInterval: ZDuration.default(15_000).describe('scrape_interval written for the collector'),
  scrapePort: ZPort.default(19_100).describe('First scrape target port; 0 = ephemeral ports'),
  controlPort: ZPort.default(4_320).describe('Control API port; 0 = ephemeral'),
  scrapeConfig: z
    .string()
    .default(`${DATA_DIR}scrape-config.yml`)
    .describe('Scrape config written for the collector'),
  stateFile: z
    .string()
    .default(`${DATA_DIR}state.json`)
    .describe('Where a restart finds its timeline'),
  mode: z.enum(['both', 'backfill', 'live']).default('both'),
  concurrency: z.coerce.number().int().min(1).max(64).default(6).describe('Requests in flight'),
  forceBackfill: z.boolean().default(false).describe('Start a new timeline even if state exists'),
  scenarios: z.array(z.string()).default([]).describe('name:key=value,... (repeatable)'),
});

export type SimulatorConfig = z.infer<typeof ZSimulatorConfig>;

const FLAGS = {
  collector: 'collectorUrl',
  seed: 'seed',
  'backfill-days': 'backfillDays',
  'backfill-tiers': 'backfillTiers',
  interval: 'interval',
  'scrape-interval': 'scrapeInterval',
  'scrape-port': 'scrapePort',
  'control-port': 'controlPort',
  'scrape-config': 'scrapeConfig',
  'state-file': 'stateFile',
  mode: 'mode',
  concurrency: 'concurrency',
} as const;

const ENV_PREFIX = 'FLEETLENS_SIM_';
const toEnvName = (flag: string) => `${ENV_PREFIX}${flag.replace(/-/g, '_').toUpperCase()}`;

export const USAGE = `Usage: npm start -- [options]     (every option also reads ${ENV_PREFIX}<OPTION>)
  --collector <url>        collector base URL (http://127.0.0.1:4318)
  --seed <text>            seed; the same seed sends the same telemetry (fleetlens)
  --backfill-days <n>      history sent on first start, 0 for none (90)
  --backfill-tiers <spec>  resolution by age (${DEFAULT_TIERS})
  --interval <duration>    live push interval (10s)
  --scrape-interval <d>    scrape_interval written into the scrape config (15s)
  --scrape-port <port>     first scrape target port, 0 for ephemeral (19100)
  --control-port <port>    control API port, 0 for ephemeral (4320)
  --scrape-config <path>   scrape config written for the collector (data/simulator/scrape-config.yml)
  --state-file <path>      timeline state for restarts (data/simulator/state.json)
  --mode both|backfill|live
  --concurrency <n>        requests in flight (6)
  --force-backfill         forget the saved timeline and backfill again
  --scenario <spec>        e.g. cold-start-regression:platform=aws-lambda,percent=40,from=-1h
                           (repeatable; ${ENV_PREFIX}SCENARIOS takes several separated by ';')
  --help`;

/**
 * The simulator's whole configuration, from flags first and FLEETLENS_SIM_* variables second,
 * validated once so a bad value fails at startup with a readable message.
 */
export const readSimulatorConfig = (
  argv: readonly string[] = process.argv.slice(2),
  env: NodeJS.ProcessEnv = process.env,
): SimulatorConfig | 'help' => {
  const options = Object.fromEntries(
    Object.keys(FLAGS).map((flag) => [flag, { type: 'string' as const }]),
  );
  const { values } = parseArgs({
    args: [...argv],
    options: {
      ...options,
      scenario: { type: 'string', multiple: true },
      'force-backfill': { type: 'boolean' },
      help: { type: 'boolean' },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help === true) return 'help';
  const raw: Record<string, unknown> = {};
  for (const [flag, key] of Object.entries(FLAGS)) {
    const value = (values as Record<string, unknown>)[flag] ?? env[toEnvName(flag)];
    if (value !== undefined) raw[key] = value;
  }
  raw.forceBackfill = values['force-backfill'] ?? env[toEnvName('force-backfill')] === 'true';
  raw.scenarios =
    values.scenario ??
    env[`${ENV_PREFIX}SCENARIOS`]?.split(';').filter((s) => s.trim() !== '') ??
    [];
  const parsed = ZSimulatorConfig.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.')}: ${issue.message}`,
    );
    throw new Error(`Invalid simulator configuration:\n  ${problems.join('\n  ')}`);
  }
  parsed.data.scenarios.forEach(parseScenarioFlag);

  return parsed.data;
};
