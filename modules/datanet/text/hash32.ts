/**
 * 32-bit integer hashing shared by MinHash and winnowing: MurmurHash3's body and finaliser over
 * int32 token ids, with Math.imul and >>> 0 only (no floats, no BigInt), so every engine computes
 * the same bits. None of this needs to resist an adversary: every hash hit is confirmed exactly.
 */

/** MurmurHash3 fmix32: a bijection on uint32 with full avalanche. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** One MurmurHash3_x86_32 block step: mixes the 32-bit word `k` into the state `h`. */
export function murmurStep(h: number, k: number): number {
  k = Math.imul(k, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/** MurmurHash3_x86_32 of ids[start, start + len) as little-endian words, with `seed`. PERF: O(len). */
export function murmurIds(ids: Int32Array, start: number, len: number, seed: number): number {
  let h = seed | 0;
  for (let j = 0; j < len; j++) h = murmurStep(h, ids[start + j]!);
  return fmix32(h ^ (len * 4));
}

/**
 * A fixed stream of 32-bit constants (SplitMix32-style: a Weyl sequence through fmix32), used to
 * derive seeds. Integer-only, so the seeds are the same everywhere; golden vectors pin them.
 */
export function seedStream(seed: number, count: number): Uint32Array {
  const out = new Uint32Array(count);
  let x = seed >>> 0;
  for (let i = 0; i < count; i++) {
    x = (x + 0x9e3779b9) >>> 0;
    out[i] = fmix32(x);
  }
  return out;
}
