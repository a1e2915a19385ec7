/**
 * Winnowing fingerprints (Schleimer, Wilkerson, Aiken 2003) of a token sequence:
 * hash every k-gram (k = 16) to a uint32, and in every window of w = 17 consecutive k-gram
 * hashes select the minimum. Two sequences that share a run of at least w + k − 1 = 32 tokens
 * share a whole window, whose minimum hash value both select: the guarantee.
 *
 * Robust winnowing (§4.3 of the paper): the previous selection is kept while it is still in the
 * window and still minimal; only when a new minimum must be chosen is the rightmost minimal
 * position taken. This selects fewer fingerprints in low-entropy text (runs of one token) and
 * keeps the guarantee, which is about hash values. A position is recorded once, when first
 * selected (consecutive duplicate selections are not repeated).
 */
import { fmix32 } from "./hash32.ts";

export const WINNOW_K = 16;
export const WINNOW_W = 17;

export interface Fingerprint {
  /** uint32 hash of the k-gram ids[pos, pos + WINNOW_K). */
  hash: number;
  /** Start of the k-gram in the sequence. */
  pos: number;
}

const TOKEN_SEED = 0x3c6ef372;
const FINAL_SEED = 0xa54ff53a;
/** Odd base of the rolling polynomial hash mod 2^32. */
const BASE = 0x01000193;
/** BASE^(WINNOW_K − 1) mod 2^32, to drop the outgoing token. */
const BASE_POW = powMod32(BASE, WINNOW_K - 1);

function powMod32(b: number, e: number): number {
  let r = 1;
  for (let i = 0; i < e; i++) r = Math.imul(r, b);
  return r >>> 0;
}

/**
 * uint32 hash of every k-gram: a rolling polynomial over fmix32-scrambled token ids, finalised
 * by fmix32 so that the minimum is not biased by the polynomial's structure.
 * PERF: O(n) integer operations.
 */
export function kgramHashes(ids: Int32Array): Uint32Array {
  const count = ids.length - WINNOW_K + 1;
  if (count <= 0) return new Uint32Array(0);
  const out = new Uint32Array(count);
  let h = 0;
  for (let j = 0; j < WINNOW_K; j++) h = (Math.imul(h, BASE) + fmix32(ids[j]! ^ TOKEN_SEED)) | 0;
  out[0] = fmix32(h ^ FINAL_SEED);
  for (let p = 1; p < count; p++) {
    const outgoing = Math.imul(fmix32(ids[p - 1]! ^ TOKEN_SEED), BASE_POW);
    h = (Math.imul(h - outgoing, BASE) + fmix32(ids[p + WINNOW_K - 1]! ^ TOKEN_SEED)) | 0;
    out[p] = fmix32(h ^ FINAL_SEED);
  }
  return out;
}

/**
 * Robust winnowing fingerprints of `ids`, in position order. A sequence shorter than
 * WINNOW_K has none; one with fewer than WINNOW_W k-grams has one window over all of them.
 * PERF: O(n) expected, O(n · WINNOW_W) worst case (a rescan each time the minimum leaves).
 */
export function winnowFingerprints(ids: Int32Array): Fingerprint[] {
  const h = kgramHashes(ids);
  const count = h.length;
  const out: Fingerprint[] = [];
  if (count === 0) return out;
  const w = count < WINNOW_W ? count : WINNOW_W;
  let min = -1;
  for (let r = w - 1; r < count; r++) {
    const l = r - w + 1;
    if (min < l) {
      min = l;
      for (let j = l + 1; j <= r; j++) if (h[j]! <= h[min]!) min = j;
      out.push({ hash: h[min]!, pos: min });
    } else if (h[r]! < h[min]!) {
      min = r;
      out.push({ hash: h[min]!, pos: min });
    }
  }
  return out;
}
