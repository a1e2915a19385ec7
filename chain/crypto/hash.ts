import { hash } from "node:crypto";

/**
 * The hash functions consensus code uses, from one place (pure JS, deterministic everywhere).
 * sha256: tx hashes, sign-doc digests; ripemd160: secp256k1 addresses.
 */
export { sha256 } from "@noble/hashes/sha2.js";
export { ripemd160 } from "@noble/hashes/legacy.js";

/**
 * SHA-256 through Node's one-shot `crypto.hash` (OpenSSL): about half @noble's time on a tx-sized
 * input, and the same digest. For node-side hot paths (the tx hash of every decoded tx); code
 * that must also run in a browser keeps `sha256`. Returns a plain Uint8Array, not a Buffer.
 */
export function sha256Native(data: Uint8Array): Uint8Array {
  const b = hash("sha256", data, "buffer");
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}
