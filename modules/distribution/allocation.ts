import { BlockIDFlag } from "cosmjs-types/tendermint/types/validator";
import { type Coin, addCoins, coinsToString } from "../../chain/coins.ts";
import type { Context } from "../../chain/context.ts";
import { ONE, decFromInt, quoTruncate } from "../../chain/dec.ts";
import { type DecCoins, addDec, decCoinsFromCoins, decCoinsString, mulDecCoins, mulDecCoinsTruncate, subDec } from "./decCoins.ts";
import { emitAllocation, emitCommission, emitRewards } from "./events.ts";
import type { DistributionValidator } from "./expected.ts";
import type { DistributionKeeper } from "./keeper.ts";

/**
 * AllocateTokensToValidator: the validator's commission first, the rest to its delegators
 * through the current period's rewards; all of it counts in the validator's outstanding rewards.
 * PERF: three reads and three writes.
 */
export function allocateTokensToValidator(k: DistributionKeeper, ctx: Context, v: DistributionValidator, tokens: DecCoins): void {
  const op = v.operator;
  const commission = mulDecCoins(tokens, v.commissionRate);
  const shared = subDec(tokens, commission, "rewards less commission");
  emitCommission(ctx, decCoinsString(commission), v.operatorAddress);
  k.setCommission(ctx, op, addDec(k.getCommission(ctx.kv, op), commission));
  const current = k.getCurrent(ctx.kv, op);
  k.setCurrent(ctx, op, { ...current, rewards: addDec(current.rewards, shared) });
  emitRewards(ctx, decCoinsString(tokens), v.operatorAddress);
  k.setOutstanding(ctx, op, addDec(k.getOutstanding(ctx.kv, op), tokens));
}

/** The validators that signed the previous block (COMMIT votes of decided_last_commit) that staking knows. */
function signers(k: DistributionKeeper, ctx: Context): { validator: DistributionValidator; power: bigint }[] {
  const out: { validator: DistributionValidator; power: bigint }[] = [];
  for (const vote of ctx.consensus?.votes ?? []) {
    if (vote.blockIdFlag !== BlockIDFlag.BLOCK_ID_FLAG_COMMIT || vote.power <= 0n) continue;
    const validator = k.staking.validatorByConsAddr(ctx.kv, vote.address);
    // A key staking does not know (a genesis.json validator outside staking) earns nothing.
    if (validator) out.push({ validator, power: vote.power });
  }
  return out;
}

/** Per denom, the smaller amount (the compute share counted can never exceed what was collected). */
function capAt(coins: readonly Coin[], cap: readonly Coin[]): Coin[] {
  return coins.flatMap((c) => {
    const held = cap.find((x) => x.denom === c.denom)?.amount ?? 0n;
    const amount = c.amount < held ? c.amount : held;
    return amount > 0n ? [{ denom: c.denom, amount }] : [];
  });
}

/**
 * BeginBlock's AllocateTokens (x/distribution/keeper/allocation.go): the whole fee_collector
 * balance (fees, minted coins, the inference compute share) moves to the distribution module
 * account; the community tax goes to the community pool; the rest is shared by the validators
 * that signed the previous block, each by its power over the total signed power (truncated),
 * commission first; the rounding remainder goes to the community pool. With nobody signing (or
 * at the first block) everything goes to the community pool.
 * PERF: O(signing validators) reads and writes, never O(delegators).
 */
export async function allocateTokens(k: DistributionKeeper, ctx: Context): Promise<void> {
  const feeCollector = k.accounts.ensureModuleAccount(ctx, k.feeCollectorName);
  const collected = await k.bank.getAllBalances(ctx.kv, feeCollector);
  if (collected.length > 0) k.bank.sendCoins(ctx, feeCollector, k.moduleAccount(ctx), collected);
  const fees = decCoinsFromCoins(collected);
  const compute = recordCompute(k, ctx, collected);

  const voters = ctx.block.height > 1n ? signers(k, ctx) : [];
  const totalPower = voters.reduce((s, v) => s + v.power, 0n);
  let remaining = fees;
  if (totalPower > 0n) {
    const feeMultiplier = mulDecCoinsTruncate(fees, ONE - k.getParams(ctx.kv).communityTax);
    for (const { validator, power } of voters) {
      const reward = mulDecCoinsTruncate(feeMultiplier, quoTruncate(decFromInt(power), decFromInt(totalPower)));
      allocateTokensToValidator(k, ctx, validator, reward);
      remaining = subDec(remaining, reward, "fees left to allocate");
    }
  }
  if (remaining.length > 0) k.setCommunityPool(ctx, addDec(k.getCommunityPool(ctx.kv), remaining));
  if (fees.length > 0) {
    emitAllocation(ctx, {
      total: coinsToString(collected),
      compute: coinsToString(compute),
      validators: decCoinsString(subDec(fees, remaining)),
      communityPool: decCoinsString(remaining),
      signers: voters.length,
    });
  }
}

/**
 * Moves the pending compute share into `last_allocated` and the running total, and returns it.
 * Writes nothing in a block without any (the record keeps the last allocation that had some).
 */
function recordCompute(k: DistributionKeeper, ctx: Context, collected: readonly Coin[]): Coin[] {
  const record = k.getComputeRewards(ctx.kv);
  if (record.pending.length === 0) return [];
  const compute = capAt(record.pending, collected);
  k.setComputeRewards(ctx, { pending: [], lastAllocated: compute, lastHeight: ctx.block.height, totalAllocated: addCoins(record.totalAllocated, compute) });
  return compute;
}
