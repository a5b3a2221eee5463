import { appendFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { benchEnv } from './env.ts';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Appends one report section to `results/<date>.md` (or BENCH_RESULTS_DIR). */
export const appendResults = (report: string): string => {
  const resultsDir = benchEnv.BENCH_RESULTS_DIR ?? join(repoRoot, 'bench', 'results');
  mkdirSync(resultsDir, { recursive: true });
  const resultsFile = join(resultsDir, `${new Date().toISOString().slice(0, 10)}.md`);
  appendFileSync(resultsFile, existsSync(resultsFile) ? `\n${report}` : report);

  return resultsFile;
};
