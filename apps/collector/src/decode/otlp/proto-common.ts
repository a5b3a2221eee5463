import { createNullMap } from '../null-map.ts';
import type { ProtoReader } from '../proto/reader.ts';
import { DecodeError } from '../types.ts';
import type { OtlpAnyValue, OtlpAttributes, OtlpResource, OtlpScope } from '../types.ts';

/** Deeper AnyValue nesting is refused (400) before it can exhaust the stack. */
export const MAX_ANY_VALUE_DEPTH = 32;

export function tooDeep(): DecodeError {
  return new DecodeError(`AnyValue is nested deeper than ${MAX_ANY_VALUE_DEPTH} levels`);
}

export function createAttributes(): OtlpAttributes {
  return createNullMap();
}

function readArrayValue(r: ProtoReader, depth: number): OtlpAnyValue[] {
  const values: OtlpAnyValue[] = [];
  const outer = r.enter();
  while (r.pos < r.end) {
    const tag = r.uint32();
    if (tag === 10) values.push(readAnyValue(r, depth + 1));
    else r.skip(tag);
  }
  r.leave(outer);
  return values;
}

function readKeyValueList(r: ProtoReader, depth: number): OtlpAttributes {
  const attributes = createAttributes();
  const outer = r.enter();
  while (r.pos < r.end) {
    const tag = r.uint32();
    if (tag === 10) readKeyValue(r, attributes, depth + 1);
    else r.skip(tag);
  }
  r.leave(outer);
  return attributes;
}

/** common.v1.AnyValue: a oneof, so the last field present wins; none present is null. */
export function readAnyValue(r: ProtoReader, depth: number): OtlpAnyValue {
  if (depth > MAX_ANY_VALUE_DEPTH) throw tooDeep();
  let value: OtlpAnyValue = null;
  const outer = r.enter();
  while (r.pos < r.end) {
    const tag = r.uint32();
    switch (tag) {
      case 10:
        value = r.string();
        break;
      case 16:
        value = r.bool();
        break;
      case 24:
        value = r.int64();
        break;
      case 33:
        value = r.double();
        break;
      case 42:
        value = readArrayValue(r, depth);
        break;
      case 50:
        value = { kvlist: readKeyValueList(r, depth) };
        break;
      case 58:
        value = r.bytes().slice();
        break;
      default:
        r.skip(tag);
    }
  }
  r.leave(outer);
  return value;
}

/** common.v1.KeyValue into `attributes`; a repeated key replaces the earlier value. */
export function readKeyValue(r: ProtoReader, attributes: OtlpAttributes, depth = 1): void {
  let key = '';
  let value: OtlpAnyValue = null;
  const outer = r.enter();
  while (r.pos < r.end) {
    const tag = r.uint32();
    if (tag === 10) key = r.string();
    else if (tag === 18) value = readAnyValue(r, depth);
    else r.skip(tag);
  }
  r.leave(outer);
  attributes[key] = value;
}

/** resource.v1.Resource: attributes = 1. */
export function readResource(r: ProtoReader): OtlpResource {
  const attributes = createAttributes();
  const outer = r.enter();
  while (r.pos < r.end) {
    const tag = r.uint32();
    if (tag === 10) readKeyValue(r, attributes);
    else r.skip(tag);
  }
  r.leave(outer);
  return { attributes };
}

/** common.v1.InstrumentationScope: name = 1, version = 2, attributes = 3. */
export function readScope(r: ProtoReader): OtlpScope {
  const scope: OtlpScope = { name: '', attributes: createAttributes() };
  const outer = r.enter();
  while (r.pos < r.end) {
    const tag = r.uint32();
    if (tag === 10) scope.name = r.string();
    else if (tag === 18) scope.version = r.string() || undefined;
    else if (tag === 26) readKeyValue(r, scope.attributes);
    else r.skip(tag);
  }
  r.leave(outer);
  return scope;
}

export function emptyResource(): OtlpResource {
  return { attributes: createAttributes() };
}

export function emptyScope(): OtlpScope {
  return { name: '', attributes: createAttributes() };
}
