import type { Context } from "../../chain/context.ts";

/**
 * The SDK ante handler's `tx` events, attribute for attribute, which explorers and CosmJS's
 * tx search (`tx.fee_payer='…'`, `tx.acc_seq='addr/seq'`) read. Auth emits nothing else.
 */

/** `tx.fee` (the fee as declared, `""` when none) and `tx.fee_payer` (the first signer). */
export function emitTxFee(ctx: Context, fee: string, payer: string): void {
  ctx.events.emit("tx", [["fee", fee], ["fee_payer", payer]]);
}

/** `tx.acc_seq`: `<signer>/<sequence it signed with>`, one event per signer. */
export function emitAccSeq(ctx: Context, signer: string, sequence: bigint): void {
  ctx.events.emit("tx", [["acc_seq", `${signer}/${sequence}`]]);
}

/** `tx.signature`: each signature, base64, one event per signature. */
export function emitSignature(ctx: Context, signature: Uint8Array): void {
  // Node's base64 (padded, standard alphabet) is @cosmjs/encoding's toBase64, several times faster.
  ctx.events.emit("tx", [["signature", Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength).toString("base64")]]);
}
