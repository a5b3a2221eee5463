/**
 * One item (data point, span, log record) cannot be accepted; the rest of the request can.
 * Thrown by field readers and caught where the item is read, to become a `rejected` entry.
 */
export class ItemError extends Error {
  override name = 'ItemError';
}
