import { MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { ProtoReader } from "../../chain/protoReader.ts";

/**
 * MsgSend decoding for the block path: cosmjs-types' string reader allocates a scratch array
 * per string. This reads the usual shape directly (from_address, to_address, coins {denom,
 * amount}, ASCII text, each address once, nothing unknown) and hands every other input to
 * `MsgSend.decode`, so the result is always the generic decoder's. A tx's FinalizeBlock does not
 * decode its sends again: runTx keeps the messages CheckTx routed (chain/tx/runTx.ts routeTx).
 * PERF: one pass over the message bytes.
 */
export function decodeMsgSend(b: Uint8Array): MsgSend {
  return fastMsgSend(b) ?? MsgSend.decode(b);
}

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
