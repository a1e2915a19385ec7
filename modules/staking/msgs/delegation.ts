import {
  MsgBeginRedelegate, MsgBeginRedelegateResponse, MsgDelegate, MsgDelegateResponse, MsgUndelegate, MsgUndelegateResponse,
} from "cosmjs-types/cosmos/staking/v1beta1/tx";
import { addressBytes, valoperBytes } from "../../../chain/address.ts";
import type { Context } from "../../../chain/context.ts";
import { sdkErrors } from "../../../chain/errors.ts";
import type { MsgHandler } from "../../../chain/module.ts";
import { toTimestamp } from "../../../chain/timestamp.ts";
import {
  AMINO_BEGIN_REDELEGATE, AMINO_DELEGATE, AMINO_UNDELEGATE, beginRedelegateToAmino, delegateToAmino, undelegateToAmino,
} from "../amino.ts";
import { beginRedelegation, delegate, undelegate, validateUnbondAmount } from "../delegation.ts";
import { emitDelegate, emitRedelegate, emitUnbond } from "../events.ts";
import type { StakingKeeper } from "../keeper.ts";
import { coinToWire } from "../../../chain/coins.ts";
import { parseBondCoin } from "./common.ts";
import { UNBONDED } from "../types.ts";

function assertBondDenom(k: StakingKeeper, ctx: Context, denom: string): void {
  const bondDenom = k.getParams(ctx.kv).bondDenom;
  if (denom !== bondDenom) throw sdkErrors.invalidRequest.wrap(`invalid coin denomination: got ${denom}, expected ${bondDenom}`);
}

export function msgDelegateHandler(k: StakingKeeper): MsgHandler<MsgDelegate> {
  return {
    typeUrl: "/cosmos.staking.v1beta1.MsgDelegate",
    responseTypeUrl: "/cosmos.staking.v1beta1.MsgDelegateResponse",
    module: "staking",
    decode: (b) => MsgDelegate.decode(b),
    validateBasic(msg) {
      addressBytes(msg.delegatorAddress, "delegator address");
      valoperBytes(msg.validatorAddress);
      parseBondCoin(msg.amount, "invalid delegation amount");
    },
    signers: (msg) => [msg.delegatorAddress],
    // PERF: a few reads and writes (validator, delegation, power index, two balances).
    async handle(ctx: Context, msg) {
      const v = k.mustGetValidator(ctx.kv, valoperBytes(msg.validatorAddress));
      assertBondDenom(k, ctx, msg.amount.denom);
      const amount = parseBondCoin(msg.amount, "invalid delegation amount");
      const shares = await delegate(k, ctx, addressBytes(msg.delegatorAddress), amount, UNBONDED, v, true);
      emitDelegate(ctx, { validator: msg.validatorAddress, delegator: msg.delegatorAddress, amount: `${amount}${msg.amount.denom}`, newShares: shares });
      return MsgDelegateResponse.encode({}).finish();
    },
    amino: { name: AMINO_DELEGATE, toAmino: delegateToAmino },
  };
}

export function msgUndelegateHandler(k: StakingKeeper): MsgHandler<MsgUndelegate> {
  return {
    typeUrl: "/cosmos.staking.v1beta1.MsgUndelegate",
    responseTypeUrl: "/cosmos.staking.v1beta1.MsgUndelegateResponse",
    module: "staking",
    decode: (b) => MsgUndelegate.decode(b),
    validateBasic(msg) {
      addressBytes(msg.delegatorAddress, "delegator address");
      valoperBytes(msg.validatorAddress);
      parseBondCoin(msg.amount, "invalid shares amount");
    },
    signers: (msg) => [msg.delegatorAddress],
    async handle(ctx: Context, msg) {
      const del = addressBytes(msg.delegatorAddress);
      const op = valoperBytes(msg.validatorAddress);
      const shares = validateUnbondAmount(k, ctx, del, op, parseBondCoin(msg.amount, "invalid shares amount"));
      assertBondDenom(k, ctx, msg.amount.denom);
      const { completion, amount } = await undelegate(k, ctx, del, op, shares);
      emitUnbond(ctx, { validator: msg.validatorAddress, delegator: msg.delegatorAddress, amount: `${amount}${msg.amount.denom}`, completion });
      return MsgUndelegateResponse.encode({ completionTime: toTimestamp(completion), amount: coinToWire({ denom: msg.amount.denom, amount }) }).finish();
    },
    amino: { name: AMINO_UNDELEGATE, toAmino: undelegateToAmino },
  };
}

export function msgBeginRedelegateHandler(k: StakingKeeper): MsgHandler<MsgBeginRedelegate> {
  return {
    typeUrl: "/cosmos.staking.v1beta1.MsgBeginRedelegate",
    responseTypeUrl: "/cosmos.staking.v1beta1.MsgBeginRedelegateResponse",
    module: "staking",
    decode: (b) => MsgBeginRedelegate.decode(b),
    validateBasic(msg) {
      addressBytes(msg.delegatorAddress, "delegator address");
      valoperBytes(msg.validatorSrcAddress, "source validator address");
      valoperBytes(msg.validatorDstAddress, "destination validator address");
      parseBondCoin(msg.amount, "invalid shares amount");
    },
    signers: (msg) => [msg.delegatorAddress],
    async handle(ctx: Context, msg) {
      const del = addressBytes(msg.delegatorAddress);
      const src = valoperBytes(msg.validatorSrcAddress);
      const dst = valoperBytes(msg.validatorDstAddress);
      const amount = parseBondCoin(msg.amount, "invalid shares amount");
      const shares = validateUnbondAmount(k, ctx, del, src, amount);
      assertBondDenom(k, ctx, msg.amount.denom);
      const completion = await beginRedelegation(k, ctx, del, src, dst, shares);
      emitRedelegate(ctx, {
        source: msg.validatorSrcAddress, destination: msg.validatorDstAddress, delegator: msg.delegatorAddress, amount: `${amount}${msg.amount.denom}`, completion,
      });
      return MsgBeginRedelegateResponse.encode({ completionTime: toTimestamp(completion) }).finish();
    },
    amino: { name: AMINO_BEGIN_REDELEGATE, toAmino: beginRedelegateToAmino },
  };
}
