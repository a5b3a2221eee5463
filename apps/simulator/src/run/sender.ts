import { setTimeout as sleep } from 'node:timers/promises';

import { createHttpPost } from './http-post.ts';
import type { Limiter } from './limiter.ts';
import { createLimiter } from './limiter.ts';

export type Protocol = 'import' | 'remote_write' | 'otlp_metrics';

type ProtocolStats = {
  requests: number;
  bytes: number;
  failures: number;
  retries: number;
  skipped: number;
};

/** What the collector answered; bodies are kept short, for logs. */
export type SendResult = { readonly status: number; readonly body: string };

const RETRYABLE = new Set([429, 502, 503, 504]);
/** After this many failures in a row a protocol pauses, so one broken path stalls nothing else. */
const BREAKER_FAILURES = 8;
const BREAKER_PAUSE_MS = 30_000;

/** Retry-After in seconds (what the collector sends), else exponential backoff. */
const retryDelayMs = (header: string | null, attempt: number): number => {
  const seconds = header === null ? Number.NaN : Number(header);

  return Number.isFinite(seconds)
    ? Math.min(30_000, seconds * 1000)
    : Math.min(8_000, 250 * 2 ** attempt);
};

const PROTOCOLS: readonly Protocol[] = ['import', 'remote_write', 'otlp_metrics'];

/**
 * Sends to the collector with bounded concurrency per protocol. Overload answers (429/503,
 * Retry-After) and network errors are retried as real senders do; a protocol failing over
 * and over pauses for a while instead of holding every slot; `abort` ends it all quickly.
 */
export const createSender = ({
  concurrency,
  timeoutMs = 30_000,
  maxAttempts = 5,
  onBreak = () => undefined,
}: {
  concurrency: number;
  timeoutMs?: number;
  maxAttempts?: number;
  onBreak?: (protocol: Protocol) => void;
}) => {
  const stats = Object.fromEntries(
    PROTOCOLS.map((p) => [p, { requests: 0, bytes: 0, failures: 0, retries: 0, skipped: 0 }]),
  ) as Record<Protocol, ProtocolStats>;
  const limiters = Object.fromEntries(
    PROTOCOLS.map((p) => [p, createLimiter(concurrency)]),
  ) as Record<Protocol, Limiter>;
  const streak: Record<Protocol, number> = { import: 0, remote_write: 0, otlp_metrics: 0 };
  const pausedUntil: Record<Protocol, number> = { import: 0, remote_write: 0, otlp_metrics: 0 };
  let isAborted = false;

  const isOpen = (protocol: Protocol): boolean => !isAborted && Date.now() >= pausedUntil[protocol];
  const record = (protocol: Protocol, ok: boolean): void => {
    streak[protocol] = ok ? 0 : streak[protocol] + 1;
    if (!ok) stats[protocol].failures += 1;
    if (streak[protocol] >= BREAKER_FAILURES) {
      streak[protocol] = 0;
      pausedUntil[protocol] = Date.now() + BREAKER_PAUSE_MS;
      onBreak(protocol);
    }
  };
  const http = createHttpPost({ maxSockets: concurrency * PROTOCOLS.length, timeoutMs });
  const send = async (
    protocol: Protocol,
    url: string,
    body: string | Uint8Array,
    headers: Record<string, string>,
  ): Promise<SendResult> => {
    for (let n = 0; ; n++) {
      let retryAfter: string | null = null;
      try {
        const result = await http.post(url, body, headers);
        if (!RETRYABLE.has(result.status) || n + 1 >= maxAttempts || isAborted) {
          record(protocol, result.status < 400);

          return { status: result.status, body: result.body };
        }
        retryAfter = result.retryAfter;
      } catch (error) {
        if (n + 1 >= maxAttempts || isAborted) {
          record(protocol, false);

          return { status: 0, body: error instanceof Error ? error.message : String(error) };
        }
      }
      stats[protocol].retries += 1;
      await sleep(retryDelayMs(retryAfter, n));
    }
  };

  return {
    /** `render` runs when a slot frees up (bodies are built just in time). */
    post: (
      protocol: Protocol,
      url: string,
      render: () => string | Uint8Array,
      headers: Record<string, string>,
    ): Promise<SendResult> =>
      limiters[protocol].run(async () => {
        if (!isOpen(protocol)) {
          stats[protocol].skipped += 1;

          return { status: 0, body: 'skipped' };
        }
        const body = render();
        stats[protocol].requests += 1;
        stats[protocol].bytes +=
          typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength;

        return send(protocol, url, body, headers);
      }),
    /** Runs an SDK export (which does its own HTTP and retries) under the same rules. */
    export: (protocol: Protocol, task: () => Promise<void>): Promise<boolean> =>
      limiters[protocol].run(async () => {
        if (!isOpen(protocol)) {
          stats[protocol].skipped += 1;

          return false;
        }
        stats[protocol].requests += 1;
        try {
          await task();
          record(protocol, true);

          return true;
        } catch {
          record(protocol, false);

          return false;
        }
      }),
    abort: (): void => {
      isAborted = true;
    },
    close: (): void => http.close(),
    idle: () => Promise.all(PROTOCOLS.map((p) => limiters[p].idle())),
    stats,
  };
};

export type Sender = ReturnType<typeof createSender>;
