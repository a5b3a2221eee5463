/**
 * An error that already knows its HTTP answer. Receivers throw it for anything the sender
 * must fix (4xx) or retry (429/503 with Retry-After); nothing else may reach a client as 500.
 */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** Overload and store outages: retryable by OTLP and Prometheus senders alike. */
export const createUnavailableError = (message: string, retryAfterSeconds: number): HttpError =>
  new HttpError(503, message, { 'retry-after': String(Math.max(1, Math.ceil(retryAfterSeconds))) });
