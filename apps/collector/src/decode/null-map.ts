/**
 * An empty map without a prototype, as `Object.create(null)` makes, so keys such as
 * `__proto__` or `constructor` are ordinary keys. V8 keeps `Object.create(null)` objects in
 * slow dictionary mode; a literal whose prototype is then set to null stays in fast mode and
 * builds about three times faster, which matters with one map per series.
 */
export function createNullMap<V>(): Record<string, V> {
  const map: Record<string, V> = {};
  Object.setPrototypeOf(map, null);
  return map;
}
