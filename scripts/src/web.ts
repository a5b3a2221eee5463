import { createRequire } from 'node:module';
import { join } from 'node:path';

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
