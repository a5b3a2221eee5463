import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';

import { inheritedEnvironment } from './env.ts';

/**
 * Builds the dashboard through turbo, whose cache makes this a quick replay when nothing in
 * the web app or its packages changed since the last build.
 */
export const buildDashboard = (repoRoot: string): void => {
  process.stdout.write('[start] building the dashboard (cached after the first time)\n');
  const turbo = createRequire(join(repoRoot, 'package.json')).resolve('turbo/bin/turbo');
  const result = spawnSync(
    process.execPath,
    [turbo, 'run', 'build', '--filter=@fleetlens/web', '--output-logs=errors-only'],
    {
      cwd: repoRoot,
      stdio: 'inherit',
      env: { ...inheritedEnvironment(), NEXT_TELEMETRY_DISABLED: '1' },
    },
  );
  if (result.status !== 0) throw new Error('the dashboard build failed');
};

/** `next start` on the built dashboard, in the web app's folder. */
export const dashboardCommand = (repoRoot: string, host: string, port: number) => {
  const webDir = join(repoRoot, 'apps', 'web');
  const next = createRequire(join(webDir, 'package.json')).resolve('next/dist/bin/next');

  return {
    command: process.execPath,
    args: [next, 'start', '--hostname', host, '--port', String(port)],
    cwd: webDir,
  };
};
