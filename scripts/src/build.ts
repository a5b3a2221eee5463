import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';

import { inheritedEnvironment } from './env.ts';

/**
 * Builds the apps `npm start` runs (the collector bundle, and the dashboard unless it is off)
 * through turbo, whose cache makes this a quick replay when nothing in them or their packages
 * changed since the last build.
 */
export const buildApps = (repoRoot: string, { web }: { web: boolean }): void => {
  process.stdout.write(
    `[start] building the collector${web ? ' and the dashboard' : ''} (cached after the first time)\n`,
  );
  const turbo = createRequire(join(repoRoot, 'package.json')).resolve('turbo/bin/turbo');
  const filters = ['--filter=@fleetlens/collector', ...(web ? ['--filter=@fleetlens/web'] : [])];
  const result = spawnSync(
    process.execPath,
    [turbo, 'run', 'build', ...filters, '--output-logs=errors-only'],
    {
      cwd: repoRoot,
      stdio: 'inherit',
      env: { ...inheritedEnvironment(), NEXT_TELEMETRY_DISABLED: '1' },
    },
  );
  if (result.status !== 0) throw new Error('the build failed');
};
