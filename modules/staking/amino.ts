import type { MsgBeginRedelegate, MsgCreateValidator, MsgDelegate, MsgEditValidator, MsgUndelegate } from "cosmjs-types/cosmos/staking/v1beta1/tx";
import { toBase64 } from "@cosmjs/encoding";
import { decFromWire, formatDec } from "../../chain/dec.ts";
import { pubkeyFromAny } from "./types.ts";

/**
 * Amino JSON of the staking messages, exactly as @cosmjs/stargate's
 * createStakingAminoConverters builds it (so SIGN_MODE_LEGACY_AMINO_JSON signatures verify):
 * decimals in their dotted 18-place form, coins `{amount, denom}`, absent optional fields left
 * out. Key order does not matter: the sign doc serialiser sorts keys.
 */

export const AMINO_DELEGATE = "cosmos-sdk/MsgDelegate";
export const AMINO_UNDELEGATE = "cosmos-sdk/MsgUndelegate";
export const AMINO_BEGIN_REDELEGATE = "cosmos-sdk/MsgBeginRedelegate";
export const AMINO_CREATE_VALIDATOR = "cosmos-sdk/MsgCreateValidator";
export const AMINO_EDIT_VALIDATOR = "cosmos-sdk/MsgEditValidator";

const coin = (c: { amount: string; denom: string }) => ({ amount: c.amount, denom: c.denom });
const jsonDec = (wire: string) => formatDec(decFromWire(wire));
const description = (d: MsgCreateValidator["description"]) => ({
  moniker: d.moniker,
  identity: d.identity,
  website: d.website,
  security_contact: d.securityContact,
  details: d.details,
});

export function delegateToAmino(msg: MsgDelegate) {
  return { delegator_address: msg.delegatorAddress, validator_address: msg.validatorAddress, amount: coin(msg.amount) };
}

export function undelegateToAmino(msg: MsgUndelegate) {
  return { delegator_address: msg.delegatorAddress, validator_address: msg.validatorAddress, amount: coin(msg.amount) };
}

export function beginRedelegateToAmino(msg: MsgBeginRedelegate) {
  return {
    delegator_address: msg.delegatorAddress,
    validator_src_address: msg.validatorSrcAddress,
    validator_dst_address: msg.validatorDstAddress,
    amount: coin(msg.amount),
  };
}

export function createValidatorToAmino(msg: MsgCreateValidator) {
  return {
    description: description(msg.description),
    commission: { rate: jsonDec(msg.commission.rate), max_rate: jsonDec(msg.commission.maxRate), max_change_rate: jsonDec(msg.commission.maxChangeRate) },
    min_self_delegation: msg.minSelfDelegation,
    delegator_address: msg.delegatorAddress,
    validator_address: msg.validatorAddress,
    pubkey: { type: "tendermint/PubKeyEd25519", value: toBase64(pubkeyFromAny(msg.pubkey)) },
    value: coin(msg.value),
  };
}

export function editValidatorToAmino(msg: MsgEditValidator) {
  return {
    description: description(msg.description),
    commission_rate: msg.commissionRate ? jsonDec(msg.commissionRate) : undefined,
    min_self_delegation: msg.minSelfDelegation ? msg.minSelfDelegation : undefined,
    validator_address: msg.validatorAddress,
  };
}
