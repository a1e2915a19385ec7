import type { Fee } from "cosmjs-types/cosmos/tx/v1beta1/tx";

const utf8 = new TextEncoder();

/**
 * SIGN_MODE_LEGACY_AMINO_JSON sign bytes: the UTF-8 StdSignDoc JSON, byte for byte what
 * @cosmjs/amino `serializeSignDoc(makeSignDoc(...))` produces, which is what Ledger, Keplr and
 * CosmJS amino signers sign. The chain never receives this JSON: it rebuilds it from the
 * protobuf body and auth info, so any difference here is a failed signature.
 *
 * Rules (CosmJS signdoc.js; SDK x/tx/signing/aminojson agrees for these fields):
 * - object keys sorted at every depth, no whitespace;
 * - `&`, `<`, `>` written as `\u0026`, `\u003c`, `\u003e` (Go's HTML-safe JSON);
 * - account_number, sequence, fee.gas and timeout_height are decimal strings;
 * - memo always present; timeout_height only when non-zero; fee.granter / fee.payer only when
 *   non-empty.
 */

/** A message in amino form, e.g. `{type: "cosmos-sdk/MsgSend", value: {...}}`. */
export interface AminoMsg {
  type: string;
  value: unknown;
}

export interface AminoSignDocArgs {
  chainId: string;
  accountNumber: bigint;
  sequence: bigint;
  fee: Fee;
  memo: string;
  timeoutHeight: bigint;
  msgs: readonly AminoMsg[];
}

/** The StdSignDoc as a plain object, before key sorting (exported for tests and debugging). */
export function aminoSignDoc(args: AminoSignDocArgs): Record<string, unknown> {
  const doc: Record<string, unknown> = {
    account_number: args.accountNumber.toString(),
    chain_id: args.chainId,
    fee: aminoFee(args.fee),
    memo: args.memo,
    msgs: args.msgs.map((m) => ({ type: m.type, value: m.value })),
    sequence: args.sequence.toString(),
  };
  if (args.timeoutHeight !== 0n) doc.timeout_height = args.timeoutHeight.toString();
  return doc;
}

/** The amino JSON of a protobuf Fee: `{amount:[{amount,denom}], gas, granter?, payer?}`. */
export function aminoFee(fee: Fee): Record<string, unknown> {
  const out: Record<string, unknown> = {
    amount: fee.amount.map((c) => ({ amount: c.amount, denom: c.denom })),
    gas: fee.gasLimit.toString(),
  };
  if (fee.granter !== "") out.granter = fee.granter;
  if (fee.payer !== "") out.payer = fee.payer;
  return out;
}

/**
 * The bytes an amino-JSON signer signed (their sha256 is what the signature covers).
 * `accountNumber` and `chainId` come from state and config; `sequence` is the signer's.
 * PERF: linear in the JSON size (a sort of each object's keys, one stringify).
 */
export function aminoSignBytes(args: AminoSignDocArgs): Uint8Array {
  return utf8.encode(escapeHtmlChars(sortedJsonStringify(aminoSignDoc(args))));
}

/** JSON.stringify with object keys sorted at every depth (CosmJS sortedJsonStringify). */
export function sortedJsonStringify(value: unknown): string {
  return JSON.stringify(sortKeysDeep(value));
}

function sortKeysDeep(value: unknown): unknown {
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  const src = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  // Code-unit order, as Array.prototype.sort without a comparator (what CosmJS uses).
  for (const key of Object.keys(src).sort()) out[key] = sortKeysDeep(src[key]);
  return out;
}

/** `&` `<` `>` only ever occur inside JSON strings, so a global replace is exact. */
function escapeHtmlChars(json: string): string {
  return json.replace(/&/g, "\\u0026").replace(/</g, "\\u003c").replace(/>/g, "\\u003e");
}
