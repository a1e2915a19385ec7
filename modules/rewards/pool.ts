import { moduleAddress } from "../../chain/address.ts";
import type { Coin } from "../../chain/coins.ts";
import type { Context } from "../../chain/context.ts";
import { emitPoolFunded } from "./events.ts";
import type { RewardsKeeper } from "./keeper.ts";
import { BPS, STORAGE_POOL } from "./types.ts";

/**
 * The storage rewards pool's income: `inflation_share_bps` of each block's minted coins and
 * `datanet_fee_share_bps` of the datanet fees, both moved out of the fee collector (where mint
 * and datanet put them) before distribution pays the rest to validators. Shares round down.
 */

/** Moves `bps` of `coins` from the fee collector to the pool (never more than it holds). Returns what moved. */
function takeShare(ctx: Context, keeper: RewardsKeeper, coins: readonly Coin[], bps: number): Coin[] {
  const from = moduleAddress(keeper.feeCollector);
  const moved: Coin[] = [];
  for (const c of coins) {
    let amount = (c.amount * BigInt(bps)) / BPS;
    const held = keeper.bank.getBalance(ctx.kv, from, c.denom);
    if (amount > held) amount = held;
    if (amount > 0n) moved.push({ denom: c.denom, amount });
  }
  if (moved.length > 0) keeper.bank.sendCoinsToModule(ctx, from, STORAGE_POOL, moved);
  return moved;
}

/** BeginBlock, after mint's: the pool's share of this block's provision. PERF: two reads, one transfer. */
export function fundFromInflation(ctx: Context, keeper: RewardsKeeper): void {
  const p = keeper.getParams(ctx.kv);
  if (!keeper.mint || p.inflationShareBps === 0) return;
  const provision = keeper.mint.blockProvision(ctx.kv);
  const moved = takeShare(ctx, keeper, [provision], p.inflationShareBps);
  if (moved.length > 0) emitPoolFunded(ctx, "inflation", moved);
}

/** datanet's afterFeesCollected hook (creation fees), inside the paying tx. PERF: O(denoms). */
export function fundFromDatanetFees(ctx: Context, keeper: RewardsKeeper, fees: readonly Coin[]): void {
  const p = keeper.getParams(ctx.kv);
  if (p.datanetFeeShareBps === 0) return;
  const moved = takeShare(ctx, keeper, fees, p.datanetFeeShareBps);
  if (moved.length > 0) emitPoolFunded(ctx, "datanet_fee", moved);
}
