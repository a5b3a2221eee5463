/** A query the caller got wrong (bad label name, step, range): the read API answers 400. */
export class QueryError extends Error {
  override readonly name = 'QueryError';
}
