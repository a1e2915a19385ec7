/** Exact-duplicate key of a record: SHA-256 of its token ids. */
import { sha256 } from "@noble/hashes/sha2.js";

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** The ids as little-endian int32 bytes, whatever the platform's byte order. */
export function idsToLeBytes(ids: Int32Array): Uint8Array {
  if (LITTLE_ENDIAN) return new Uint8Array(ids.buffer, ids.byteOffset, ids.byteLength);
  const view = new DataView(new ArrayBuffer(ids.length * 4));
  for (let i = 0; i < ids.length; i++) view.setInt32(i * 4, ids[i]!, true);
  return new Uint8Array(view.buffer);
}

/** SHA-256 over the little-endian int32 bytes of `ids`. PERF: linear in the token count. */
export function sequenceHash(ids: Int32Array): Uint8Array {
  return sha256(idsToLeBytes(ids));
}
