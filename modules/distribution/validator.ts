import type { Context } from "../../chain/context.ts";
import { type Dec, ONE, decFromInt } from "../../chain/dec.ts";
import { sdkErrors } from "../../chain/errors.ts";
import { type DecCoin, addDec, quoDecCoinsTruncate, subDec } from "./decCoins.ts";
import type { DistributionValidator } from "./expected.ts";
import type { DistributionKeeper } from "./keeper.ts";

/**
 * F1 per validator, as x/distribution/keeper/validator.go. A validator's rewards are kept as a
 * cumulative reward ratio per period (rewards per token of stake since it was created); every
 * event that changes a delegation's stake or the validator's tokens ends the current period, so
 * a delegation's rewards are stake × (ratio at its end − ratio at its start), computed in O(1)
 * whatever the number of delegators. Reference counts keep a period's ratio alive exactly as
 * long as a delegation (or a slash event) still starts from it.
 */

/** initializeValidator: period 0 (ratio 0, one reference: the validator), current period 1. */
export function initializeValidator(k: DistributionKeeper, ctx: Context, op: Uint8Array): void {
  k.setHistorical(ctx, op, 0n, { cumulativeRewardRatio: [], referenceCount: 1 });
  k.setCurrent(ctx, op, { rewards: [], period: 1n });
  k.setCommission(ctx, op, []);
  k.setOutstanding(ctx, op, []);
}

/**
 * IncrementValidatorPeriod: closes the current period, adding its rewards per token (truncated,
 * so nobody can withdraw more than was allocated) to the cumulative ratio; returns the period
 * just ended. A validator without tokens cannot have a ratio: its period rewards go to the
 * community pool. PERF: a handful of reads and writes.
 */
export function incrementValidatorPeriod(k: DistributionKeeper, ctx: Context, v: DistributionValidator): bigint {
  const op = v.operator;
  const rewards = k.getCurrent(ctx.kv, op);
  let current: DecCoin[];
  if (v.tokens === 0n) {
    k.setCommunityPool(ctx, addDec(k.getCommunityPool(ctx.kv), rewards.rewards));
    k.setOutstanding(ctx, op, subDec(k.getOutstanding(ctx.kv, op), rewards.rewards, `outstanding rewards of ${v.operatorAddress}`));
    current = [];
  } else {
    current = quoDecCoinsTruncate(rewards.rewards, decFromInt(v.tokens));
  }
  const historical = k.getHistorical(ctx.kv, op, rewards.period - 1n);
  decrementReferenceCount(k, ctx, op, rewards.period - 1n);
  k.setHistorical(ctx, op, rewards.period, { cumulativeRewardRatio: addDec(historical.cumulativeRewardRatio, current), referenceCount: 1 });
  k.setCurrent(ctx, op, { rewards: [], period: rewards.period + 1n });
  return rewards.period;
}

export function incrementReferenceCount(k: DistributionKeeper, ctx: Context, op: Uint8Array, period: bigint): void {
  const h = k.getHistorical(ctx.kv, op, period);
  if (h.referenceCount > 2) throw sdkErrors.logic.wrap(`reference count of period ${period} should never exceed 2`);
  k.setHistorical(ctx, op, period, { ...h, referenceCount: h.referenceCount + 1 });
}

/** Deletes the period's ratio when its last reference goes. */
export function decrementReferenceCount(k: DistributionKeeper, ctx: Context, op: Uint8Array, period: bigint): void {
  const h = k.getHistorical(ctx.kv, op, period);
  if (h.referenceCount === 0) throw sdkErrors.logic.wrap(`cannot set a negative reference count for period ${period}`);
  if (h.referenceCount === 1) k.deleteHistorical(ctx, op, period);
  else k.setHistorical(ctx, op, period, { ...h, referenceCount: h.referenceCount - 1 });
}

/**
 * updateValidatorSlashFraction (BeforeValidatorSlashed): ends the period at the slash and records
 * the fraction at this height, so rewards after it are computed on the slashed stake.
 */
export function updateValidatorSlashFraction(k: DistributionKeeper, ctx: Context, op: Uint8Array, fraction: Dec): void {
  if (fraction > ONE || fraction < 0n) throw sdkErrors.logic.wrap(`slash fraction must be within [0, 1], got ${fraction}`);
  const v = k.staking.validator(ctx.kv, op);
  if (!v) throw sdkErrors.logic.wrap("slashed validator not found");
  const newPeriod = incrementValidatorPeriod(k, ctx, v);
  incrementReferenceCount(k, ctx, op, newPeriod);
  k.setSlashEvent(ctx, op, ctx.block.height, { validatorPeriod: newPeriod, fraction });
}
