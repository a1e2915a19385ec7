import { BaseAccount, ModuleAccount, Params } from "cosmjs-types/cosmos/auth/v1beta1/auth";
import { PubKey } from "cosmjs-types/cosmos/crypto/secp256k1/keys";
import type { Any } from "cosmjs-types/google/protobuf/any";
import { addressBytes, addressString } from "../../chain/address.ts";
import { sdkErrors } from "../../chain/errors.ts";

export const BASE_ACCOUNT_URL = "/cosmos.auth.v1beta1.BaseAccount";
export const MODULE_ACCOUNT_URL = "/cosmos.auth.v1beta1.ModuleAccount";
export const SECP256K1_PUBKEY_URL = "/cosmos.crypto.secp256k1.PubKey";

/** An account as the keeper sees it; stored as the protobuf Any CosmJS's accountFromAny reads. */
export interface Account {
  address: Uint8Array;
  /** 33-byte compressed secp256k1 key, set by the account's first tx. */
  pubKey?: Uint8Array;
  accountNumber: bigint;
  sequence: bigint;
  /** Present for module accounts (fee collector …). */
  module?: { name: string; permissions: string[] };
}

export interface AuthParams {
  maxMemoCharacters: bigint;
  txSigLimit: bigint;
  txSizeCostPerByte: bigint;
  sigVerifyCostEd25519: bigint;
  sigVerifyCostSecp256k1: bigint;
}

export const DEFAULT_AUTH_PARAMS: AuthParams = {
  maxMemoCharacters: 256n,
  txSigLimit: 7n,
  txSizeCostPerByte: 10n,
  sigVerifyCostEd25519: 590n,
  sigVerifyCostSecp256k1: 1000n,
};

export function encodePubKeyAny(key: Uint8Array): Any {
  return { typeUrl: SECP256K1_PUBKEY_URL, value: PubKey.encode({ key }).finish() };
}

/** Decodes a signer's public key Any; only secp256k1 is supported. Throws invalidPubKey (8). */
export function decodePubKeyAny(any: Any | undefined): Uint8Array {
  if (!any) throw sdkErrors.invalidPubKey.wrap("signer has no public key");
  if (any.typeUrl !== SECP256K1_PUBKEY_URL) throw sdkErrors.invalidPubKey.wrap(`unsupported public key type ${any.typeUrl}`);
  let key: Uint8Array;
  const v = any.value;
  try {
    // Every tx's signer info carries its key: the usual exact `PubKey{key: 33 bytes}` is read
    // in place (the same view PubKey.decode returns); anything else takes the decoder.
    key = v.length === 35 && v[0] === 0x0a && v[1] === 33 ? v.subarray(2) : PubKey.decode(v).key;
  } catch (e) {
    // Malformed protobuf (a truncated varint, a length past the end): the same refusal as a
    // key of the wrong length, not an internal error.
    throw sdkErrors.invalidPubKey.wrap(`secp256k1 public key does not decode: ${(e as Error).message}`);
  }
  if (key.length !== 33 || (key[0] !== 2 && key[0] !== 3)) {
    throw sdkErrors.invalidPubKey.wrap(`secp256k1 public key must be 33 bytes compressed, got ${key.length} bytes`);
  }
  return key;
}

function toBase(acc: Account): BaseAccount {
  return {
    address: addressString(acc.address),
    pubKey: acc.pubKey ? encodePubKeyAny(acc.pubKey) : undefined,
    accountNumber: acc.accountNumber,
    sequence: acc.sequence,
  };
}

function fromBase(b: BaseAccount): Omit<Account, "module"> {
  return {
    address: addressBytes(b.address),
    pubKey: b.pubKey && b.pubKey.typeUrl !== "" ? PubKey.decode(b.pubKey.value).key : undefined,
    accountNumber: b.accountNumber,
    sequence: b.sequence,
  };
}

export function accountToAny(acc: Account): Any {
  if (acc.module) {
    const m = ModuleAccount.fromPartial({ baseAccount: toBase(acc), name: acc.module.name, permissions: acc.module.permissions });
    return { typeUrl: MODULE_ACCOUNT_URL, value: ModuleAccount.encode(m).finish() };
  }
  return { typeUrl: BASE_ACCOUNT_URL, value: BaseAccount.encode(toBase(acc)).finish() };
}

export function accountFromAny(any: Any): Account {
  if (any.typeUrl === MODULE_ACCOUNT_URL) {
    const m = ModuleAccount.decode(any.value);
    if (!m.baseAccount) throw new Error("module account without base account");
    return { ...fromBase(m.baseAccount), module: { name: m.name, permissions: m.permissions } };
  }
  if (any.typeUrl === BASE_ACCOUNT_URL) return fromBase(BaseAccount.decode(any.value));
  throw new Error(`unknown account type ${any.typeUrl}`);
}

export function paramsToProto(p: AuthParams): Params {
  return Params.fromPartial(p);
}
