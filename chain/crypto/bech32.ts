import { fromBech32 as cosmjsFromBech32, toBech32 as cosmjsToBech32 } from "@cosmjs/encoding";
import { sdkErrors } from "../errors.ts";

/**
 * Bech32 (BIP-173) addresses, wrapping @cosmjs/encoding so that every failure is a ChainError
 * invalidAddress (code 7) that quotes the input and says what was wrong.
 * (chain/address.ts is the `trib`-account-specific layer on top of the same encoding.)
 */

/** Cosmos addresses may exceed BIP-173's 90 characters (32-byte module/contract addresses). */
const MAX_LENGTH = 1023;

export interface DecodedBech32 {
  prefix: string;
  data: Uint8Array;
}

/** Encodes `bytes` under human-readable part `prefix` (e.g. `trib`). */
export function toBech32(prefix: string, bytes: Uint8Array): string {
  try {
    return cosmjsToBech32(prefix, bytes, MAX_LENGTH);
  } catch (e) {
    throw sdkErrors.invalidAddress.wrap(`cannot encode ${bytes.length} bytes with prefix ${JSON.stringify(prefix)}: ${(e as Error).message}`);
  }
}

/**
 * Decodes a bech32 string; with `expectedPrefix`, also requires that prefix. Mixed case, a bad
 * checksum, bad characters or a wrong prefix all throw invalidAddress (code 7).
 */
export function fromBech32(address: string, expectedPrefix?: string): DecodedBech32 {
  let decoded: DecodedBech32;
  try {
    decoded = cosmjsFromBech32(address, MAX_LENGTH);
  } catch (e) {
    throw sdkErrors.invalidAddress.wrap(`invalid bech32 address ${JSON.stringify(address)}: ${(e as Error).message}`);
  }
  if (expectedPrefix !== undefined && decoded.prefix !== expectedPrefix) {
    throw sdkErrors.invalidAddress.wrap(
      `invalid bech32 address ${JSON.stringify(address)}: expected prefix ${JSON.stringify(expectedPrefix)}, got ${JSON.stringify(decoded.prefix)}`,
    );
  }
  return decoded;
}
