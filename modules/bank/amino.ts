import type { MsgMultiSend, MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";

/**
 * Amino JSON of the bank messages, exactly as @cosmjs/stargate's createBankAminoConverters
 * builds it (field names snake_case, coins `{amount, denom}`, nothing omitted; key order does
 * not matter because the sign doc serialiser sorts keys). Pure functions: the bank module
 * registers them as its `MsgHandler.amino`.
 */

export const AMINO_MSG_SEND = "cosmos-sdk/MsgSend";
export const AMINO_MSG_MULTI_SEND = "cosmos-sdk/MsgMultiSend";

export interface AminoCoin {
  amount: string;
  denom: string;
}

export interface AminoMsgSendValue {
  from_address: string;
  to_address: string;
  amount: AminoCoin[];
}

export interface AminoMsgMultiSendValue {
  inputs: { address: string; coins: AminoCoin[] }[];
  outputs: { address: string; coins: AminoCoin[] }[];
}

function aminoCoins(coins: readonly { amount: string; denom: string }[]): AminoCoin[] {
  return coins.map((c) => ({ amount: c.amount, denom: c.denom }));
}

export function msgSendToAmino(msg: MsgSend): AminoMsgSendValue {
  return { from_address: msg.fromAddress, to_address: msg.toAddress, amount: aminoCoins(msg.amount) };
}

export function msgMultiSendToAmino(msg: MsgMultiSend): AminoMsgMultiSendValue {
  return {
    inputs: msg.inputs.map((i) => ({ address: i.address, coins: aminoCoins(i.coins) })),
    outputs: msg.outputs.map((o) => ({ address: o.address, coins: aminoCoins(o.coins) })),
  };
}
