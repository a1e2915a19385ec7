/**
 * CometBFT's simple Merkle tree (crypto/merkle, RFC 6962 style) and block part sets.
 */
import { sha256 } from "@noble/hashes/sha2.js";

const LEAF_PREFIX = new Uint8Array([0]);
const INNER_PREFIX = new Uint8Array([1]);

function hashConcat(...parts: Uint8Array[]): Uint8Array {
  const h = sha256.create();
  for (const p of parts) h.update(p);
  return h.digest();
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
  if (items.length === 0) return sha256(new Uint8Array());
  if (items.length === 1) return hashConcat(LEAF_PREFIX, items[0] ?? new Uint8Array());
  const k = splitPoint(items.length);
  return hashConcat(INNER_PREFIX, merkleRoot(items.slice(0, k)), merkleRoot(items.slice(k)));
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
