/**
 * CometBFT's simple Merkle tree (crypto/merkle, RFC 6962 style) and block part sets.
 * Hashing goes through node:crypto (OpenSSL): a block of a few thousand txs hashes each tx and
 * three trees over them, and the native digest costs a fraction of a JS one per byte.
 * Nothing here is consensus state: these hashes are the CometBFT block's, and must match
 * CometBFT's byte for byte (hashes.test.ts holds its vectors).
 */
import * as crypto from "node:crypto";

/**
 * One-shot sha256 (crypto.hash, Node ≥ 20.12): about half the cost of a createHash object per
 * digest, and a block hashes a few nodes per tx. Older Node 20 releases fall back to createHash.
 */
const oneShot: ((data: Uint8Array) => Buffer) | undefined =
  typeof (crypto as { hash?: unknown }).hash === "function" ? (data) => crypto.hash("sha256", data, "buffer") : undefined;

function digest(data: Uint8Array): Uint8Array {
  const d = oneShot ? oneShot(data) : crypto.createHash("sha256").update(data).digest();
  // A plain Uint8Array view of the digest, so results compare equal to other Uint8Arrays.
  return new Uint8Array(d.buffer, d.byteOffset, d.length);
}

/** sha256 of every item (the tx hashes of a block). PERF: grows with the items' bytes. */
export function sha256Each(items: readonly Uint8Array[]): Uint8Array[] {
  const out = new Array<Uint8Array>(items.length);
  for (let i = 0; i < items.length; i++) out[i] = digest(items[i]!);
  return out;
}

/** Largest power of two strictly less than n (n ≥ 2). */
function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/**
 * Prefix and payload of the node being hashed, reused: the digest reads it synchronously, so
 * one buffer serves every leaf and inner node instead of a concatenation per node.
 */
let scratch = new Uint8Array(1024);

function prefixed(prefix: number, a: Uint8Array, b?: Uint8Array): Uint8Array {
  const length = 1 + a.length + (b?.length ?? 0);
  if (scratch.length < length) scratch = new Uint8Array(Math.max(length, scratch.length * 2));
  scratch[0] = prefix;
  scratch.set(a, 1);
  if (b) scratch.set(b, 1 + a.length);
  return scratch.subarray(0, length);
}

/**
 * merkle.HashFromByteSlices: empty → sha256(""); leaf → sha256(0x00‖item); inner → sha256(0x01‖l‖r).
 * PERF: grows linearly with the number and size of items (2n − 1 digests).
 */
export function merkleRoot(items: readonly Uint8Array[]): Uint8Array {
  if (items.length === 0) return digest(new Uint8Array());
  return rootOf(items, 0, items.length);
}

/** The root over items[from, to) (non-empty), without copying the list at each level. */
function rootOf(items: readonly Uint8Array[], from: number, to: number): Uint8Array {
  if (to - from === 1) return digest(prefixed(0, items[from] ?? new Uint8Array()));
  const k = from + splitPoint(to - from);
  const left = rootOf(items, from, k);
  const right = rootOf(items, k, to);
  return digest(prefixed(1, left, right));
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
