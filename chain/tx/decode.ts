import { AuthInfo, type Fee, TxBody, TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import type { Any } from "cosmjs-types/google/protobuf/any";
import { sha256Native } from "../crypto/hash.ts";
import { sdkErrors } from "../errors.ts";
import { type TxEnvelope, readTxEnvelope } from "./envelopeReader.ts";
import { authInfoSchema, txBodySchema, txRawSchema } from "./txWireSchemas.ts";
import { checkWire } from "./wireSchema.ts";

/**
 * A tx as received, decoded and checked for shape (not for state: no account, sequence or
 * signature is looked at here).
 *
 * `bodyBytes` and `authInfoBytes` are the exact bytes from the TxRaw: sign bytes must be built
 * from them, never from a re-encoding of `body` / `authInfo`. Byte fields are views into `raw`,
 * so the caller must not reuse or mutate the buffer it passed to `decodeTx`.
 */
export interface DecodedTx {
  /** The TxRaw bytes exactly as broadcast. */
  raw: Uint8Array;
  /** sha256(raw), 32 bytes: the CometBFT tx hash (uppercase hex on the RPC). */
  hash: Uint8Array;
  /** raw.length, for size gas. */
  size: number;
  bodyBytes: Uint8Array;
  authInfoBytes: Uint8Array;
  body: TxBody;
  authInfo: AuthInfo;
  /** authInfo.fee, guaranteed present (an empty `Fee{}` is allowed, e.g. for simulate). */
  fee: Fee;
  /** One per signer info (checked), in signer order. Not length-checked: see verifySecp256k1. */
  signatures: Uint8Array[];
  /** body.messages: at least one (checked); still undecoded Anys, for the router. */
  messages: Any[];
  /**
   * Values the tx path derives from this tx (routed messages, parsed fee), filled on first use
   * and reused by the tx's later runs: CheckTx, ReCheck and FinalizeBlock share one DecodedTx
   * through the App's decode cache. Each is a pure function of the tx bytes; their owners
   * (runTx.ts, auth's ante fee.ts) say when one may be reused. A plain slot, not a WeakMap:
   * WeakMap entries cost the GC more than the lookups they save.
   */
  derived: { routed?: unknown; fee?: unknown };
}

export interface DecodeLimits {
  /** Largest accepted raw tx, in bytes (CometBFT mempool max_tx_bytes / consensus block size). */
  maxTxBytes: number;
}

/** The SDK's MaxGasWanted: gas limits must fit an int64. */
const MAX_GAS_WANTED = (1n << 63n) - 1n;

/**
 * Decodes and shape-checks a broadcast TxRaw. Also accepts the `Tx` CosmJS sends to Simulate
 * (its embedded messages parse as TxRaw's byte fields).
 *
 * Throws ChainError (codespace sdk):
 * - 21 txTooLarge: raw is longer than `limits.maxTxBytes`;
 * - 2 txDecode: empty input, malformed or truncated protobuf, wrong wire types, unknown fields
 *   (TxRaw, AuthInfo and nested types: any; TxBody: critical ones only), invalid UTF-8,
 *   missing `AuthInfo.fee` (the SDK requires the field; CosmJS always sets it, even to an
 *   empty `Fee{}` in simulate, so an absent fee is refused rather than read as zero);
 * - 18 invalidRequest: no messages, or a gas limit above 2^63-1;
 * - 31 unknownExtensionOptions: non-empty `extension_options` (non-critical ones are ignored,
 *   as in the SDK);
 * - 37 notSupported: `unordered`, `timeout_timestamp` or a `tip` set (this chain implements
 *   none of them, so silently ignoring them would change what the signer asked for);
 * - 4 unauthorized: signer infos and signatures differ in number;
 * - 15 noSignatures: neither signer infos nor signatures.
 *
 * The usual shape is read directly (envelopeReader.ts); anything else takes the generic path.
 * PERF: linear in the tx size (one read pass, or a wire pass and a decode pass; one sha256).
 */
export function decodeTx(raw: Uint8Array, limits: DecodeLimits): DecodedTx {
  if (raw.length > limits.maxTxBytes) {
    throw sdkErrors.txTooLarge.wrap(`tx is ${raw.length} bytes, the maximum is ${limits.maxTxBytes}`);
  }
  if (raw.length === 0) throw sdkErrors.txDecode.wrap("empty tx");

  const { bodyBytes, authInfoBytes, signatures, body, authInfo } = readTxEnvelope(raw) ?? decodeEnvelopeGeneric(raw);

  checkBody(body);
  const fee = checkAuthInfo(authInfo);
  checkSignatureCount(authInfo, signatures);

  return { raw, hash: sha256Native(raw), size: raw.length, bodyBytes, authInfoBytes, body, authInfo, fee, signatures, messages: body.messages, derived: {} };
}

/**
 * The strict wire check, then cosmjs-types' decoders: every shape readTxEnvelope leaves out,
 * and the reference it is tested against. Throws txDecode (2) for malformed input.
 * PERF: linear in the tx size; a BinaryReader and a string per uint64 on the way.
 */
export function decodeEnvelopeGeneric(raw: Uint8Array): TxEnvelope {
  checkWire(txRawSchema, raw);
  const { bodyBytes, authInfoBytes, signatures } = TxRaw.decode(raw);
  checkWire(txBodySchema, bodyBytes);
  checkWire(authInfoSchema, authInfoBytes);
  return { bodyBytes, authInfoBytes, signatures, body: TxBody.decode(bodyBytes), authInfo: AuthInfo.decode(authInfoBytes) };
}

function checkBody(body: TxBody): void {
  if (body.messages.length === 0) throw sdkErrors.invalidRequest.wrap("tx must contain at least one message");
  if (body.extensionOptions.length > 0) {
    const urls = body.extensionOptions.map((o) => o.typeUrl).join(", ");
    throw sdkErrors.unknownExtensionOptions.wrap(`extension options are not accepted (got ${urls})`);
  }
  if (body.unordered) throw sdkErrors.notSupported.wrap("unordered transactions are not supported; set a sequence instead");
  if (body.timeoutTimestamp !== undefined) {
    throw sdkErrors.notSupported.wrap("timeout_timestamp is not supported; use timeout_height");
  }
}

function checkAuthInfo(authInfo: AuthInfo): Fee {
  if (authInfo.tip !== undefined) throw sdkErrors.notSupported.wrap("tips are not supported");
  const fee = authInfo.fee;
  if (fee === undefined) throw sdkErrors.txDecode.wrap("missing fee in auth info (an empty Fee is allowed, an absent one is not)");
  if (fee.gasLimit > MAX_GAS_WANTED) {
    throw sdkErrors.invalidRequest.wrap(`invalid gas supplied; ${fee.gasLimit} > ${MAX_GAS_WANTED}`);
  }
  return fee;
}

function checkSignatureCount(authInfo: AuthInfo, signatures: Uint8Array[]): void {
  const expected = authInfo.signerInfos.length;
  if (signatures.length !== expected) {
    throw sdkErrors.unauthorized.wrap(`wrong number of signatures; expected ${expected}, got ${signatures.length}`);
  }
  if (expected === 0) throw sdkErrors.noSignatures.wrap("tx has no signer infos and no signatures");
}
