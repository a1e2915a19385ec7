/** Byte helpers for building store keys. Modules build their keys with these, never by hand. */
export { concatBytes, equalBytes, prefixEnd, readU64be, u32be, u64be } from "./store/bytes.ts";

const enc = new TextEncoder();

export function utf8(s: string): Uint8Array {
  return enc.encode(s);
}

const interned = new Map<string, Uint8Array>();

/**
 * UTF-8 of a short string that recurs in keys (a denom), memoised. The returned array is
 * shared: callers copy it into a new key and never change it.
 */
export function utf8Interned(s: string): Uint8Array {
  let b = interned.get(s);
  if (!b) {
    if (interned.size >= 10_000) interned.clear();
    interned.set(s, (b = enc.encode(s)));
  }
  return b;
}
