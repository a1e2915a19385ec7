import { MsgUnjail, MsgUnjailResponse } from "cosmjs-types/cosmos/slashing/v1beta1/tx";
import { addressString, valoperBytes } from "../../chain/address.ts";
import type { Context } from "../../chain/context.ts";
import type { MsgHandler } from "../../chain/module.ts";
import { blockTime, formatRfc3339, fromTimestamp } from "../../chain/timestamp.ts";
import { slashingErrors } from "./errors.ts";
import type { SlashingKeeper } from "./keeper.ts";

export const AMINO_UNJAIL = "cosmos-sdk/MsgUnjail";

/**
 * MsgUnjail (Keeper.Unjail): the operator brings a jailed validator back once its jail time
 * has passed, if its self-delegation still covers min_self_delegation; never when tombstoned.
 */
export function msgUnjailHandler(k: SlashingKeeper): MsgHandler<MsgUnjail> {
  return {
    typeUrl: "/cosmos.slashing.v1beta1.MsgUnjail",
    responseTypeUrl: "/cosmos.slashing.v1beta1.MsgUnjailResponse",
    module: "slashing",
    decode: (b) => MsgUnjail.decode(b),
    validateBasic: (msg) => void valoperBytes(msg.validatorAddr),
    signers: (msg) => [addressString(valoperBytes(msg.validatorAddr))],
    // PERF: a few reads (validator, delegation, signing info) and the power index write.
    handle(ctx: Context, msg) {
      const op = valoperBytes(msg.validatorAddr);
      const v = k.staking.validatorByOperator(ctx.kv, op);
      if (!v) throw slashingErrors.noValidatorForAddress.wrap(`no validator ${msg.validatorAddr}`);
      const self = k.staking.selfDelegationTokens(ctx.kv, op);
      if (self === undefined) throw slashingErrors.missingSelfDelegation.wrap(`${msg.validatorAddr} has no self-delegation`);
      if (self < v.minSelfDelegation) throw slashingErrors.selfDelegationTooLowToUnjail.wrap(`${self} less than ${v.minSelfDelegation}`);
      if (!v.jailed) throw slashingErrors.validatorNotJailed.wrap(`${msg.validatorAddr} is not jailed`);
      const info = k.getSigningInfo(ctx.kv, v.consAddress);
      if (info?.tombstoned) throw slashingErrors.validatorJailed.wrap(`${msg.validatorAddr} is tombstoned for double signing and can never be unjailed`);
      if (info && blockTime(ctx.block) < fromTimestamp(info.jailedUntil)) {
        throw slashingErrors.validatorJailed.wrap(`${msg.validatorAddr} is jailed until ${formatRfc3339(fromTimestamp(info.jailedUntil))}`);
      }
      k.staking.unjail(ctx, v.consAddress);
      return MsgUnjailResponse.encode({}).finish();
    },
    amino: { name: AMINO_UNJAIL, toAmino: (msg) => ({ address: msg.validatorAddr }) },
  };
}
