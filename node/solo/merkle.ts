/**
 * CometBFT's simple Merkle tree (crypto/merkle, RFC 6962 style) and block part sets.
 * Hashing goes through node:crypto (OpenSSL): a block of a few thousand txs hashes each tx and
 * three trees over them, and the native digest costs a fraction of a JS one per byte.
 */
import { createHash } from "node:crypto";

const LEAF_PREFIX = new Uint8Array([0]);
const INNER_PREFIX = new Uint8Array([1]);

/** A plain Uint8Array view of a digest, so results compare equal to other Uint8Arrays. */
function digestOf(h: ReturnType<typeof createHash>): Uint8Array {
  const d = h.digest();
  return new Uint8Array(d.buffer, d.byteOffset, d.length);
}

/** sha256 of the concatenation of `parts`. */
export function sha256Of(...parts: Uint8Array[]): Uint8Array {
  const h = createHash("sha256");
  for (const p of parts) h.update(p);
  return digestOf(h);
}

/** sha256 of every item (the tx hashes of a block). PERF: grows with the items' bytes. */
export function sha256Each(items: readonly Uint8Array[]): Uint8Array[] {
  return items.map((item) => digestOf(createHash("sha256").update(item)));
}

/** Largest power of two strictly less than n (n ≥ 2). */
function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/**
 * merkle.HashFromByteSlices: empty → sha256(""); leaf → sha256(0x00‖item); inner → sha256(0x01‖l‖r).
 * PERF: grows linearly with the number and size of items.
 */
export function merkleRoot(items: readonly Uint8Array[]): Uint8Array {
  if (items.length === 0) return sha256Of();
  return rootOf(items, 0, items.length);
}

/** The root over items[from, to) (non-empty), without copying the list at each level. */
function rootOf(items: readonly Uint8Array[], from: number, to: number): Uint8Array {
  if (to - from === 1) return sha256Of(LEAF_PREFIX, items[from] ?? new Uint8Array());
  const k = from + splitPoint(to - from);
  return sha256Of(INNER_PREFIX, rootOf(items, from, k), rootOf(items, k, to));
}

/** types.BlockPartSizeBytes. */
export const BLOCK_PART_SIZE = 65536;

/** The part set header of an encoded block: part count and Merkle root of the parts. */
export function partSetHeader(encodedBlock: Uint8Array): { total: number; hash: Uint8Array } {
  const parts: Uint8Array[] = [];
  for (let at = 0; at < encodedBlock.length; at += BLOCK_PART_SIZE) parts.push(encodedBlock.subarray(at, at + BLOCK_PART_SIZE));
  if (parts.length === 0) parts.push(new Uint8Array());
  return { total: parts.length, hash: merkleRoot(parts) };
}
