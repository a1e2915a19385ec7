/** Byte helpers for building store keys. Modules build their keys with these, never by hand. */
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

export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** The smallest key greater than every key starting with `prefix` (exclusive range end). */
export function prefixEnd(prefix: Uint8Array): Uint8Array | undefined {
  const end = prefix.slice();
  for (let i = end.length - 1; i >= 0; i--) {
    if (end[i] < 0xff) {
      end[i]++;
      return end.slice(0, i + 1);
    }
  }
  return undefined;
}

export function u64be(n: bigint): Uint8Array {
  const b = new Uint8Array(8);
  new DataView(b.buffer).setBigUint64(0, n);
  return b;
}

export function readU64be(b: Uint8Array): bigint {
  return new DataView(b.buffer, b.byteOffset, 8).getBigUint64(0);
}

export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
