import { TRPCError } from '@trpc/server';

import { readWebEnv } from './env.ts';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/**
 * Calls the collector's read API. Its 4xx answers name the problem; they reach the user as a
 * BAD_REQUEST with the same message, and an unreachable collector is reported as such.
 */
export const callCollector = async <T>(
  baseUrl: string | undefined,
  method: Method,
  path: string,
  body?: unknown,
): Promise<T> => {
  const url = `${baseUrl ?? readWebEnv().collectorUrl}${path}`;
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: body === undefined ? undefined : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(10_000),
    });
  } catch (error) {
    throw new TRPCError({
      code: 'SERVICE_UNAVAILABLE',
      message: `the collector at ${url} did not answer`,
      cause: error,
    });
  }
  const text = await response.text();
  const parsed: unknown = text === '' ? {} : JSON.parse(text);
  if (response.status >= 400 && response.status < 500) {
    const message = (parsed as { error?: string; message?: string }).error ?? text;
    throw new TRPCError({ code: response.status === 404 ? 'NOT_FOUND' : 'BAD_REQUEST', message });
  }
  if (!response.ok) {
    throw new TRPCError({
      code: 'INTERNAL_SERVER_ERROR',
      message: `the collector answered ${response.status}`,
    });
  }
  return parsed as T;
};
