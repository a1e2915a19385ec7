import { addressString, valoperString } from "../../chain/address.ts";
import { type Coin, coinsToString } from "../../chain/coins.ts";
import type { Context } from "../../chain/context.ts";
import { type Dec, ONE, mulInt, mulTruncate, quo, quoTruncate } from "../../chain/dec.ts";
import { sdkErrors } from "../../chain/errors.ts";
import { type DecCoin, addDec, intersectDec, mulDecCoinsTruncate, safeSubDec, subDec, truncateDec } from "./decCoins.ts";
import { distributionErrors, stakingLookupErrors } from "./errors.ts";
import { emitWithdrawRewards } from "./events.ts";
import type { DistributionValidator } from "./expected.ts";
import type { DistributionKeeper } from "./keeper.ts";
import { decrementReferenceCount, incrementReferenceCount, incrementValidatorPeriod } from "./validator.ts";

/**
 * F1 per delegation, as x/distribution/keeper/delegation.go: a delegation remembers the period
 * it started after and its stake then; its rewards are stake × (ratio now − ratio then), split
 * at each slash of the validator since (the stake shrinks by the slash fraction at each).
 */

/** Validator.TokensFromSharesTruncated. */
const tokensFromSharesTruncated = (v: DistributionValidator, shares: Dec): Dec => quoTruncate(mulInt(shares, v.tokens), v.delegatorShares);
/** Validator.TokensFromShares. */
const tokensFromShares = (v: DistributionValidator, shares: Dec): Dec => quo(mulInt(shares, v.tokens), v.delegatorShares);

/** initializeDelegation (AfterDelegationModified): starts tracking from the period just ended. */
export function initializeDelegation(k: DistributionKeeper, ctx: Context, op: Uint8Array, del: Uint8Array): void {
  const previousPeriod = k.getCurrent(ctx.kv, op).period - 1n;
  incrementReferenceCount(k, ctx, op, previousPeriod);
  const v = k.staking.validator(ctx.kv, op);
  const shares = k.staking.delegationShares(ctx.kv, del, op);
  if (!v || shares === undefined) throw sdkErrors.logic.wrap(`initializing rewards of a delegation of ${addressString(del)} to ${valoperString(op)} that does not exist`);
  // Truncated so that nobody can withdraw more than was allocated.
  k.setStartingInfo(ctx, op, del, { previousPeriod, stake: tokensFromSharesTruncated(v, shares), height: ctx.block.height });
}

function rewardsBetween(k: DistributionKeeper, ctx: Context, op: Uint8Array, startingPeriod: bigint, endingPeriod: bigint, stake: Dec): DecCoin[] {
  if (startingPeriod > endingPeriod) throw sdkErrors.logic.wrap(`starting period ${startingPeriod} is after ending period ${endingPeriod}`);
  if (stake < 0n) throw sdkErrors.logic.wrap("stake should not be negative");
  const starting = k.getHistorical(ctx.kv, op, startingPeriod).cumulativeRewardRatio;
  const ending = k.getHistorical(ctx.kv, op, endingPeriod).cumulativeRewardRatio;
  const { result: difference, negative } = safeSubDec(ending, starting);
  if (negative) throw sdkErrors.logic.wrap("negative rewards should not be possible");
  return mulDecCoinsTruncate(difference, stake);
}

/**
 * CalculateDelegationRewards up to `endingPeriod` (already ended by the caller). Slash events
 * between the delegation's start and now split the computation; the rebuilt stake may exceed
 * the current one by rounding, which the SDK tolerates up to 3 × 10^-18.
 * PERF: O(slash events of the validator since the delegation started).
 */
