/**
 * Builds and signs SIGN_MODE_DIRECT txs from raw parts, so a target can put any bytes in a
 * message, a TxBody or an AuthInfo and still sign them correctly (the handlers are reached)
 * or deliberately not. Keys are the harness's test mnemonics (test/appHarness.ts).
 */
import { pbkdf2Sync } from "node:crypto";
import { Slip10, Slip10Curve, stringToPath } from "@cosmjs/crypto";
import { secp256k1 } from "@noble/curves/secp256k1.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { PubKey } from "cosmjs-types/cosmos/crypto/secp256k1/keys";
import { SignMode } from "cosmjs-types/cosmos/tx/signing/v1beta1/signing";
import { AuthInfo, SignDoc, TxBody, TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import type { Any } from "cosmjs-types/google/protobuf/any";
import { testMnemonic } from "../appHarness.ts";

export interface FuzzKey {
  privkey: Uint8Array;
  pubkey: Uint8Array;
}

/** The private key of harness account `i` (m/44'/118'/0'/0/0 of its test mnemonic). */
export function harnessKey(i: number): FuzzKey {
  // BIP-39's seed (PBKDF2-SHA512, 2048 rounds, salt "mnemonic") with node's native PBKDF2: the
  // pure-JS one costs most of a second per key.
  const seed = pbkdf2Sync(testMnemonic(i).normalize("NFKD"), "mnemonic", 2048, 64, "sha512");
  const { privkey } = Slip10.derivePath(Slip10Curve.Secp256k1, seed, stringToPath("m/44'/118'/0'/0/0"));
  return { privkey, pubkey: secp256k1.getPublicKey(privkey, true) };
}

export function pubkeyAny(pubkey: Uint8Array): Any {
  return { typeUrl: "/cosmos.crypto.secp256k1.PubKey", value: PubKey.encode({ key: pubkey }).finish() };
}

export interface BodyOptions {
  memo?: string;
  timeoutHeight?: bigint;
  extensionOptions?: Any[];
  nonCriticalExtensionOptions?: Any[];
}

export function bodyBytes(msgs: Any[], o: BodyOptions = {}): Uint8Array {
  return TxBody.encode(TxBody.fromPartial({ messages: msgs, memo: o.memo ?? "", timeoutHeight: o.timeoutHeight ?? 0n, extensionOptions: o.extensionOptions ?? [], nonCriticalExtensionOptions: o.nonCriticalExtensionOptions ?? [] })).finish();
}

export interface SignerSpec {
  key: FuzzKey;
  sequence: bigint;
}

export function authInfoBytes(signers: SignerSpec[], fee: { denom: string; amount: string }[], gasLimit: bigint, payer = "", mode = SignMode.SIGN_MODE_DIRECT): Uint8Array {
  return AuthInfo.encode(
    AuthInfo.fromPartial({
      signerInfos: signers.map((s) => ({ publicKey: pubkeyAny(s.key.pubkey), modeInfo: { single: { mode } }, sequence: s.sequence })),
      fee: { amount: fee, gasLimit, payer, granter: "" },
    }),
  ).finish();
}

/** The 64-byte low-S r‖s signature over SignDoc(body, authInfo, chainId, accountNumber). */
export function signDirect(key: FuzzKey, body: Uint8Array, authInfo: Uint8Array, chainId: string, accountNumber: bigint): Uint8Array {
  const doc = SignDoc.encode({ bodyBytes: body, authInfoBytes: authInfo, chainId, accountNumber }).finish();
  return secp256k1.sign(sha256(doc), key.privkey, { prehash: false, lowS: true });
}

/** A 64-byte low-S signature over sha256(bytes) (the amino JSON sign doc). */
export function signBytes(key: FuzzKey, bytes: Uint8Array): Uint8Array {
  return secp256k1.sign(sha256(bytes), key.privkey, { prehash: false, lowS: true });
}

export function txRaw(body: Uint8Array, authInfo: Uint8Array, signatures: Uint8Array[]): Uint8Array {
  return TxRaw.encode({ bodyBytes: body, authInfoBytes: authInfo, signatures }).finish();
}
