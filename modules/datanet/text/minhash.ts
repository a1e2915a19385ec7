/**
 * MinHash signatures and LSH band keys for near-duplicate detection: 112 seeded
 * 64-bit hashes of the 5-gram shingle set, in 14 bands of 8. Each 64-bit hash is two 32-bit
 * halves (hi, lo) computed with Math.imul from the shingle's two base lanes and per-function
 * seeds; minima compare (hi, lo) lexicographically, and lo is only computed when hi ties or
 * beats the current minimum, which keeps the hot loop at one 32-bit mix per shingle per hash.
 */
import { sha256 } from "@noble/hashes/sha2.js";
import { DatanetTextError } from "./errors.ts";
import { fmix32, seedStream } from "./hash32.ts";
import { shingleHashes } from "./shingles.ts";

export const MINHASH_BANDS = 14;
export const MINHASH_ROWS = 8;
/** Number of hash functions: 14 bands × 8 rows. */
export const MINHASH_HASHES = MINHASH_BANDS * MINHASH_ROWS;
/** Length of a band key in bytes. */
export const BAND_KEY_BYTES = 8;

/** Per-function seeds: xor seeds for each lane and odd multipliers crossing the lanes. */
const SEEDS = seedStream(0x7472_6962, MINHASH_HASHES * 4);
const XOR_HI = SEEDS.subarray(0, MINHASH_HASHES);
const XOR_LO = SEEDS.subarray(MINHASH_HASHES, 2 * MINHASH_HASHES);
const MUL_HI = SEEDS.subarray(2 * MINHASH_HASHES, 3 * MINHASH_HASHES).map((x) => x | 1);
const MUL_LO = SEEDS.subarray(3 * MINHASH_HASHES).map((x) => x | 1);

/**
 * The MinHash signature of `ids`: 224 uint32, hash i's minimum as (hi, lo) at [2i, 2i + 1].
 * PERF: O(n · 112) 32-bit mixes for n tokens (≈0.1 ms per 1,000 tokens, see bench/datanet-text.ts).
 */
export function minhashSignature(ids: Int32Array): Uint32Array {
  const { a, b } = shingleHashes(ids);
  const sig = new Uint32Array(2 * MINHASH_HASHES).fill(0xffffffff);
  for (let i = 0; i < MINHASH_HASHES; i++) {
    const xh = XOR_HI[i]!;
    const mh = MUL_HI[i]!;
    let minHi = 0xffffffff;
    let minLo = 0xffffffff;
    for (let p = 0; p < a.length; p++) {
      const hi = fmix32(((a[p]! ^ xh) + Math.imul(b[p]!, mh)) | 0);
      if (hi > minHi) continue;
      const lo = fmix32(((b[p]! ^ XOR_LO[i]!) + Math.imul(a[p]!, MUL_LO[i]!)) | 0);
      if (hi < minHi || lo < minLo) {
        minHi = hi;
        minLo = lo;
      }
    }
    sig[2 * i] = minHi;
    sig[2 * i + 1] = minLo;
  }
  return sig;
}

/**
 * The 14 LSH band keys of a signature: the first 8 bytes of SHA-256(band index byte ‖ the band's
 * 16 words as little-endian uint32). Two records share a key when all 8 hashes of a band agree.
 * A 64-bit key can collide, and that is harmless: a shared key only nominates an earlier record
 * as a candidate, and the rejection is decided by shingleJaccardAtLeast on the actual token
 * sequences, so a collision costs one extra exact comparison and never a wrong rejection.
 * PERF: 14 SHA-256 blocks.
 */
export function bandKeys(signature: Uint32Array): Uint8Array[] {
  if (signature.length !== 2 * MINHASH_HASHES) {
    throw new DatanetTextError(`a MinHash signature has ${2 * MINHASH_HASHES} uint32 words, got ${signature.length}`);
  }
  const words = 2 * MINHASH_ROWS;
  const keys: Uint8Array[] = [];
  const buf = new Uint8Array(1 + 4 * words);
  const view = new DataView(buf.buffer);
  for (let band = 0; band < MINHASH_BANDS; band++) {
    buf[0] = band;
    for (let w = 0; w < words; w++) view.setUint32(1 + 4 * w, signature[band * words + w]!, true);
    keys.push(sha256(buf).slice(0, BAND_KEY_BYTES));
  }
  return keys;
}
