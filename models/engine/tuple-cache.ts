/**
 * A cache keyed on a tuple of objects, one WeakMap per position: an entry lives as long
 * as every object of its key, and a key made of the immutable inputs of a computation
 * cannot go stale. (The store never changes an object in place: an edit makes new ones.)
 */
export type TupleCache = WeakMap<object, unknown>;

export function tupleCache(): TupleCache {
  return new WeakMap();
}

/** The value cached under `keys`, computed and kept on a miss. Every key of one cache has the same length. */
export function cachedOn<V>(cache: TupleCache, keys: readonly [object, ...object[]], compute: () => V): V {
  let level = cache;
  const last = keys.length - 1;
  for (let k = 0; k < last; k++) {
    const key = keys[k] as object;
    let next = level.get(key) as TupleCache | undefined;
    if (next === undefined) {
      next = new WeakMap();
      level.set(key, next);
    }
    level = next;
  }
  const key = keys[last] as object;
  if (level.has(key)) return level.get(key) as V;
  const value = compute();
  level.set(key, value);
  return value;
}
