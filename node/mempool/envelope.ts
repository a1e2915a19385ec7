/**
 * The outer layers of a Cosmos tx (TxRaw and its AuthInfo), decoded once per admission and
 * shared by the priority (fee per gas) and the signature pre-verifier. Undefined when they do
 * not decode: CheckTx then decides on the tx with its own, stricter decoder.
 */
import { AuthInfo, TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";

export interface TxEnvelope {
  txRaw: TxRaw;
  authInfo: AuthInfo;
}

/** PERF: two protobuf decodes, linear in the tx size. */
export function decodeEnvelope(tx: Uint8Array): TxEnvelope | undefined {
  try {
    const txRaw = TxRaw.decode(tx);
    return { txRaw, authInfo: AuthInfo.decode(txRaw.authInfoBytes) };
  } catch {
    return undefined;
  }
}
