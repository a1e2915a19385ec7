import type { AuthInfo, Fee, ModeInfo, SignerInfo, TxBody } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import type { Coin } from "cosmjs-types/cosmos/base/v1beta1/coin";
import type { Any } from "cosmjs-types/google/protobuf/any";
import { ProtoReader } from "../protoReader.ts";

/**
 * A direct reader for the usual shape of a tx envelope: TxRaw → TxBody (messages, memo,
 * timeout height) and AuthInfo (signer infos with a single sign mode, fee). Every tx is
 * decoded once on arrival, and the generic path (a strict wire check, then cosmjs-types'
 * decoders, which build a BinaryReader per message and turn every uint64 into a string
 * first) was the largest part of that.
 *
 * It accepts a strict subset of what the generic path accepts: known fields only, each
 * singular field at most once, the expected wire type (one-byte tags), ASCII strings of at
 * most MAX_STRING bytes, lengths inside their message, uint64 values below 2^64. For anything
 * else (unknown or non-critical fields, multisig mode infos, a tip, `unordered`, a timeout
 * timestamp, extension options, non-ASCII text, a repeated singular field, malformed input)
 * it answers undefined and the caller takes the generic path, which also says what is wrong.
 * So on every input it either gives exactly what the generic path gives (a test compares
 * both on many txs) or nothing. Byte fields are views into `raw`, as cosmjs-types' are.
 */
export interface TxEnvelope {
  bodyBytes: Uint8Array;
  authInfoBytes: Uint8Array;
  signatures: Uint8Array[];
  body: TxBody;
  authInfo: AuthInfo;
}

/** Longer strings (a long memo) take the generic path; String.fromCharCode.apply wants short input. */
const MAX_STRING = 1024;

/** PERF: one pass over the tx bytes; a few small objects per message, signer and coin. */
export function readTxEnvelope(raw: Uint8Array): TxEnvelope | undefined {
  const r = new ProtoReader(raw);
  let bodyBytes: Uint8Array | undefined;
  let authInfoBytes: Uint8Array | undefined;
  const signatures: Uint8Array[] = [];
  while (!r.done()) {
    const tag = r.byte();
    if (tag === 0x0a && bodyBytes === undefined) bodyBytes = r.chunk();
    else if (tag === 0x12 && authInfoBytes === undefined) authInfoBytes = r.chunk();
    else if (tag === 0x1a) signatures.push(r.chunk());
    else return undefined;
  }
  if (r.failed) return undefined;
  bodyBytes ??= new Uint8Array();
  authInfoBytes ??= new Uint8Array();
  const body = readBody(bodyBytes);
  if (body === undefined) return undefined;
  const authInfo = readAuthInfo(authInfoBytes);
  if (authInfo === undefined) return undefined;
  return { bodyBytes, authInfoBytes, signatures, body, authInfo };
}

function readBody(bytes: Uint8Array): TxBody | undefined {
  const r = new ProtoReader(bytes);
  const messages: Any[] = [];
  let memo: string | undefined;
  let timeoutHeight: bigint | undefined;
  while (!r.done()) {
    const tag = r.byte();
    if (tag === 0x0a) {
      const any = readAny(r.chunk());
      if (any === undefined) return undefined;
      messages.push(any);
    } else if (tag === 0x12 && memo === undefined) memo = text(r);
    else if (tag === 0x18 && timeoutHeight === undefined) timeoutHeight = r.uint64();
    else return undefined;
  }
  if (r.failed) return undefined;
  return {
    messages,
    memo: memo ?? "",
    timeoutHeight: timeoutHeight ?? 0n,
    unordered: false,
    timeoutTimestamp: undefined,
    extensionOptions: [],
    nonCriticalExtensionOptions: [],
  };
}

function readAuthInfo(bytes: Uint8Array): AuthInfo | undefined {
  const r = new ProtoReader(bytes);
  const signerInfos: SignerInfo[] = [];
  let fee: Fee | undefined;
  while (!r.done()) {
    const tag = r.byte();
    if (tag === 0x0a) {
      const info = readSignerInfo(r.chunk());
      if (info === undefined) return undefined;
      signerInfos.push(info);
    } else if (tag === 0x12 && fee === undefined) {
      fee = readFee(r.chunk());
      if (fee === undefined) return undefined;
    } else return undefined;
  }
  if (r.failed) return undefined;
  return { signerInfos, fee, tip: undefined };
}

