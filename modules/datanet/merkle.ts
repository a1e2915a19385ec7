import { sha256 } from "@noble/hashes/sha2.js";
import { concatBytes } from "../../chain/keys.ts";

/**
 * The Merkle root of a datanet version: the RFC 6962 (Certificate Transparency) Merkle tree
 * hash over the content hashes of its records in version order (ascending contribution id,
 * version after version):
 *   MTH({})       = SHA-256("")
 *   leaf(h)       = SHA-256(0x00 ‖ h)
 *   MTH(D[0..n))  = SHA-256(0x01 ‖ MTH(D[0..k)) ‖ MTH(D[k..n))), k the largest power of 2 < n
 * It is kept incrementally as a frontier (the roots of the perfect subtrees, largest first),
 * so publishing costs the new records only; anyone can recompute it with `merkleRoot`.
 */
export interface Frontier {
  leafCount: bigint;
  peaks: Uint8Array[];
}

export const EMPTY_ROOT = sha256(new Uint8Array());
const leafHash = (h: Uint8Array) => sha256(concatBytes(Uint8Array.of(0), h));
const nodeHash = (l: Uint8Array, r: Uint8Array) => sha256(concatBytes(Uint8Array.of(1), l, r));

/** Appends one leaf. PERF: O(log n) hashes at worst, amortised O(1). */
export function appendLeaf(f: Frontier, contentHash: Uint8Array): Frontier {
  const peaks = [...f.peaks, leafHash(contentHash)];
  // A peak for each set bit of the count; merging mirrors the carry of count + 1.
  let carry = f.leafCount;
  while ((carry & 1n) === 1n) {
    const right = peaks.pop()!;
    const left = peaks.pop()!;
    peaks.push(nodeHash(left, right));
    carry >>= 1n;
  }
  return { leafCount: f.leafCount + 1n, peaks };
}

/** The tree hash of the frontier: peaks folded right to left. PERF: O(log n) hashes. */
export function frontierRoot(f: Frontier): Uint8Array {
  if (f.peaks.length === 0) return EMPTY_ROOT;
  return f.peaks.reduceRight((root, peak) => nodeHash(peak, root));
}

/** RFC 6962 MTH computed directly (the reference the frontier must agree with). PERF: O(n) hashes. */
export function merkleRoot(contentHashes: readonly Uint8Array[]): Uint8Array {
  const mth = (lo: number, hi: number): Uint8Array => {
    if (hi - lo === 1) return leafHash(contentHashes[lo]!);
    let k = 1;
    while (k * 2 < hi - lo) k *= 2;
    return nodeHash(mth(lo, lo + k), mth(lo + k, hi));
  };
  return contentHashes.length === 0 ? EMPTY_ROOT : mth(0, contentHashes.length);
}
