import type { IncomingMessage } from 'node:http';

import type { z } from 'zod';

import { HttpError } from '../../server/http-error.ts';
import { readBody } from '../../server/read-body.ts';
import { describeIssues } from '../rules/rule-schema.ts';

const MAX_BODY_BYTES = 1024 * 1024;

/**
 * A JSON request body validated by a schema: 415 for another content type (a cross-site form
 * cannot send application/json without a preflight), 400 naming every problem otherwise.
 */
export const readJson = async <T extends z.ZodType>(
  request: IncomingMessage,
  schema: T,
): Promise<z.infer<T>> => {
  const contentType = request.headers['content-type'] ?? '';
  if (!/^application\/json\b/i.test(contentType)) {
    request.resume();
    throw new HttpError(415, 'content-type must be application/json');
  }
  const body = await readBody(request, MAX_BODY_BYTES);
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    throw new HttpError(400, 'body is not valid JSON');
  }
  const result = schema.safeParse(parsed);
  if (!result.success) throw new HttpError(400, describeIssues(result.error));

  return result.data;
};

/** The `:id` of a route as a positive integer. */
export const readId = (id: string | undefined): number => {
  const value = Number(id);
  if (!Number.isSafeInteger(value) || value <= 0) {
    throw new HttpError(400, `id must be a positive integer, got "${id ?? ''}"`);
  }

  return value;
};