function readSignerInfo(bytes: Uint8Array): SignerInfo | undefined {
  const r = new ProtoReader(bytes);
  let publicKey: Any | undefined;
  let modeInfo: ModeInfo | undefined;
  let sequence: bigint | undefined;
  while (!r.done()) {
    const tag = r.byte();
    if (tag === 0x0a && publicKey === undefined) {
      publicKey = readAny(r.chunk());
      if (publicKey === undefined) return undefined;
    } else if (tag === 0x12 && modeInfo === undefined) {
      modeInfo = readModeInfo(r.chunk());
      if (modeInfo === undefined) return undefined;
    } else if (tag === 0x18 && sequence === undefined) sequence = r.uint64();
    else return undefined;
  }
  if (r.failed) return undefined;
  return { publicKey, modeInfo, sequence: sequence ?? 0n };
}

/** ModeInfo{single: Single{mode}}; a multisig mode info goes to the generic path. */
function readModeInfo(bytes: Uint8Array): ModeInfo | undefined {
  const r = new ProtoReader(bytes);
  let single: ModeInfo["single"];
  while (!r.done()) {
    const tag = r.byte();
    if (tag !== 0x0a || single !== undefined) return undefined;
    const s = new ProtoReader(r.chunk());
    let mode: number | undefined;
    while (!s.done()) {
      const t = s.byte();
      if (t !== 0x08 || mode !== undefined) return undefined;
      const v = s.uint64();
      // cosmjs-types reads the enum as int32; larger values would wrap, so leave them to it.
      if (v >= 0x80000000n) return undefined;
      mode = Number(v);
    }
    if (s.failed) return undefined;
    single = { mode: mode ?? 0 };
  }
  if (r.failed) return undefined;
  return { single, multi: undefined };
}

function readFee(bytes: Uint8Array): Fee | undefined {
  const r = new ProtoReader(bytes);
  const amount: Coin[] = [];
  let gasLimit: bigint | undefined;
  let payer: string | undefined;
  let granter: string | undefined;
  while (!r.done()) {
    const tag = r.byte();
    if (tag === 0x0a) {
      const coin = readCoin(r.chunk());
      if (coin === undefined) return undefined;
      amount.push(coin);
    } else if (tag === 0x10 && gasLimit === undefined) gasLimit = r.uint64();
    else if (tag === 0x1a && payer === undefined) payer = text(r);
    else if (tag === 0x22 && granter === undefined) granter = text(r);
    else return undefined;
  }
  if (r.failed) return undefined;
  return { amount, gasLimit: gasLimit ?? 0n, payer: payer ?? "", granter: granter ?? "" };
}

function readCoin(bytes: Uint8Array): Coin | undefined {
  const r = new ProtoReader(bytes);
  let denom: string | undefined;
  let amount: string | undefined;
  while (!r.done()) {
    const tag = r.byte();
    if (tag === 0x0a && denom === undefined) denom = text(r);
    else if (tag === 0x12 && amount === undefined) amount = text(r);
    else return undefined;
  }
  if (r.failed) return undefined;
  return { denom: denom ?? "", amount: amount ?? "" };
}

function readAny(bytes: Uint8Array): Any | undefined {
  const r = new ProtoReader(bytes);
  let typeUrl: string | undefined;
  let value: Uint8Array | undefined;
  while (!r.done()) {
    const tag = r.byte();
    if (tag === 0x0a && typeUrl === undefined) typeUrl = text(r);
    else if (tag === 0x12 && value === undefined) value = r.chunk();
    else return undefined;
  }
  if (r.failed) return undefined;
  return { typeUrl: typeUrl ?? "", value: value ?? new Uint8Array() };
}

/** A short ASCII string field; anything else marks the reader failed (generic path). */
function text(r: ProtoReader): string {
  const b = r.chunk();
  if (b.length > MAX_STRING) return r.fail();
  for (let i = 0; i < b.length; i++) if (b[i]! >= 0x80) return r.fail();
  return String.fromCharCode.apply(null, b as unknown as number[]);
}
