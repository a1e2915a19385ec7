import { addressBytes } from "../../chain/address.ts";
import { type Coin, addCoins } from "../../chain/coins.ts";
import type { Context } from "../../chain/context.ts";
import { emitEpochPaid, emitReward } from "./events.ts";
import { RewardsKeeper } from "./keeper.ts";
import type { EpochInfo } from "./types.ts";

/**
 * Exact integer split of `amount` by `weights`: each gets ⌊amount × w / W⌋, and the units left
 * over (fewer than the number of weights) go one each to the largest remainders
 * (amount × w mod W), ties to the earlier entry (entries come in operator address order).
 * Σ result = amount whenever W > 0; all zero when W = 0.
 */
export function splitByWeight(amount: bigint, weights: readonly bigint[]): bigint[] {
  const total = weights.reduce((a, w) => a + w, 0n);
  if (total === 0n || amount === 0n) return weights.map(() => 0n);
  const shares = weights.map((w) => (amount * w) / total);
  const rems = weights.map((w) => (amount * w) % total);
  let left = amount - shares.reduce((a, s) => a + s, 0n);
  // shares and rems are parallel to weights, and order holds their indices.
  const order = weights.map((_, i) => i).sort((a, b) => (rems[a] !== rems[b] ? (rems[a]! > rems[b]! ? -1 : 1) : a - b));
  for (const i of order) {
    if (left === 0n) break;
    if (weights[i] === 0n) continue;
    shares[i]! += 1n;
    left -= 1n;
  }
  return shares;
}

/**
 * The epoch's payout, in the EndBlock of its last height: the whole pool balance, every denom,
 * to the registered, unjailed nodes pro rata to bytes counted × challenges passed; then the
 * epoch's challenges and work are deleted. With nobody to pay, the pool carries over.
 * PERF: O(nodes challenged) reads and writes, one transfer per node paid, O(challenges) deletes.
 */
export async function payEpoch(ctx: Context, keeper: RewardsKeeper, epoch: EpochInfo): Promise<void> {
  const work = await keeper.listWork(ctx.kv);
  // An epoch that challenged nobody (the clock's first, on an idle chain) has nothing to settle.
  if (work.length === 0) return;
  const paid: { operator: string; weight: bigint }[] = [];
  for (const w of work) {
    const n = keeper.getNode(ctx.kv, addressBytes(w.operator));
    const weight = w.bytesCounted * BigInt(w.passed);
    if (n && !RewardsKeeper.jailed(n, epoch.number) && weight > 0n) paid.push({ operator: w.operator, weight });
  }
  const pool = await keeper.bank.getAllBalances(ctx.kv, keeper.storagePool);
  const perNode = paid.map((p) => ({ ...p, coins: [] as Coin[] }));
  for (const c of pool) {
    splitByWeight(c.amount, paid.map((x) => x.weight)).forEach((amount, i) => {
      if (amount > 0n) perNode[i]!.coins.push({ denom: c.denom, amount });
    });
  }
  let total: Coin[] = [];
  let nodesPaid = 0;
  perNode.forEach(({ operator, weight, coins }) => {
    if (coins.length === 0) return;
    const addr = addressBytes(operator);
    keeper.bank.sendCoins(ctx, keeper.storagePool, addr, coins);
    const n = keeper.getNode(ctx.kv, addr)!;
    keeper.setNode(ctx, { ...n, stats: { ...n.stats, rewardsEarned: addCoins(n.stats.rewardsEarned, coins) } });
    emitReward(ctx, operator, epoch.number, coins, weight);
    total = addCoins(total, coins);
    nodesPaid++;
  });
  emitEpochPaid(ctx, epoch.number, pool, total, nodesPaid);
  await keeper.clearEpoch(ctx);
}
