import { MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { equalBytes } from "../../chain/keys.ts";
import { ProtoReader } from "../../chain/protoReader.ts";

/**
 * MsgSend decoding for the block path: every bank send is decoded by CheckTx and again by
 * FinalizeBlock, and cosmjs-types' string reader allocates a scratch array per string. This
 * reads the usual shape directly (from_address, to_address, coins {denom, amount}, ASCII text,
 * each address once, nothing unknown) and hands every other input to `MsgSend.decode`, so the
 * result is always the generic decoder's. PERF: one pass over the message bytes; a byte compare
 * when the same array was decoded before.
 */
export function decodeMsgSend(b: Uint8Array): MsgSend {
  const hit = decodedByBytes.get(b);
  if (hit !== undefined && equalBytes(hit.bytes, b)) return hit.msg;
  const msg = fastMsgSend(b) ?? MsgSend.decode(b);
  decodedByBytes.set(b, { msg, bytes: b.slice() });
  return msg;
}

/**
 * The message decoded from each byte array, for as long as the array lives. A tx decoded by
 * CheckTx stays in the App's decoded-tx cache until its block, so FinalizeBlock routes the same
 * `Any.value` array again and gets the same message without decoding it (then the entry goes
 * with the tx). A hit is checked against a copy of the bytes it was decoded from, so a buffer
 * changed in between decodes again. Message objects are never changed by their readers
 * (handlers, amino, ante). Node-local: speed only, never results.
 */
const decodedByBytes = new WeakMap<Uint8Array, { msg: MsgSend; bytes: Uint8Array }>();

function fastMsgSend(b: Uint8Array): MsgSend | undefined {
  const r = new ProtoReader(b);
  let fromAddress: string | undefined;
  let toAddress: string | undefined;
  const amount: { denom: string; amount: string }[] = [];
  while (!r.done()) {
    const tag = r.byte();
    if (tag === 0x0a && fromAddress === undefined) fromAddress = r.ascii();
    else if (tag === 0x12 && toAddress === undefined) toAddress = r.ascii();
    else if (tag === 0x1a) {
      const coin = new ProtoReader(r.chunk());
      let denom: string | undefined;
      let value: string | undefined;
      while (!coin.done()) {
        const t = coin.byte();
        if (t === 0x0a && denom === undefined) denom = coin.ascii();
        else if (t === 0x12 && value === undefined) value = coin.ascii();
        else return undefined;
      }
      if (coin.failed) return undefined;
      amount.push({ denom: denom ?? "", amount: value ?? "" });
    } else return undefined;
    if (r.failed) return undefined;
  }
  if (r.failed) return undefined;
  return { fromAddress: fromAddress ?? "", toAddress: toAddress ?? "", amount };
}
