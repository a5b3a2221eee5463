import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

const COLORS = ['\u001b[36m', '\u001b[35m', '\u001b[33m', '\u001b[32m'];
const RESET = '\u001b[0m';

export type Supervised = { name: string; child: ChildProcess; exited: Promise<number | null> };

/**
 * Starts a child with its output prefixed by its name, one line at a time, so the logs of the
 * collector, the dashboard and the simulator stay readable in one terminal.
 */
export const startSupervised = ({
  name,
  command,
  args,
  env,
  cwd,
  colorIndex,
  isTty,
}: {
  name: string;
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  cwd?: string;
  colorIndex: number;
  isTty: boolean;
}): Supervised => {
  // A process group of its own: Ctrl-C reaches us once and we stop each child in order.
  const child = spawn(command, args, {
    env,
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const color = isTty ? (COLORS[colorIndex % COLORS.length] ?? '') : '';
  const prefix = `${color}[${name}]${isTty ? RESET : ''} `;
  for (const stream of [child.stdout, child.stderr]) {
    if (!stream) continue;
    createInterface({ input: stream }).on('line', (line) => {
      process.stdout.write(`${prefix}${line}\n`);
    });
  }
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => resolve(code));
  });

  return { name, child, exited };
};

/** SIGTERM, then SIGKILL after the grace period: no child outlives the product. */
export const stopSupervised = async (
  { child, exited }: Supervised,
  graceMs: number,
): Promise<void> => {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => {
    if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
  }, graceMs);
  await exited;
  clearTimeout(timer);
};

export const waitForHttp = async (url: string, timeoutMs: number): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
};
