import { fromBech32, toBech32 } from "@cosmjs/encoding";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { makeCosmoshubPath } from "@cosmjs/amino";
import { TributaryClientError, errorText } from "./errors.ts";

export const TRIBUTARY_PREFIX = "trib";
export const TRIBUTARY_DENOM = "utrib";
export const DEFAULT_GAS_PRICE = `0.0025${TRIBUTARY_DENOM}`;
const ADDRESS_LENGTH = 20;
// @cosmjs/encoding's default limit (Infinity) is refused by the installed @scure/base; Cosmos
// addresses may exceed BIP-173's 90 characters, so use the SDK's practical bound.
const BECH32_MAX_LENGTH = 1023;

/** The 20 address bytes of a `trib1…` address; throws on another prefix or length. */
export function addressToBytes(address: string): Uint8Array {
  let decoded: { prefix: string; data: Uint8Array };
  try {
    decoded = fromBech32(address, BECH32_MAX_LENGTH);
  } catch (e) {
    throw new TributaryClientError("ADDRESS_INVALID", `"${address}" is not a bech32 address`, { details: errorText(e), cause: e });
  }
  if (decoded.prefix !== TRIBUTARY_PREFIX) {
    throw new TributaryClientError("ADDRESS_INVALID", `address ${address} has prefix "${decoded.prefix}", expected "${TRIBUTARY_PREFIX}"`, {
      hint: `Tributary accounts look like ${TRIBUTARY_PREFIX}1…; a wallet made for another chain needs prefix "${TRIBUTARY_PREFIX}"`,
    });
  }
  if (decoded.data.length !== ADDRESS_LENGTH) {
    throw new TributaryClientError("ADDRESS_INVALID", `address ${address} holds ${decoded.data.length} bytes, expected ${ADDRESS_LENGTH}`);
  }
  return decoded.data;
}

/** The `trib1…` address of 20 address bytes. */
export function bytesToAddress(bytes: Uint8Array): string {
  if (bytes.length !== ADDRESS_LENGTH) {
    throw new TributaryClientError("ADDRESS_INVALID", `an account address is ${ADDRESS_LENGTH} bytes, got ${bytes.length}`);
  }
  return toBech32(TRIBUTARY_PREFIX, bytes, BECH32_MAX_LENGTH);
}

export function isTributaryAddress(address: string): boolean {
  try {
    addressToBytes(address);
    return true;
  } catch {
    return false;
  }
}

/**
 * A signing wallet for a mnemonic, with the chain's prefix and the Cosmos Hub path
 * m/44'/118'/0'/0/i (what `tributary keys` derives). `accounts` > 1 derives i = 0…accounts-1.
 */
export async function makeDevWallet(mnemonic: string, opts: { accounts?: number } = {}): Promise<DirectSecp256k1HdWallet> {
  const count = opts.accounts ?? 1;
  if (!Number.isInteger(count) || count < 1) {
    throw new TributaryClientError("SIGNER_INVALID", `accounts must be a positive integer, got ${count}`);
  }
  const hdPaths = Array.from({ length: count }, (_, i) => makeCosmoshubPath(i));
  try {
    return await DirectSecp256k1HdWallet.fromMnemonic(mnemonic.trim().split(/\s+/).join(" "), { prefix: TRIBUTARY_PREFIX, hdPaths });
  } catch (e) {
    throw new TributaryClientError("SIGNER_INVALID", "the mnemonic is not a valid BIP-39 English mnemonic", {
      hint: "check the word list and count (12 or 24 words)",
      details: errorText(e),
      cause: e,
    });
  }
}
