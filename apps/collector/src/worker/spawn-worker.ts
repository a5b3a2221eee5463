import { Worker } from 'node:worker_threads';

/**
 * The collector runs from TypeScript source (tsx under `npm run collector`, vitest in tests),
 * and a worker thread does not inherit the main thread's loader hooks, nor does `--import tsx`
 * in its execArgv take effect on Node 20. A .ts worker therefore registers tsx itself before
 * importing its entry; a compiled .js entry would start directly.
 */
const BOOT = [
  "const { workerData } = require('node:worker_threads');",
  'import(workerData.tsx)',
  '  .then(({ register }) => { register(); return import(workerData.entry); });',
].join('\n');

const ENTRY = new URL(
  import.meta.url.endsWith('.ts') ? './worker-main.ts' : './worker-main.js',
  import.meta.url,
);

export const spawnDecodeWorker = (): Worker => {
  if (!ENTRY.pathname.endsWith('.ts')) return new Worker(ENTRY);

  return new Worker(BOOT, {
    eval: true,
    workerData: { tsx: import.meta.resolve('tsx/esm/api'), entry: ENTRY.href },
  });
};
