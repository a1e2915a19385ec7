import { hash } from "node:crypto";

/**
 * The tree's hash functions. They are consensus: client/proof.ts recomputes them.
 * empty = 32 zero bytes; leaf = H(0x00 ‖ keyHash ‖ H(value)); internal = H(0x01 ‖ left ‖ right).
 */
export const EMPTY_HASH = new Uint8Array(32);
export const KEY_HASH_BITS = 256;

// Node's one-shot crypto.hash (OpenSSL) measured 0.54 µs per 65-byte hash against 1.14 µs for
// @noble/hashes, and hashing is most of stage()'s cost. client/proof.ts uses @noble (browsers);
// both are SHA-256, so they agree.
function sha256(data: Uint8Array): Uint8Array {
  return hash("sha256", data, "buffer");
}

export function hashBytes(data: Uint8Array): Uint8Array {
  return sha256(data);
}

// One scratch buffer per shape: hashing runs synchronously, so reuse is safe and saves allocations.
const leafScratch = new Uint8Array(65);
const internalScratch = new Uint8Array(65);
leafScratch[0] = 0x00;
internalScratch[0] = 0x01;

export function leafHash(keyHash: Uint8Array, valueHash: Uint8Array): Uint8Array {
  leafScratch.set(keyHash, 1);
  leafScratch.set(valueHash, 33);
  return sha256(leafScratch);
}

export function internalHash(left: Uint8Array, right: Uint8Array): Uint8Array {
  internalScratch.set(left, 1);
  internalScratch.set(right, 33);
  return sha256(internalScratch);
}

/** Bit `depth` of a 256-bit key hash, most significant bit first. */
export function bitAt(keyHash: Uint8Array, depth: number): 0 | 1 {
  return ((keyHash[depth >> 3]! >> (7 - (depth & 7))) & 1) as 0 | 1;
}
