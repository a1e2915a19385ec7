import { concatBytes, prefixEnd } from "./bytes.ts";
import type { IterateOptions, KVStore } from "./types.ts";

/**
 * A view of `kv` restricted to keys under `prefix`; callers use keys relative to the prefix.
 * Iteration bounds are relative too, and yielded keys have the prefix stripped.
 */
export function prefixStore(kv: KVStore, prefix: Uint8Array): KVStore {
  const full = (key: Uint8Array) => concatBytes(prefix, key);
  return {
    get: (key) => kv.get(full(key)),
    has: (key) => kv.has(full(key)),
    set: (key, value) => kv.set(full(key), value),
    delete: (key) => kv.delete(full(key)),
    iterate: (opts: IterateOptions = {}) => iteratePrefixed(kv, prefix, opts),
  };
}

async function* iteratePrefixed(kv: KVStore, prefix: Uint8Array, opts: IterateOptions): AsyncIterable<[Uint8Array, Uint8Array]> {
  const gte = concatBytes(prefix, opts.gte ?? new Uint8Array());
  const lt = opts.lt ? concatBytes(prefix, opts.lt) : prefixEnd(prefix);
  for await (const [k, v] of kv.iterate({ gte, lt, reverse: opts.reverse, limit: opts.limit })) {
    yield [k.subarray(prefix.length), v];
  }
}
