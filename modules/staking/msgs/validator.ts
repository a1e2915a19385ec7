import {
  MsgCreateValidator, MsgCreateValidatorResponse, MsgEditValidator, MsgEditValidatorResponse,
} from "cosmjs-types/cosmos/staking/v1beta1/tx";
import type { Validator } from "cosmjs-types/cosmos/staking/v1beta1/staking";
import { addressBytes, addressString, valoperBytes, valoperString } from "../../../chain/address.ts";
import type { Context } from "../../../chain/context.ts";
import { decFromWire, decToWire, formatDec } from "../../../chain/dec.ts";
import { sdkErrors } from "../../../chain/errors.ts";
import type { MsgHandler } from "../../../chain/module.ts";
import { blockTime, fromTimestamp, toTimestamp } from "../../../chain/timestamp.ts";
import { AMINO_CREATE_VALIDATOR, AMINO_EDIT_VALIDATOR, createValidatorToAmino, editValidatorToAmino } from "../amino.ts";
import { delegate } from "../delegation.ts";
import { stakingErrors } from "../errors.ts";
import { emitCreateValidator, emitEditValidator } from "../events.ts";
import type { StakingKeeper } from "../keeper.ts";
import { parseBondCoin } from "./common.ts";
import { UNBONDED, consAddressOf, pubkeyFromAny, tokensOf } from "../types.ts";
import {
  ensureDescriptionLength, isEmptyDescription, positiveInt, ratesFromWire, updateDescription, validateNewRate, validateRates,
} from "../validate.ts";

/** The operator account signs: its bytes are the validator address's bytes under `trib`. */
const operatorAccount = (valoper: string) => addressString(valoperBytes(valoper));

export function msgCreateValidatorHandler(k: StakingKeeper): MsgHandler<MsgCreateValidator> {
  return {
    typeUrl: "/cosmos.staking.v1beta1.MsgCreateValidator",
    responseTypeUrl: "/cosmos.staking.v1beta1.MsgCreateValidatorResponse",
    module: "staking",
    decode: (b) => MsgCreateValidator.decode(b),
    // MsgCreateValidator.Validate.
    validateBasic(msg) {
      const op = valoperBytes(msg.validatorAddress);
      if (msg.delegatorAddress !== "" && addressString(op) !== addressString(addressBytes(msg.delegatorAddress, "delegator address"))) {
        throw sdkErrors.invalidRequest.wrap(`delegator address ${msg.delegatorAddress} is not the operator's account ${addressString(op)}`);
      }
      pubkeyFromAny(msg.pubkey);
      const value = parseBondCoin(msg.value, "invalid delegation amount");
      if (isEmptyDescription(msg.description)) throw sdkErrors.invalidRequest.wrap("empty description");
      if (msg.description.moniker === "") throw sdkErrors.invalidRequest.wrap("moniker cannot be blank");
      ensureDescriptionLength(msg.description);
      validateRates(ratesFromWire(msg.commission));
      const min = positiveInt(msg.minSelfDelegation, "minimum self delegation");
      if (value < min) {
        throw stakingErrors.selfDelegationBelowMinimum.wrap(`self-bond ${msg.value.amount} is below min_self_delegation ${min}`);
      }
    },
    signers: (msg) => [operatorAccount(msg.validatorAddress)],
    // PERF: a handful of reads and writes (validator, indexes, delegation, two balances) plus the hooks.
    async handle(ctx: Context, msg) {
      const op = valoperBytes(msg.validatorAddress);
      const params = k.getParams(ctx.kv);
      const rates = ratesFromWire(msg.commission);
      if (rates.rate < params.minCommissionRate) {
        throw stakingErrors.commissionLTMinRate.wrap(`cannot set validator commission to less than minimum rate of ${formatDec(params.minCommissionRate)}`);
      }
      if (k.getValidator(ctx.kv, op)) throw stakingErrors.validatorOwnerExists.wrap(`operator ${msg.validatorAddress} already runs a validator`);
      const pubkey = pubkeyFromAny(msg.pubkey);
      const cons = consAddressOf(pubkey);
      if (k.hasValidatorByCons(ctx.kv, cons)) throw stakingErrors.validatorPubKeyExists.wrap(`consensus key already used by ${k.getValidatorByCons(ctx.kv, cons)?.operatorAddress}`);
      const amount = parseBondCoin(msg.value, "invalid delegation amount");
      if (msg.value.denom !== params.bondDenom) {
        throw sdkErrors.invalidRequest.wrap(`invalid coin denomination: got ${msg.value.denom}, expected ${params.bondDenom}`);
      }
      const now = toTimestamp(blockTime(ctx.block));
      const v: Validator = {
        operatorAddress: valoperString(op),
        consensusPubkey: msg.pubkey,
        jailed: false,
        status: UNBONDED,
        tokens: "0",
        delegatorShares: "0",
        description: msg.description,
        unbondingHeight: 0n,
        unbondingTime: { seconds: 0n, nanos: 0 },
        commission: {
          commissionRates: { rate: decToWire(rates.rate), maxRate: decToWire(rates.maxRate), maxChangeRate: decToWire(rates.maxChangeRate) },
          updateTime: now,
        },
        minSelfDelegation: msg.minSelfDelegation,
        unbondingOnHoldRefCount: 0n,
        unbondingIds: [],
      };
      k.setValidator(ctx, v);
      k.setValidatorByCons(ctx, v);
      k.setPowerIndex(ctx, v);
      await k.hooks.afterValidatorCreated(ctx, op, cons);
      await delegate(k, ctx, op, amount, UNBONDED, v, true);
      emitCreateValidator(ctx, msg.validatorAddress, `${amount}${msg.value.denom}`);
      return MsgCreateValidatorResponse.encode({}).finish();
    },
    amino: { name: AMINO_CREATE_VALIDATOR, toAmino: createValidatorToAmino },
  };
}

