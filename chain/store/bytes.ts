/** Byte helpers shared by the store. Keys are compared as unsigned bytes (LevelDB order). */

export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a[i] !== b[i]) return a[i]! - b[i]!;
  }
  return a.length - b.length;
}

export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  return concatList(parts);
}

/** concatBytes for long lists (spreading 100k arguments overflows the stack). */
export function concatList(parts: readonly Uint8Array[]): Uint8Array {
  let len = 0;
  for (const p of parts) len += p.length;
  const out = new Uint8Array(len);
  let off = 0;
  for (const p of parts) {
    out.set(p, off);
    off += p.length;
  }
  return out;
}

/** 8-byte big-endian encoding, so LevelDB orders versions numerically. */
/** 4 bytes big-endian; like DataView.setUint32, takes any integer modulo 2^32 (a negative hash too). */
export function u32be(n: number): Uint8Array {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, n);
  return out;
}

export function u64be(v: bigint): Uint8Array {
  const out = new Uint8Array(8);
  new DataView(out.buffer).setBigUint64(0, v);
  return out;
}

export function readU64be(b: Uint8Array, offset = 0): bigint {
  return new DataView(b.buffer, b.byteOffset, b.byteLength).getBigUint64(offset);
}

const latin1Slice = (() => {
  const f = (Buffer.prototype as unknown as { latin1Slice?: (this: Uint8Array, start: number, end: number) => string }).latin1Slice;
  // Used only if it behaves as expected on a plain Uint8Array (bytes above 0x7f included).
  try {
    return typeof f === "function" && f.call(Uint8Array.of(0x61, 0xff, 0x00), 0, 3) === "a\u00ff\u0000" ? f : undefined;
  } catch {
    return undefined;
  }
})();

/**
 * A string whose code units are the key's bytes: usable as a Map key, and `<` on two such
 * strings orders them exactly as their bytes.
 */
export function bytesToMapKey(b: Uint8Array): string {
  // PERF: O(key length). Buffer's own latin1Slice, called on the Uint8Array, skips the Buffer
  // wrapper that Buffer.from(...).toString costs per key (3-5× faster on store keys); Node
  // versions without it take the public path.
  if (latin1Slice !== undefined) return latin1Slice.call(b, 0, b.length);
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString("latin1");
}

/** PERF: O(key length); a plain loop, so no Buffer pool slice is allocated per key. */
export function mapKeyToBytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** The smallest key greater than every key starting with `prefix`; undefined when none (all 0xff). */
export function prefixEnd(prefix: Uint8Array): Uint8Array | undefined {
  const end = Uint8Array.from(prefix);
  for (let i = end.length - 1; i >= 0; i--) {
    if (end[i]! < 0xff) {
      end[i]!++;
      return end.subarray(0, i + 1);
    }
  }
  return undefined;
}

export function toHex(b: Uint8Array): string {
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString("hex");
}

/**
 * A plain Uint8Array view of LevelDB's Buffers, so callers get one type everywhere
 * (`expect(...).toEqual(Uint8Array)` and `instanceof` checks see no Buffer subclass).
 */
export function plainBytes(b: Uint8Array): Uint8Array {
  return b.constructor === Uint8Array ? b : new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}
