import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

import { inheritedEnvironment } from './env.ts';

/** A free loopback port: bind to 0, read it, release it. */
export const findFreePort = async (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });

export const waitForHttp = async (url: string, timeoutMs: number): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
};

const readStatusBytes = (child: ChildProcess, field: 'VmHWM' | 'VmRSS'): number => {
  try {
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    const match = new RegExp(`${field}:\\s+(\\d+) kB`).exec(status);
    return match?.[1] ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
};

/** Peak RSS of a child, sampled from /proc (VmHWM is the kernel's own high-water mark). */
export const readPeakRssBytes = (child: ChildProcess): number => readStatusBytes(child, 'VmHWM');

/** Resident memory of a child right now. */
export const readRssBytes = (child: ChildProcess): number => readStatusBytes(child, 'VmRSS');

const CLOCK_TICKS_PER_SECOND = 100;

/** utime + stime of a /proc stat line, in seconds (fields 14 and 15, after the command name). */
const readStatCpu = (path: string): number => {
  try {
    const stat = readFileSync(path, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return 0;
  }
};

/**
 * CPU seconds a child has used: the whole process, and its main thread alone (the thread whose
 * id is the process id); the difference is worker threads, GC helpers and libuv's pool.
 */
export const readCpuSeconds = (child: ChildProcess): { total: number; main: number } => ({
  total: readStatCpu(`/proc/${child.pid}/stat`),
  main: readStatCpu(`/proc/${child.pid}/task/${child.pid}/stat`),
});

export const startProcess = (
  command: string,
  args: string[],
  env: Record<string, string>,
): ChildProcess => {
  const child = spawn(command, args, {
    env: { ...inheritedEnvironment(), ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let tail = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    tail = (tail + chunk.toString()).slice(-4000);
  });
  child.once('exit', (code, signal) => {
    if (code !== 0 && signal !== 'SIGTERM' && signal !== 'SIGINT' && code !== null) {
      process.stderr.write(`${command} exited with ${code}: ${tail}\n`);
    }
  });

  return child;
};

export const stopProcess = async (child: ChildProcess): Promise<void> => {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  await exited;
  clearTimeout(timer);
};