export function msgEditValidatorHandler(k: StakingKeeper): MsgHandler<MsgEditValidator> {
  return {
    typeUrl: "/cosmos.staking.v1beta1.MsgEditValidator",
    responseTypeUrl: "/cosmos.staking.v1beta1.MsgEditValidatorResponse",
    module: "staking",
    decode: (b) => MsgEditValidator.decode(b),
    validateBasic(msg) {
      valoperBytes(msg.validatorAddress);
      if (isEmptyDescription(msg.description)) throw sdkErrors.invalidRequest.wrap("empty description");
      if (msg.minSelfDelegation !== "") positiveInt(msg.minSelfDelegation, "minimum self delegation");
      if (msg.commissionRate !== "") {
        const r = decFromWire(msg.commissionRate, "commission rate");
        if (r < 0n || r > 10n ** 18n) throw sdkErrors.invalidRequest.wrap("commission rate must be between 0 and 1 (inclusive)");
      }
    },
    signers: (msg) => [operatorAccount(msg.validatorAddress)],
    async handle(ctx: Context, msg) {
      const params = k.getParams(ctx.kv);
      const op = valoperBytes(msg.validatorAddress);
      const v = k.mustGetValidator(ctx.kv, op);
      const next: Validator = { ...v, description: updateDescription(v.description, msg.description) };
      if (msg.commissionRate !== "") {
        const rate = decFromWire(msg.commissionRate, "commission rate");
        if (rate < params.minCommissionRate) {
          throw stakingErrors.commissionLTMinRate.wrap(`cannot set validator commission to less than minimum rate of ${formatDec(params.minCommissionRate)}`);
        }
        const now = blockTime(ctx.block);
        validateNewRate(ratesFromWire(v.commission.commissionRates), fromTimestamp(v.commission.updateTime), rate, now);
        next.commission = { commissionRates: { ...v.commission.commissionRates, rate: decToWire(rate) }, updateTime: toTimestamp(now) };
        // Before the new rate applies (the SDK's BeforeValidatorModified).
        await k.hooks.beforeValidatorModified(ctx, op);
      }
      if (msg.minSelfDelegation !== "") {
        const min = BigInt(msg.minSelfDelegation);
        if (min <= BigInt(v.minSelfDelegation)) {
          throw stakingErrors.minSelfDelegationDecreased.wrap(`new minimum ${min} is not above the current ${v.minSelfDelegation}`);
        }
        if (min > tokensOf(v)) throw stakingErrors.selfDelegationBelowMinimum.wrap(`new minimum ${min} exceeds the validator's tokens ${v.tokens}`);
        next.minSelfDelegation = min.toString();
      }
      k.setValidator(ctx, next);
      emitEditValidator(ctx, decFromWire(next.commission.commissionRates.rate), next.minSelfDelegation);
      return MsgEditValidatorResponse.encode({}).finish();
    },
    amino: { name: AMINO_EDIT_VALIDATOR, toAmino: editValidatorToAmino },
  };
}
