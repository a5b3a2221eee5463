/** What one POST came to: delivered, worth retrying, or refused for good. */
export type DeliveryResult =
  { outcome: 'delivered' } | { outcome: 'retry' | 'failed'; error: string };

const TIMEOUT_MS = 10_000;

/**
 * POSTs JSON once. Network errors, timeouts, 5xx, 408 and 429 are retried; other 4xx mean the
 * receiver will never take this body. Redirects are not followed: a receiver URL is configured,
 * not discovered.
 */
export const postJson = async (url: string, body: unknown): Promise<DeliveryResult> => {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      redirect: 'manual',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    await response.body?.cancel();
    if (response.status >= 200 && response.status < 300) return { outcome: 'delivered' };
    const isRetryable =
      response.status >= 500 || response.status === 408 || response.status === 429;

    return { outcome: isRetryable ? 'retry' : 'failed', error: `HTTP ${response.status}` };
  } catch (error) {
    return { outcome: 'retry', error: error instanceof Error ? error.message : String(error) };
  }
};

/** Exponential backoff: initial, 2×, 4×, … capped at maxMs. */
export const backoffMs = (attempts: number, initialMs: number, maxMs: number): number =>
  Math.min(maxMs, initialMs * 2 ** Math.max(0, attempts - 1));
