import { DecodeError } from '../types.ts';
import type { OtlpAnyValue, OtlpAttributes, OtlpResource, OtlpScope } from '../types.ts';
import {
  field,
  readArray,
  readBase64,
  readBool,
  readDouble,
  readInt64,
  readObject,
  readString,
} from './json-fields.ts';
import type { JsonObject } from './json-fields.ts';
import { MAX_ANY_VALUE_DEPTH, createAttributes, tooDeep } from './proto-common.ts';

function readValueField(object: JsonObject, key: string, depth: number): OtlpAnyValue | undefined {
  const value = object[key];
  switch (key) {
    case 'stringValue':
      return readString(value, 'AnyValue.stringValue');
    case 'boolValue':
      return readBool(value, 'AnyValue.boolValue');
    case 'intValue':
      return readInt64(value, 'AnyValue.intValue');
    case 'doubleValue':
      return readDouble(value, 'AnyValue.doubleValue') ?? 0;
    case 'bytesValue':
      return readBase64(value, 'AnyValue.bytesValue');
    case 'arrayValue': {
      const array = readObject(value, 'AnyValue.arrayValue');
      const values =
        array === undefined ? [] : readArray(field(array, 'values'), 'arrayValue.values');
      return values.map((item) => readJsonAnyValue(item, depth + 1));
    }
    case 'kvlistValue': {
      const list = readObject(value, 'AnyValue.kvlistValue');
      const values = list === undefined ? undefined : field(list, 'values');
      return { kvlist: readJsonAttributes(values, depth + 1) };
    }
    default:
      return undefined;
  }
}

/** common.v1.AnyValue in JSON: the last known value key wins; `{}` is null. */
export function readJsonAnyValue(value: unknown, depth: number): OtlpAnyValue {
  if (depth > MAX_ANY_VALUE_DEPTH) throw tooDeep();
  const object = readObject(value, 'AnyValue');
  if (object === undefined) return null;
  let result: OtlpAnyValue = null;
  for (const key of Object.keys(object)) {
    const decoded = readValueField(object, key, depth);
    if (decoded !== undefined) result = decoded;
  }
  return result;
}

/** A KeyValue list; a repeated key replaces the earlier value (last one wins). */
export function readJsonAttributes(list: unknown, depth = 1): OtlpAttributes {
  const attributes = createAttributes();
  for (const item of readArray(list, 'attributes')) {
    const entry = readObject(item, 'attributes[]');
    if (entry === undefined) throw new DecodeError('attributes[] must be an object, got null');
    attributes[readString(field(entry, 'key'), 'KeyValue.key')] = readJsonAnyValue(
      field(entry, 'value'),
      depth,
    );
  }
  return attributes;
}

export function readJsonResource(value: unknown): OtlpResource {
  const resource = readObject(value, 'resource');
  return { attributes: readJsonAttributes(resource && field(resource, 'attributes')) };
}

export function readJsonScope(value: unknown): OtlpScope {
  const scope = readObject(value, 'scope');
  if (scope === undefined) return { name: '', attributes: createAttributes() };
  const version = readString(field(scope, 'version'), 'scope.version');
  return {
    name: readString(field(scope, 'name'), 'scope.name'),
    ...(version === '' ? {} : { version }),
    attributes: readJsonAttributes(field(scope, 'attributes')),
  };
}

/** Reads the list under `key` of each object in `list`, failing on anything but objects. */
export function readObjects(list: unknown, where: string): JsonObject[] {
  return readArray(list, where).map((item) => readObject(item, `${where}[]`) ?? {});
}
