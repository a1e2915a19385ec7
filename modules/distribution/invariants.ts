import { ValidatorHistoricalRewards, ValidatorOutstandingRewards } from "cosmjs-types/cosmos/distribution/v1beta1/distribution";
import { addressString } from "../../chain/address.ts";
import { coinsToString } from "../../chain/coins.ts";
import type { Context } from "../../chain/context.ts";
import { EventManager } from "../../chain/events.ts";
import { prefixEnd } from "../../chain/keys.ts";
import type { Invariant } from "../../chain/module.ts";
import { MemBranch } from "../../chain/store/memBranch.ts";
import { type DecCoin, addDec, decCoinsFromWire, decCoinsString, truncateDec } from "./decCoins.ts";
import { withdrawDelegationRewardsOf } from "./delegation.ts";
import type { DistributionKeeper } from "./keeper.ts";
import { distributionKeys as keys } from "./keys.ts";
import { withdrawValidatorCommission } from "./withdraw.ts";

async function* values(ctx: Context, prefix: Uint8Array): AsyncIterable<Uint8Array> {
  for await (const [, v] of ctx.kv.iterate({ gte: prefix, lt: prefixEnd(prefix) })) yield v;
}

async function totalOutstanding(ctx: Context): Promise<DecCoin[]> {
  let sum: DecCoin[] = [];
  for await (const raw of values(ctx, keys.outstandingPrefix)) sum = addDec(sum, decCoinsFromWire(ValidatorOutstandingRewards.decode(raw).rewards));
  return sum;
}

/** A context whose writes and events are thrown away (the SDK's CacheContext). */
const scratch = (ctx: Context): Context => ({ ...ctx, kv: new MemBranch(ctx.kv), events: new EventManager() });

/**
 * x/distribution's invariants (keeper/invariants.go), callable after every block:
 * - module-account: the module account holds Σ outstanding rewards + community pool, truncated;
 * - nonnegative-outstanding: no validator's outstanding rewards are negative;
 * - reference-count: historical reference counts = validators + delegations + slash events;
 * - can-withdraw: every validator's commission and every delegator's rewards can be withdrawn
 *   (on a throwaway branch), leaving only non-negative dust in outstanding.
 * PERF: all of them scan the whole distribution state; can-withdraw also every delegation.
 */
export function distributionInvariants(k: DistributionKeeper): Invariant[] {
  return [
    {
      name: "distribution/module-account",
      async check(ctx) {
        const expected = truncateDec(addDec(await totalOutstanding(ctx), k.getCommunityPool(ctx.kv))).coins;
        const held = await k.bank.getAllBalances(ctx.kv, k.moduleAddress);
        if (coinsToString(held) === coinsToString(expected)) return undefined;
        return `module account ${addressString(k.moduleAddress)} holds ${coinsToString(held) || "nothing"} but outstanding rewards plus the community pool add up to ${coinsToString(expected) || "nothing"}`;
      },
    },
    {
      name: "distribution/nonnegative-outstanding",
      async check(ctx) {
        for (const v of await k.staking.allValidators(ctx.kv)) {
          const o = k.hasOutstanding(ctx.kv, v.operator) ? k.getOutstanding(ctx.kv, v.operator) : [];
          if (o.some((c) => c.amount < 0n)) return `${v.operatorAddress} has negative outstanding rewards ${decCoinsString(o)}`;
        }
        return undefined;
      },
    },
    {
      name: "distribution/reference-count",
      async check(ctx) {
        let counted = 0;
        for await (const raw of values(ctx, keys.historicalPrefix)) counted += ValidatorHistoricalRewards.decode(raw).referenceCount;
        let expected = 0;
        for (const v of await k.staking.allValidators(ctx.kv)) expected += 1 + (await k.staking.delegatorsOf(ctx.kv, v.operator)).length;
        for await (const _ of values(ctx, keys.slashEventPrefix)) expected++;
        return counted === expected ? undefined : `historical reference counts add up to ${counted}, expected ${expected} (validators + delegations + slash events)`;
      },
    },
    {
      name: "distribution/can-withdraw",
      async check(ctx) {
        const c = scratch(ctx);
        for (const v of await k.staking.allValidators(c.kv)) {
          try {
            if (k.getCommission(c.kv, v.operator).length > 0) withdrawValidatorCommission(k, c, v.operator);
            for (const del of await k.staking.delegatorsOf(c.kv, v.operator)) await withdrawDelegationRewardsOf(k, c, del, v.operator);
          } catch (e) {
            return `withdrawing everything from ${v.operatorAddress} fails: ${(e as Error).message}`;
          }
          const left = k.getOutstanding(c.kv, v.operator);
          if (left.some((x) => x.amount < 0n)) return `${v.operatorAddress} would have ${decCoinsString(left)} outstanding after every withdrawal`;
        }
        return undefined;
      },
    },
  ];
}
