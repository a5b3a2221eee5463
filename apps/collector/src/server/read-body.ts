import type { IncomingMessage } from 'node:http';

import { HttpError } from './http-error.ts';

/**
 * Reads a request body without ever holding more than `maxBytes` of it: a declared
 * Content-Length above the cap is refused before reading, a chunked body is cut off at the cap.
 */
export const readBody = async (request: IncomingMessage, maxBytes: number): Promise<Buffer> => {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    request.resume();
    throw new HttpError(
      413,
      `request body of ${declared} bytes exceeds the ${maxBytes}-byte limit`,
    );
  }

  const chunks: Buffer[] = [];
  let received = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    received += buffer.length;
    if (received > maxBytes) {
      request.destroy();
      throw new HttpError(413, `request body exceeds the ${maxBytes}-byte limit`);
    }
    chunks.push(buffer);
  }

  return chunks.length === 1 && chunks[0] ? chunks[0] : Buffer.concat(chunks, received);
};
