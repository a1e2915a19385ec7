import { createRequire } from "node:module";
import { secp256k1 as nobleSecp256k1 } from "@noble/curves/secp256k1.js";
import { ripemd160 } from "@noble/hashes/legacy.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { sdkErrors } from "../errors.ts";

/**
 * secp256k1 ECDSA verification with the Cosmos SDK's rules
 * (SDK crypto/keys/secp256k1 VerifySignature): a 64-byte `r‖s` signature, no DER, no recovery
 * byte, `s ≤ n/2` (a high-S signature is the malleated twin of a valid one and is refused),
 * checked against a 32-byte message hash (sha256 of the sign bytes), with a 33-byte
 * compressed public key.
 *
 * Backend: libsecp256k1 through the native `secp256k1` package (≈10× faster than pure JS);
 * @noble/curves only when the native binding cannot load. Both give identical answers on every
 * input (tested), so the choice is node-local and never affects consensus.
 */

export type Secp256k1Backend = "native" | "noble";

interface NativeSecp256k1 {
  ecdsaVerify(sig: Uint8Array, msg32: Uint8Array, pubkey: Uint8Array): boolean;
  publicKeyVerify(pubkey: Uint8Array): boolean;
}

function loadNative(): NativeSecp256k1 | undefined {
  try {
    // `secp256k1/bindings` is the native build only; the package root would silently fall back
    // to its own (slow) elliptic.js implementation.
    return createRequire(import.meta.url)("secp256k1/bindings") as NativeSecp256k1;
  } catch {
    return undefined;
  }
}

const native = loadNative();

/** Which implementation `verifySecp256k1` uses in this process. */
export function secp256k1Backend(): Secp256k1Backend {
  return native ? "native" : "noble";
}

/** n/2 (floor) of the secp256k1 group order, big-endian: the largest accepted `s`. */
const HALF_ORDER = hexBytes("7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0");

function hexBytes(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}

/** True when the `s` half of a compact signature is above n/2 (byte-wise big-endian compare). */
export function isHighS(sig64: Uint8Array): boolean {
  for (let i = 0; i < 32; i++) {
    const s = sig64[32 + i]!;
    const h = HALF_ORDER[i]!;
    if (s !== h) return s > h;
  }
  return false;
}

function isCompressedPubkeyShape(pubkey: Uint8Array): boolean {
  return pubkey.length === 33 && (pubkey[0] === 0x02 || pubkey[0] === 0x03);
}

function nativeVerify(lib: NativeSecp256k1, pubkey33: Uint8Array, hash32: Uint8Array, sig64: Uint8Array): boolean {
  try {
    // Throws for an unparsable signature (r or s ≥ n) or a point not on the curve.
    return lib.ecdsaVerify(sig64, hash32, pubkey33);
  } catch {
    return false;
  }
}

function nobleVerify(pubkey33: Uint8Array, hash32: Uint8Array, sig64: Uint8Array): boolean {
  try {
    return nobleSecp256k1.verify(sig64, hash32, pubkey33, { prehash: false, lowS: true, format: "compact" });
  } catch {
    return false;
  }
}

/**
 * Verifies a Cosmos secp256k1 signature. Returns false, never throws, for any bad signature or
 * key: wrong signature length (a simulate tx's empty signature included), high S, r or s zero
 * or ≥ n, a public key that is not 33 bytes with prefix 02/03 or not on the curve, or a
 * signature by another key / over other bytes. Throws TypeError only for a message hash that is
 * not 32 bytes, which is a bug in the caller, not bad input.
 * PERF: one ECDSA verification, ≈50–70 µs native, several times that with noble.
 */
export function verifySecp256k1(pubkey33: Uint8Array, messageHash32: Uint8Array, sig64: Uint8Array): boolean {
  return verifySecp256k1With(secp256k1Backend(), pubkey33, messageHash32, sig64);
}

/** `verifySecp256k1` on a chosen backend (benchmarks, backend-equivalence tests). */
export function verifySecp256k1With(backend: Secp256k1Backend, pubkey33: Uint8Array, messageHash32: Uint8Array, sig64: Uint8Array): boolean {
  if (messageHash32.length !== 32) throw new TypeError(`message hash must be 32 bytes, got ${messageHash32.length}`);
  if (sig64.length !== 64 || !isCompressedPubkeyShape(pubkey33)) return false;
  // Checked here, not left to the backends, so the rule is explicit and backend-independent.
  if (isHighS(sig64)) return false;
  if (backend === "noble") return nobleVerify(pubkey33, messageHash32, sig64);
  if (!native) throw new Error("the native secp256k1 backend is not available in this process");
  return nativeVerify(native, pubkey33, messageHash32, sig64);
}

/** True for a 33-byte compressed public key that is a point on the curve. */
export function isValidSecp256k1Pubkey(pubkey33: Uint8Array): boolean {
  if (!isCompressedPubkeyShape(pubkey33)) return false;
  if (native) return native.publicKeyVerify(pubkey33);
  try {
    nobleSecp256k1.Point.fromBytes(pubkey33);
    return true;
  } catch {
    return false;
  }
}

/**
 * The 20-byte account address of a compressed secp256k1 key: ripemd160(sha256(pubkey))
 * (SDK secp256k1 PubKey.Address; CosmJS rawSecp256k1PubkeyToRawAddress).
 * Throws invalidPubKey (code 8) unless the key is 33 bytes with prefix 02/03; it does not check
 * that the point is on the curve (use isValidSecp256k1Pubkey).
 */
export function pubkeyToAddress(pubkey33: Uint8Array): Uint8Array {
  if (!isCompressedPubkeyShape(pubkey33)) {
    throw sdkErrors.invalidPubKey.wrap(
      `expected a 33-byte compressed secp256k1 public key (prefix 02 or 03), got ${pubkey33.length} bytes`,
    );
  }
  return ripemd160(sha256(pubkey33));
}