export async function calculateDelegationRewards(
  k: DistributionKeeper, ctx: Context, v: DistributionValidator, del: Uint8Array, shares: Dec, endingPeriod: bigint,
): Promise<DecCoin[]> {
  const op = v.operator;
  const info = k.getStartingInfo(ctx.kv, op, del);
  if (!info) throw sdkErrors.logic.wrap(`delegation of ${addressString(del)} to ${v.operatorAddress} has no starting info`);
  if (info.height === ctx.block.height) return [];
  let startingPeriod = info.previousPeriod;
  let stake = info.stake;
  let rewards: DecCoin[] = [];
  if (ctx.block.height > info.height) {
    for (const { event } of await k.slashEventsBetween(ctx.kv, op, info.height, ctx.block.height)) {
      if (event.validatorPeriod <= startingPeriod) continue;
      rewards = addDec(rewards, rewardsBetween(k, ctx, op, startingPeriod, event.validatorPeriod, stake));
      stake = mulTruncate(stake, ONE - event.fraction);
      startingPeriod = event.validatorPeriod;
    }
  }
  const currentStake = tokensFromShares(v, shares);
  if (stake > currentStake) {
    if (stake > currentStake + 3n) {
      throw sdkErrors.logic.wrap(`calculated final stake ${stake} for delegator ${addressString(del)} is greater than the current stake ${currentStake}`);
    }
    stake = currentStake;
  }
  return addDec(rewards, rewardsBetween(k, ctx, op, startingPeriod, endingPeriod, stake));
}

/**
 * withdrawDelegationRewards: ends the period, pays the whole-coin part of the rewards to the
 * delegator's withdraw address and the fractional change to the community pool, and drops the
 * starting info (the caller starts a new one if the delegation goes on). Returns what was paid:
 * a zero bond-denom coin when nothing was (as the SDK's response and event).
 */
export async function withdrawDelegationRewards(k: DistributionKeeper, ctx: Context, v: DistributionValidator, del: Uint8Array, shares: Dec): Promise<Coin[]> {
  const op = v.operator;
  const info = k.getStartingInfo(ctx.kv, op, del);
  if (!info) throw distributionErrors.emptyDelegationDistInfo.wrap(`${addressString(del)} has no rewards record with ${v.operatorAddress}`);
  const endingPeriod = incrementValidatorPeriod(k, ctx, v);
  const raw = await calculateDelegationRewards(k, ctx, v, del, shares, endingPeriod);
  const outstanding = k.getOutstanding(ctx.kv, op);
  // Defensive as the SDK: never pay more than the validator's outstanding rewards hold.
  const rewards = intersectDec(raw, outstanding);
  const { coins, change } = truncateDec(rewards);
  if (coins.length > 0) k.bank.sendCoins(ctx, k.moduleAccount(ctx), k.getWithdrawAddr(ctx.kv, del), coins);
  k.setOutstanding(ctx, op, subDec(outstanding, rewards, `outstanding rewards of ${v.operatorAddress}`));
  k.setCommunityPool(ctx, addDec(k.getCommunityPool(ctx.kv), change));
  decrementReferenceCount(k, ctx, op, info.previousPeriod);
  k.deleteStartingInfo(ctx, op, del);
  const paid = coins.length > 0 ? coins : [{ denom: k.staking.bondDenom(ctx.kv), amount: 0n }];
  emitWithdrawRewards(ctx, coinsToString(paid), v.operatorAddress, addressString(del));
  return paid;
}

/**
 * Keeper.WithdrawDelegationRewards (MsgWithdrawDelegatorReward): pays out and starts a new
 * period for the delegation. PERF: O(slash events since the delegation's start) + a transfer.
 */
export async function withdrawDelegationRewardsOf(k: DistributionKeeper, ctx: Context, del: Uint8Array, op: Uint8Array): Promise<Coin[]> {
  const v = k.staking.validator(ctx.kv, op);
  if (!v) throw stakingLookupErrors.noValidatorFound.wrap(`validator ${valoperString(op)} not found`);
  const shares = k.staking.delegationShares(ctx.kv, del, op);
  if (shares === undefined) throw stakingLookupErrors.noDelegation.wrap(`${addressString(del)} has no delegation to ${valoperString(op)}`);
  const paid = await withdrawDelegationRewards(k, ctx, v, del, shares);
  initializeDelegation(k, ctx, op, del);
  return paid;
}
