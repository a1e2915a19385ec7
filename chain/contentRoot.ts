import { sha256 } from "@noble/hashes/sha2.js";
import { equalBytes } from "./keys.ts";

/**
 * The chunked content root of a record: an RFC 6962 (Certificate Transparency) Merkle tree over
 * the stored body (what the node's content store holds under the content hash) cut every
 * CHUNK_SIZE bytes, so a storage node can prove it holds any one chunk with the chunk and
 * ⌈log₂ n⌉ sibling hashes instead of the whole body (the content hash alone would need it all).
 *
 *   chunks        = body[0..1024), body[1024..2048), …, the last one shorter; an empty body is
 *                   one empty chunk
 *   leaf(c)       = SHA-256(0x00 ‖ c)
 *   MTH(D[0..n))  = SHA-256(0x01 ‖ MTH(D[0..k)) ‖ MTH(D[k..n))), k the largest power of 2 < n
 *   proof         = the RFC 6962 audit path: sibling hashes, leaf level first
 *
 * Used by the datanet module at ingestion (Contribution.content_root), by the rewards module to
 * check storage proofs, and by the storage node to build them. Pure: no state, no clock.
 */
export const CHUNK_SIZE = 1024;

const leafHash = (chunk: Uint8Array): Uint8Array => {
  const b = new Uint8Array(chunk.length + 1);
  b.set(chunk, 1);
  return sha256(b);
};

const nodeHash = (l: Uint8Array, r: Uint8Array): Uint8Array => {
  const b = new Uint8Array(65);
  b[0] = 1;
  b.set(l, 1);
  b.set(r, 33);
  return sha256(b);
};

/** Chunks of a body of `size` bytes: ⌈size / 1024⌉, and 1 for an empty body. */
export function chunkCount(size: number | bigint): number {
  const n = typeof size === "bigint" ? Number(size) : size;
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`chunkCount: size ${size} is not a byte count`);
  return n === 0 ? 1 : Math.ceil(n / CHUNK_SIZE);
}

/** Chunk `index` of `body` (a view, not a copy). */
export function chunkAt(body: Uint8Array, index: number): Uint8Array {
  const count = chunkCount(body.length);
  if (!Number.isInteger(index) || index < 0 || index >= count) throw new RangeError(`chunk ${index} out of range: the body has ${count} chunks`);
  return body.subarray(index * CHUNK_SIZE, Math.min(body.length, (index + 1) * CHUNK_SIZE));
}

/** Bytes chunk `index` of a body of `size` bytes must have. */
export function chunkLength(size: number, index: number): number {
  return Math.max(0, Math.min(CHUNK_SIZE, size - index * CHUNK_SIZE));
}

function leaves(body: Uint8Array): Uint8Array[] {
  const n = chunkCount(body.length);
  const out = new Array<Uint8Array>(n);
  for (let i = 0; i < n; i++) out[i] = leafHash(chunkAt(body, i));
  return out;
}

/** Largest power of 2 strictly below n (n ≥ 2). */
function split(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

function mth(ls: readonly Uint8Array[], lo: number, hi: number): Uint8Array {
  if (hi - lo === 1) return ls[lo]!;
  const k = split(hi - lo);
  return nodeHash(mth(ls, lo, lo + k), mth(ls, lo + k, hi));
}

/** The content root of a stored body (32 bytes). PERF: O(bytes) hashing, ~2 hashes per chunk. */
export function contentRoot(body: Uint8Array): Uint8Array {
  const ls = leaves(body);
  return mth(ls, 0, ls.length);
}

/** MTH over arbitrary leaf data (≥ 1 leaf): the same tree, for checking against RFC 6962 vectors. */
export function treeHash(data: readonly Uint8Array[]): Uint8Array {
  if (data.length === 0) throw new RangeError("treeHash: at least one leaf");
  return mth(data.map(leafHash), 0, data.length);
}

/**
 * Chunk `index` of `body` with its audit path (leaf level first). Throws RangeError for an index
 * outside the body. PERF: O(bytes) hashing (the node builds proofs off the block path).
 */
export function chunkProof(body: Uint8Array, index: number): { chunk: Uint8Array; path: Uint8Array[] } {
  const chunk = chunkAt(body, index);
  const ls = leaves(body);
  const path: Uint8Array[] = [];
  // RFC 6962 §2.1.1 PATH(m, D[lo..hi)), collected top-down then reversed to leaf level first.
  let lo = 0;
  let hi = ls.length;
  let m = index;
  while (hi - lo > 1) {
    const k = split(hi - lo);
    if (m < k) {
      path.push(mth(ls, lo + k, hi));
      hi = lo + k;
    } else {
      path.push(mth(ls, lo, lo + k));
      lo += k;
      m -= k;
    }
  }
  return { chunk, path: path.reverse() };
}

/**
 * Whether `chunk` is chunk `index` of a body of `count` chunks whose content root is `root`,
 * by the audit path `path` (RFC 9162 §2.1.3.2). A full chunk (1024 bytes) is required except
 * for the last one (1..1024 bytes; 0..1024 when it is the only one). Never throws: any
 * malformed input (index out of range, a sibling that is not 32 bytes, a path too short or too
 * long) is false. PERF: O(log count) hashes of ≤ 65 bytes plus one hash of the chunk.
 */
export function verifyChunkProof(root: Uint8Array, index: number, count: number, chunk: Uint8Array, path: readonly Uint8Array[]): boolean {
  if (root.length !== 32 || !Number.isSafeInteger(count) || count < 1 || !Number.isSafeInteger(index) || index < 0 || index >= count) return false;
  const last = index === count - 1;
  if (chunk.length > CHUNK_SIZE || (!last && chunk.length !== CHUNK_SIZE) || (last && count > 1 && chunk.length === 0)) return false;
  let fn = index;
  let sn = count - 1;
  let r = leafHash(chunk);
  for (const p of path) {
    if (p.length !== 32 || sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      // Skip the levels where this node is a lone right-edge node (no sibling on the path).
      while (fn % 2 === 0 && fn !== 0) {
        fn = Math.floor(fn / 2);
        sn = Math.floor(sn / 2);
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && equalBytes(r, root);
}
