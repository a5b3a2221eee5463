import { cpus, totalmem } from 'node:os';

/** The machine line every results file starts with: numbers mean nothing without it. */
export const describeMachine = (): string => {
  const cores = cpus();

  return `${cores.length} × ${cores[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}, ${process.platform}/${process.arch}`;
};
