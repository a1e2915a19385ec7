/**
 * 5-gram shingles of a token sequence. A sequence shorter than SHINGLE is one
 * shingle, the whole sequence (the empty sequence is one empty shingle), so every record has at
 * least one shingle and identical short records still compare equal.
 */
import { murmurIds } from "./hash32.ts";

export const SHINGLE = 5;

/** Seeds of the two 32-bit lanes of a shingle's 64-bit base hash. */
const LANE_A_SEED = 0x5d1a6c3b;
const LANE_B_SEED = 0x2f9e4b17;

/** Length of each shingle of a sequence of `n` tokens. */
export function shingleLength(n: number): number {
  return n < SHINGLE ? n : SHINGLE;
}

/** Number of shingles (with repeats) of a sequence of `n` tokens: always >= 1. */
export function shingleCount(n: number): number {
  return n - shingleLength(n) + 1;
}

/**
 * Both lanes of every shingle's base hash: lane A in `a`, lane B in `b`, indexed by start.
 * The length is hashed too, so a short record's shingle never equals a 5-gram's.
 * PERF: O(n · SHINGLE) integer mixes.
 */
export function shingleHashes(ids: Int32Array): { a: Uint32Array; b: Uint32Array; k: number } {
  const k = shingleLength(ids.length);
  const count = shingleCount(ids.length);
  const a = new Uint32Array(count);
  const b = new Uint32Array(count);
  for (let p = 0; p < count; p++) {
    a[p] = murmurIds(ids, p, k, LANE_A_SEED ^ k);
    b[p] = murmurIds(ids, p, k, LANE_B_SEED ^ k);
  }
  return { a, b, k };
}

/** Lexicographic order of x[p, p + kx) and y[q, q + ky) as int32 sequences (shorter first on a tie). */
export function compareShingles(x: Int32Array, p: number, kx: number, y: Int32Array, q: number, ky: number): number {
  const k = kx < ky ? kx : ky;
  for (let j = 0; j < k; j++) {
    const d = x[p + j]! - y[q + j]!;
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return kx - ky;
}
