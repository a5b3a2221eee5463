import type { Worker } from 'node:worker_threads';

import type { Logger } from '../logger.ts';
import { createUnavailableError } from '../server/http-error.ts';
import { runDecodeTask } from './decode-task.ts';
import type { DecodeTask, Decoded } from './decode-task.ts';
import { spawnDecodeWorker } from './spawn-worker.ts';
import { fromTaskError } from './task-error.ts';
import type { TaskError } from './task-error.ts';
import type { TaskMessage } from './worker-main.ts';

type Reply =
  | { ready: true }
  | { id: number; ok: true; decoded: Decoded }
  | { id: number; ok: false; error: TaskError };

type Pending = { bytes: number; resolve: (decoded: Decoded) => void; reject: (e: Error) => void };
type Slot = { worker: Worker; pending: Map<number, Pending>; ready: boolean; alive: boolean };

export type DecodePool = {
  decode: (task: DecodeTask) => Promise<Decoded>;
  close: () => Promise<void>;
};

const RETRY_AFTER_SECONDS = 2;
/** A worker that dies before it is ready (a broken install) is not restarted in a tight loop. */
const RESPAWN_DELAY_MS = 1000;

/** The body in its own exact-size buffer, which can be transferred instead of cloned. */
const ownCopy = (body: Uint8Array): Uint8Array<ArrayBuffer> => {
  const copy = new Uint8Array(body.byteLength);
  copy.set(body);

  return copy;
};

/**
 * Decoding, normalization and validation on worker threads, so the main thread only serves
 * HTTP and writes. Each task goes to the worker with the fewest in flight; a worker that dies
 * fails its tasks with 503 (retryable) and is replaced. The bytes waiting for decoding are
 * bounded like the write queue's samples: past `maxPendingBytes`, 503 + Retry-After. Size 0
 * decodes on the calling thread.
 */
export const createDecodePool = ({
  size,
  maxPendingBytes,
  logger,
}: {
  size: number;
  maxPendingBytes: number;
  logger: Logger;
}): DecodePool => {
  if (size === 0) {
    return {
      decode: (task) => new Promise((resolve) => resolve(runDecodeTask(task))),
      close: () => Promise.resolve(),
    };
  }
  const slots: Slot[] = [];
  let nextId = 0;
  let pendingBytes = 0;
  let closing = false;

  const settle = (slot: Slot, id: number): Pending | undefined => {
    const pending = slot.pending.get(id);
    if (pending === undefined) return undefined;
    slot.pending.delete(id);
    pendingBytes -= pending.bytes;

    return pending;
  };

  const start = (index: number): void => {
    const slot: Slot = {
      worker: spawnDecodeWorker(),
      pending: new Map(),
      ready: false,
      alive: true,
    };
    slots[index] = slot;
    slot.worker.unref();
    slot.worker.on('message', (reply: Reply) => {
      if ('ready' in reply) {
        slot.ready = true;
        return;
      }
      const pending = settle(slot, reply.id);
      if (reply.ok) pending?.resolve(reply.decoded);
      else pending?.reject(fromTaskError(reply.error));
    });
    slot.worker.on('error', (error) => {
      logger.error('decode worker failed', { error: String(error) });
    });
    slot.worker.once('exit', (code) => {
      slot.alive = false;
      for (const id of [...slot.pending.keys()]) {
        settle(slot, id)?.reject(new Error(`decode worker exited with code ${code}`));
      }
      if (closing) return;
      logger.warn('decode worker exited; starting another', { code });
      setTimeout(() => start(index), slot.ready ? 0 : RESPAWN_DELAY_MS).unref();
    });
  };
  for (let index = 0; index < size; index++) start(index);

  const leastBusy = (): Slot | undefined => {
    let best: Slot | undefined;
    for (const slot of slots) {
      if (slot.alive && (best === undefined || slot.pending.size < best.pending.size)) best = slot;
    }

    return best;
  };

  return {
    decode: (task) => {
      const bytes = task.body.byteLength;
      if (pendingBytes > 0 && pendingBytes + bytes > maxPendingBytes) {
        return Promise.reject(
          createUnavailableError(
            `decode backlog full (${pendingBytes} bytes waiting); retry later`,
            RETRY_AFTER_SECONDS,
          ),
        );
      }
      const slot = leastBusy();
      if (slot === undefined) {
        return Promise.reject(
          createUnavailableError('no decode worker is running; retry later', RETRY_AFTER_SECONDS),
        );
      }
      const body = ownCopy(task.body);
      const id = nextId++;
      pendingBytes += bytes;

      return new Promise<Decoded>((resolve, reject) => {
        slot.pending.set(id, { bytes, resolve, reject });
        const message: TaskMessage = { id, task: { ...task, body } };
        slot.worker.postMessage(message, [body.buffer]);
      });
    },
    close: async () => {
      closing = true;
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
};
