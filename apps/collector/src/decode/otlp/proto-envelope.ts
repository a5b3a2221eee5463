import { ProtoReader } from '../proto/reader.ts';
import type { RejectionCollector } from '../rejections.ts';
import type { OtlpResource, OtlpScope } from '../types.ts';
import { ItemError } from './item-error.ts';
import { emptyResource, emptyScope, readResource, readScope } from './proto-common.ts';

export type ScopeItems<Item> = { scope: OtlpScope; items: Item[] };
export type ResourceScopes<Item> = { resource: OtlpResource; scopes: ScopeItems<Item>[] };

/** Reads one item; undefined when the item was refused (and recorded as rejected). */
export type ItemReader<Item> = (r: ProtoReader) => Item | undefined;

function readScopeItems<Item>(r: ProtoReader, readItem: ItemReader<Item>): ScopeItems<Item> {
  const result: ScopeItems<Item> = { scope: emptyScope(), items: [] };
  const outer = r.enter();
  while (r.pos < r.end) {
    const tag = r.uint32();
    if (tag === 10) result.scope = readScope(r);
    else if (tag === 18) {
      const item = readItem(r);
      if (item !== undefined) result.items.push(item);
    } else r.skip(tag);
  }
  r.leave(outer);
  return result;
}

function readResourceScopes<Item>(
  r: ProtoReader,
  readItem: ItemReader<Item>,
): ResourceScopes<Item> {
  const result: ResourceScopes<Item> = { resource: emptyResource(), scopes: [] };
  const outer = r.enter();
  while (r.pos < r.end) {
    const tag = r.uint32();
    if (tag === 10) result.resource = readResource(r);
    else if (tag === 18) result.scopes.push(readScopeItems(r, readItem));
    else r.skip(tag);
  }
  r.leave(outer);
  return result;
}

/**
 * The nesting every OTLP signal shares: Export<Signal>ServiceRequest { resource_<signal> = 1 },
 * Resource<Signal> { resource = 1, scope_<signal> = 2 }, Scope<Signal> { scope = 1, items = 2 }.
 */
export function readEnvelopes<Item>(
  body: Uint8Array,
  readItem: ItemReader<Item>,
): ResourceScopes<Item>[] {
  const r = new ProtoReader(body);
  const resources: ResourceScopes<Item>[] = [];
  while (r.pos < r.end) {
    const tag = r.uint32();
    if (tag === 10) resources.push(readResourceScopes(r, readItem));
    else r.skip(tag);
  }
  return resources;
}

/** An item reader whose ItemError refuses that item only, recorded as `<kind>: <reason>`. */
export const refusingItemErrors =
  <Item>(kind: string, read: (r: ProtoReader) => Item, rejected: RejectionCollector) =>
  (r: ProtoReader): Item | undefined => {
    try {
      return read(r);
    } catch (err) {
      if (!(err instanceof ItemError)) throw err;
      rejected.add(`${kind}: ${err.message}`);
      return undefined;
    }
  };
