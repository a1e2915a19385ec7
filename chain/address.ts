import { sha256 } from "@noble/hashes/sha2.js";
import { fromBech32, toBech32 } from "./crypto/bech32.ts";
import { sdkErrors } from "./errors.ts";

/** Account addresses are bech32 with this human-readable part. */
export const BECH32_PREFIX = "trib";

/** Decodes a `trib1…` account address to its 20 bytes; throws invalidAddress (7) naming the field. */
export function addressBytes(addr: string, field = "address"): Uint8Array {
  let data: Uint8Array;
  try {
    data = fromBech32(addr, BECH32_PREFIX).data;
  } catch (e) {
    throw sdkErrors.invalidAddress.wrap(`${field}: ${(e as Error).message.replace(/: invalid address$/, "")}`);
  }
  if (data.length !== 20) {
    throw sdkErrors.invalidAddress.wrap(`${field}: ${JSON.stringify(addr)} decodes to ${data.length} bytes, expected 20`);
  }
  return data;
}

export function addressString(bytes: Uint8Array): string {
  return toBech32(BECH32_PREFIX, bytes);
}

/** A module account's address: sha256(name)[0:20], as the SDK's `address.Module(name)`. */
export function moduleAddress(name: string): Uint8Array {
  return sha256(new TextEncoder().encode(name)).slice(0, 20);
}
