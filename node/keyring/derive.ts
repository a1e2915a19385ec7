import { rawSecp256k1PubkeyToRawAddress } from "@cosmjs/amino";
import { Bip39, EnglishMnemonic, Secp256k1, Slip10, Slip10Curve, stringToPath } from "@cosmjs/crypto";
import { toBech32 } from "@cosmjs/encoding";
import { randomBytes } from "node:crypto";

/** Cosmos Hub derivation path (coin type 118), as simd and Keplr use. */
export const HD_PATH = "m/44'/118'/0'/0/0";
export const ADDRESS_PREFIX = "trib";

/** A new 24-word BIP-39 mnemonic from 32 bytes of OS randomness. */
export function generateMnemonic(): string {
  return Bip39.encode(new Uint8Array(randomBytes(32))).toString();
}

/** Normalises whitespace and checks the words and checksum; throws a readable error. */
export function normaliseMnemonic(mnemonic: string): string {
  const words = mnemonic.trim().toLowerCase().split(/\s+/).join(" ");
  try {
    return new EnglishMnemonic(words).toString();
  } catch (e) {
    throw new Error(`invalid mnemonic: ${(e as Error).message}`, { cause: e });
  }
}

export interface DerivedKey {
  /** 33-byte compressed secp256k1 public key. */
  pubkey: Uint8Array;
  /** bech32 `trib1…` of ripemd160(sha256(pubkey)). */
  address: string;
}

/** BIP-39 seed → SLIP-10 secp256k1 at HD_PATH → compressed pubkey → address. */
export async function deriveKey(mnemonic: string): Promise<DerivedKey> {
  const seed = await Bip39.mnemonicToSeed(new EnglishMnemonic(normaliseMnemonic(mnemonic)));
  const { privkey } = Slip10.derivePath(Slip10Curve.Secp256k1, seed, stringToPath(HD_PATH));
  const { pubkey } = await Secp256k1.makeKeypair(privkey);
  const compressed = Secp256k1.compressPubkey(pubkey);
  return { pubkey: compressed, address: toBech32(ADDRESS_PREFIX, rawSecp256k1PubkeyToRawAddress(compressed)) };
}
