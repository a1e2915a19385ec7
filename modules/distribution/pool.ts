import { addressString, moduleAddress } from "../../chain/address.ts";
import { type Coin, addCoins, coinsToString } from "../../chain/coins.ts";
import type { Context } from "../../chain/context.ts";
import { sdkErrors } from "../../chain/errors.ts";
import type { KVReader } from "../../chain/store/types.ts";
import { addDec, decCoinsFromCoins, decCoinsString, safeSubDec } from "./decCoins.ts";
import { distributionErrors } from "./errors.ts";
import type { DistributionKeeper } from "./keeper.ts";

/**
 * What distribution offers other modules (they declare the matching interface in their own
 * expected.ts): funding the community pool and the inference compute share.
 */

/**
 * Keeper.FundCommunityPool: moves `coins` from `from` into the distribution module account and
 * adds them to the community pool. Throws insufficientFunds (nothing changed) when `from` lacks them.
 * PERF: one transfer, one read and one write.
 */
export function fundCommunityPool(k: DistributionKeeper, ctx: Context, from: Uint8Array, coins: readonly Coin[]): void {
  const positive = coins.filter((c) => c.amount > 0n);
  if (positive.length === 0) return;
  k.bank.sendCoins(ctx, from, k.moduleAccount(ctx), positive);
  k.setCommunityPool(ctx, addDec(k.getCommunityPool(ctx.kv), decCoinsFromCoins(positive)));
}

/**
 * Keeper.DistributeFromFeePool (MsgCommunityPoolSpend): takes `coins` out of the community pool
 * and pays them from the module account to `to`. Refused, with nothing changed, when the pool
 * holds less than `coins` in any denom or `to` is a blocked module account; the module account
 * and the pool shrink by the same amount, so the pool stays backed.
 * PERF: one read, one write, one transfer.
 */
export function distributeFromCommunityPool(k: DistributionKeeper, ctx: Context, to: Uint8Array, coins: readonly Coin[]): void {
  const blocked = k.bank.blockedReason(ctx.kv, to);
  if (blocked) throw sdkErrors.unauthorized.wrap(`${addressString(to)} is not allowed to receive external funds (${blocked})`);
  const pool = k.getCommunityPool(ctx.kv);
  const { result, negative } = safeSubDec(pool, decCoinsFromCoins(coins));
  if (negative) throw distributionErrors.badDistribution.wrap(`community pool holds ${decCoinsString(pool) || "nothing"}, asked for ${coinsToString(coins)}`);
  k.setCommunityPool(ctx, result);
  k.bank.sendCoins(ctx, k.moduleAccount(ctx), to, coins);
}

/**
 * Tributary: the compute share of an inference fee. The coins go to fee_collector, so the next
 * block's allocation pays them to the validators that signed (with fees and minted coins), and
 * are counted as pending compute, which that allocation reports separately.
 * PERF: one transfer, one read and one write.
 */
export function addComputeRewards(k: DistributionKeeper, ctx: Context, from: Uint8Array, coins: readonly Coin[]): void {
  const positive = coins.filter((c) => c.amount > 0n);
  if (positive.length === 0) return;
  k.bank.sendCoins(ctx, from, k.accounts.ensureModuleAccount(ctx, k.feeCollectorName), positive);
  const record = k.getComputeRewards(ctx.kv);
  k.setComputeRewards(ctx, { ...record, pending: addCoins(record.pending, positive) });
}

/** For other modules' expected.ts: the two entry points bound to a keeper. */
export function distributionForModules(k: DistributionKeeper) {
  return {
    fundCommunityPool: (ctx: Context, from: Uint8Array, coins: Coin[]) => fundCommunityPool(k, ctx, from, coins),
    addComputeRewards: (ctx: Context, from: Uint8Array, coins: Coin[]) => addComputeRewards(k, ctx, from, coins),
    computeRewardsAddress: () => moduleAddress(k.feeCollectorName),
    communityPoolAddress: () => k.moduleAddress,
    /** The community pool as whole coins (truncated), for reports. */
    communityPoolCoins: (kv: KVReader): Coin[] => k.getCommunityPool(kv).flatMap((c) => (c.amount >= 10n ** 18n ? [{ denom: c.denom, amount: c.amount / 10n ** 18n }] : [])),
    computeRewards: (kv: KVReader) => k.getComputeRewards(kv),
  };
}
