import { fromBech32, toBech32 } from "@cosmjs/encoding";
import { sha256 } from "@noble/hashes/sha2.js";
import { sdkErrors } from "./errors.ts";

/** Account addresses are bech32 with this human-readable part. */
export const BECH32_PREFIX = "trib";

/** Decodes a `trib1…` account address to its 20 bytes; throws invalidAddress (7) naming the input. */
export function addressBytes(addr: string, field = "address"): Uint8Array {
  let decoded: { prefix: string; data: Uint8Array };
  try {
    decoded = fromBech32(addr);
  } catch (e) {
    throw sdkErrors.invalidAddress.wrap(`invalid ${field} ${JSON.stringify(addr)}: ${(e as Error).message}`);
  }
  if (decoded.prefix !== BECH32_PREFIX) {
    throw sdkErrors.invalidAddress.wrap(`invalid ${field} ${JSON.stringify(addr)}: expected prefix "${BECH32_PREFIX}", got "${decoded.prefix}"`);
  }
  if (decoded.data.length !== 20) {
    throw sdkErrors.invalidAddress.wrap(`invalid ${field} ${JSON.stringify(addr)}: expected 20 bytes, got ${decoded.data.length}`);
  }
  return decoded.data;
}

export function addressString(bytes: Uint8Array): string {
  return toBech32(BECH32_PREFIX, bytes);
}

/** A module account's address: sha256(name)[0:20], as the SDK's `address.Module(name)`. */
export function moduleAddress(name: string): Uint8Array {
  return sha256(new TextEncoder().encode(name)).slice(0, 20);
}
