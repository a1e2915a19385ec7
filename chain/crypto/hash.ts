/**
 * The hash functions consensus code uses, from one place (pure JS, deterministic everywhere).
 * sha256: tx hashes, sign-doc digests; ripemd160: secp256k1 addresses.
 */
export { sha256 } from "@noble/hashes/sha2.js";
export { ripemd160 } from "@noble/hashes/legacy.js";
