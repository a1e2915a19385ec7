/**
 * A gentx as the SDK writes it (`config/gentx/gentx-<node id>.json`, `app_state.genutil.gen_txs`):
 * the proto3 JSON of a cosmos.tx.v1beta1.Tx carrying one MsgCreateValidator, snake_case names,
 * Anys as `{"@type", ...fields}`, commission rates as LegacyDec decimals ("0.100000000000000000").
 *
 * Only what a gentx holds is accepted (one MsgCreateValidator, secp256k1 signer infos in
 * SIGN_MODE_DIRECT, no extension options), so the decoder is small and exact. Decoding
 * re-encodes body and auth info with cosmjs-types, which encodes deterministically: the gentx
 * command signs exactly the bytes this decoder gives back (it builds the JSON first and signs
 * what `genTxFromJson` encodes), and InitChain verifies the signature over the same bytes.
 */
import { fromBase64, toBase64 } from "@cosmjs/encoding";
import { PubKey as Ed25519PubKey } from "cosmjs-types/cosmos/crypto/ed25519/keys";
import { PubKey as Secp256k1PubKey } from "cosmjs-types/cosmos/crypto/secp256k1/keys";
import { MsgCreateValidator } from "cosmjs-types/cosmos/staking/v1beta1/tx";
import { SignMode } from "cosmjs-types/cosmos/tx/signing/v1beta1/signing";
import { AuthInfo, TxBody, TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { decFromWire, decToWire, formatDec, parseDec } from "../../chain/dec.ts";
import { GenesisError } from "../../chain/genesisError.ts";
import { expectArray, expectCoins, expectObject, expectString, expectUint } from "../../chain/genesisJson.ts";
import { ED25519_PUBKEY_URL, MSG_CREATE_VALIDATOR_URL, SECP256K1_PUBKEY_URL } from "./types.ts";

/** A decoded gentx: the bytes InitChain delivers and what the checks read. */
export interface GenTx {
  /** TxRaw encoding: what goes through the tx pipeline. */
  bytes: Uint8Array;
  bodyBytes: Uint8Array;
  authInfoBytes: Uint8Array;
  msg: MsgCreateValidator;
  memo: string;
  /** Compressed secp256k1 keys of the signer infos, in order. */
  signerPubkeys: Uint8Array[];
  sequences: bigint[];
  gasLimit: bigint;
  fee: { denom: string; amount: bigint }[];
  signatures: Uint8Array[];
}

/** What the gentx command fills in before it signs. */
export interface GenTxFields {
  msg: MsgCreateValidator;
  memo: string;
  signerPubkey: Uint8Array;
  sequence: bigint;
  gasLimit: bigint;
}

const b64 = (v: unknown, field: string): Uint8Array => {
  const s = expectString(v, field);
  try {
    return fromBase64(s);
  } catch {
    throw new GenesisError(field, "is not valid base64");
  }
};

function dec(v: unknown, field: string): string {
  const s = expectString(v, field);
  try {
    return decToWire(parseDec(s, field));
  } catch {
    throw new GenesisError(field, `must be a decimal such as "0.100000000000000000", got ${JSON.stringify(s)}`);
  }
}

function msgToJson(m: MsgCreateValidator): Record<string, unknown> {
  const d = m.description;
  const c = m.commission;
  return {
    "@type": MSG_CREATE_VALIDATOR_URL,
    description: { moniker: d.moniker, identity: d.identity, website: d.website, security_contact: d.securityContact, details: d.details },
    commission: {
      rate: formatDec(decFromWire(c.rate)),
      max_rate: formatDec(decFromWire(c.maxRate)),
      max_change_rate: formatDec(decFromWire(c.maxChangeRate)),
    },
    min_self_delegation: m.minSelfDelegation,
    delegator_address: m.delegatorAddress,
    validator_address: m.validatorAddress,
    pubkey: { "@type": m.pubkey?.typeUrl ?? "", key: toBase64(m.pubkey ? Ed25519PubKey.decode(m.pubkey.value).key : new Uint8Array()) },
    value: { denom: m.value.denom, amount: m.value.amount },
  };
}

function msgFromJson(raw: unknown, f: string): MsgCreateValidator {
  const o = expectObject(raw, f);
  if (o["@type"] !== MSG_CREATE_VALIDATOR_URL) {
    throw new GenesisError(`${f}.@type`, `a gentx carries one ${MSG_CREATE_VALIDATOR_URL}, got ${JSON.stringify(o["@type"])}`);
  }
  const d = expectObject(o.description, `${f}.description`);
  const c = expectObject(o.commission, `${f}.commission`);
  const pk = expectObject(o.pubkey, `${f}.pubkey`);
  if (pk["@type"] !== ED25519_PUBKEY_URL) throw new GenesisError(`${f}.pubkey.@type`, `must be ${ED25519_PUBKEY_URL}, got ${JSON.stringify(pk["@type"])}`);
  const value = expectObject(o.value, `${f}.value`);
  const str = (v: unknown, name: string) => expectString(v ?? "", `${f}.${name}`);
  return MsgCreateValidator.fromPartial({
    description: {
      moniker: str(d.moniker, "description.moniker"),
      identity: str(d.identity, "description.identity"),
      website: str(d.website, "description.website"),
      securityContact: str(d.security_contact, "description.security_contact"),
      details: str(d.details, "description.details"),
    },
    commission: {
      rate: dec(c.rate, `${f}.commission.rate`),
      maxRate: dec(c.max_rate, `${f}.commission.max_rate`),
      maxChangeRate: dec(c.max_change_rate, `${f}.commission.max_change_rate`),
    },
    minSelfDelegation: expectUint(o.min_self_delegation, `${f}.min_self_delegation`).toString(),
    delegatorAddress: str(o.delegator_address, "delegator_address"),
    validatorAddress: str(o.validator_address, "validator_address"),
    pubkey: { typeUrl: ED25519_PUBKEY_URL, value: Ed25519PubKey.encode({ key: b64(pk.key, `${f}.pubkey.key`) }).finish() },
    value: { denom: expectString(value.denom, `${f}.value.denom`), amount: expectUint(value.amount, `${f}.value.amount`).toString() },
  });
}

function bodyFromJson(raw: unknown, f: string): TxBody {
  const o = expectObject(raw, f);
  const messages = expectArray(o.messages, `${f}.messages`);
  if (messages.length !== 1) throw new GenesisError(`${f}.messages`, `a gentx carries exactly one MsgCreateValidator, got ${messages.length} messages`);
  for (const k of ["extension_options", "non_critical_extension_options"]) {
    if (expectArray(o[k], `${f}.${k}`).length > 0) throw new GenesisError(`${f}.${k}`, "must be empty in a gentx");
  }
  const msg = msgFromJson(messages[0], `${f}.messages[0]`);
  return TxBody.fromPartial({
    messages: [{ typeUrl: MSG_CREATE_VALIDATOR_URL, value: MsgCreateValidator.encode(msg).finish() }],
    memo: expectString(o.memo ?? "", `${f}.memo`),
    timeoutHeight: expectUint(o.timeout_height ?? "0", `${f}.timeout_height`),
  });
}

function authInfoFromJson(raw: unknown, f: string): AuthInfo {
  const o = expectObject(raw, f);
  if (o.tip !== undefined && o.tip !== null) throw new GenesisError(`${f}.tip`, "must be null in a gentx");
  const signerInfos = expectArray(o.signer_infos, `${f}.signer_infos`).map((s, i) => {
    const sf = `${f}.signer_infos[${i}]`;
    const si = expectObject(s, sf);
    const pk = expectObject(si.public_key, `${sf}.public_key`);
    if (pk["@type"] !== SECP256K1_PUBKEY_URL) throw new GenesisError(`${sf}.public_key.@type`, `must be ${SECP256K1_PUBKEY_URL}, got ${JSON.stringify(pk["@type"])}`);
    const mode = expectObject(expectObject(si.mode_info, `${sf}.mode_info`).single, `${sf}.mode_info.single`).mode;
    if (mode !== "SIGN_MODE_DIRECT") throw new GenesisError(`${sf}.mode_info.single.mode`, `must be SIGN_MODE_DIRECT, got ${JSON.stringify(mode)}`);
    return {
      publicKey: { typeUrl: SECP256K1_PUBKEY_URL, value: Secp256k1PubKey.encode({ key: b64(pk.key, `${sf}.public_key.key`) }).finish() },
      modeInfo: { single: { mode: SignMode.SIGN_MODE_DIRECT } },
      sequence: expectUint(si.sequence, `${sf}.sequence`),
    };
  });
  const fee = expectObject(o.fee, `${f}.fee`);
  if ((fee.payer ?? "") !== "" || (fee.granter ?? "") !== "") throw new GenesisError(`${f}.fee`, "payer and granter must be empty in a gentx");
  return AuthInfo.fromPartial({
    signerInfos,
    fee: {
      amount: expectCoins(fee.amount, `${f}.fee.amount`).map((c) => ({ denom: c.denom, amount: c.amount.toString() })),
      gasLimit: expectUint(fee.gas_limit, `${f}.fee.gas_limit`),
      payer: "",
      granter: "",
    },
  });
}

function decoded(body: TxBody, authInfo: AuthInfo, signatures: Uint8Array[]): GenTx {
  const bodyBytes = TxBody.encode(body).finish();
  const authInfoBytes = AuthInfo.encode(authInfo).finish();
  return {
    bytes: TxRaw.encode(TxRaw.fromPartial({ bodyBytes, authInfoBytes, signatures })).finish(),
    bodyBytes,
    authInfoBytes,
    msg: MsgCreateValidator.decode(body.messages[0]!.value),
    memo: body.memo,
    signerPubkeys: authInfo.signerInfos.map((s) => Secp256k1PubKey.decode(s.publicKey!.value).key),
    sequences: authInfo.signerInfos.map((s) => s.sequence),
    gasLimit: authInfo.fee?.gasLimit ?? 0n,
    fee: (authInfo.fee?.amount ?? []).map((c) => ({ denom: c.denom, amount: BigInt(c.amount) })),
    signatures,
  };
}

/** Parses a gentx's JSON; throws GenesisError naming the field (under `field`) that is wrong. */
export function genTxFromJson(json: unknown, field: string): GenTx {
  const o = expectObject(json, field);
  const body = bodyFromJson(o.body, `${field}.body`);
  const authInfo = authInfoFromJson(o.auth_info, `${field}.auth_info`);
  const signatures = expectArray(o.signatures, `${field}.signatures`).map((s, i) => b64(s, `${field}.signatures[${i}]`));
  return decoded(body, authInfo, signatures);
}

/** The gentx before it is signed: its JSON with no signatures, and the bytes to sign. */
export function unsignedGenTx(f: GenTxFields): { json: Record<string, unknown>; tx: GenTx } {
  const json = {
    body: { messages: [msgToJson(f.msg)], memo: f.memo, timeout_height: "0", extension_options: [], non_critical_extension_options: [] },
    auth_info: {
      signer_infos: [{ public_key: { "@type": SECP256K1_PUBKEY_URL, key: toBase64(f.signerPubkey) }, mode_info: { single: { mode: "SIGN_MODE_DIRECT" } }, sequence: f.sequence.toString() }],
      fee: { amount: [], gas_limit: f.gasLimit.toString(), payer: "", granter: "" },
      tip: null,
    },
    signatures: [] as string[],
  };
  return { json, tx: genTxFromJson(json, "gentx") };
}
