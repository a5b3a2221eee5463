import { parentPort } from 'node:worker_threads';

import { runDecodeTask } from './decode-task.ts';
import type { DecodeTask } from './decode-task.ts';
import { toTaskError } from './task-error.ts';

/** Entry of a decode worker: one task at a time, answered by id. */
export type TaskMessage = { id: number; task: DecodeTask };

const port = parentPort;
if (port === null) throw new Error('worker-main runs inside a worker thread');

port.on('message', ({ id, task }: TaskMessage) => {
  try {
    const decoded = runDecodeTask(task);
    port.postMessage({ id, ok: true, decoded }, [decoded.batch.buffer]);
  } catch (error) {
    port.postMessage({ id, ok: false, error: toTaskError(error) });
  }
});
port.postMessage({ ready: true });
