import { DecodeError } from '../decode/types.ts';
import { HttpError } from '../server/http-error.ts';

/**
 * Errors cross the worker boundary as plain data and are rebuilt as the same classes, so the
 * receivers answer exactly as when decoding ran on their own thread.
 */
export type TaskError =
  | { name: 'DecodeError'; message: string; status: 400 | 413 | 415 }
  | { name: 'HttpError'; message: string; status: number; headers: Record<string, string> }
  | { name: 'TypeError' | 'Error'; message: string };

export const toTaskError = (error: unknown): TaskError => {
  if (error instanceof DecodeError) {
    return { name: 'DecodeError', message: error.message, status: error.status };
  }
  if (error instanceof HttpError) {
    return {
      name: 'HttpError',
      message: error.message,
      status: error.status,
      headers: error.headers,
    };
  }
  if (error instanceof TypeError) return { name: 'TypeError', message: error.message };

  return { name: 'Error', message: error instanceof Error ? error.message : String(error) };
};

export const fromTaskError = (error: TaskError): Error => {
  switch (error.name) {
    case 'DecodeError':
      return new DecodeError(error.message, error.status);
    case 'HttpError':
      return new HttpError(error.status, error.message, error.headers);
    case 'TypeError':
      return new TypeError(error.message);
    default:
      return new Error(error.message);
  }
};
