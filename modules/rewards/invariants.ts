import type { Invariant } from "../../chain/module.ts";
import type { RewardsKeeper } from "./keeper.ts";
import { BOND_POOL } from "./types.ts";

/**
 * - rewards/bond-pool: the bond escrow holds exactly Σ node bonds + Σ pending refunds (bond denom).
 * - rewards/storage-pool: the pool's balances are non-negative (coins only leave it by payouts).
 * - rewards/epoch-work: each work record's counts match its node's challenges.
 * PERF: O(nodes + refunds + challenges).
 */
export function rewardsInvariants(keeper: RewardsKeeper): Invariant[] {
  return [
    {
      name: "rewards/bond-pool",
      async check(ctx) {
        const denom = keeper.getParams(ctx.kv).minBond.denom;
        const bonds = (await keeper.listNodes(ctx.kv)).reduce((a, n) => a + n.bond.amount, 0n);
        const refunds = (await keeper.listRefunds(ctx.kv)).reduce((a, r) => a + r.amount.amount, 0n);
        const held = keeper.bank.getBalance(ctx.kv, keeper.bondPool, denom);
        return held === bonds + refunds ? undefined : `${BOND_POOL} holds ${held}${denom}, but bonds ${bonds} + pending refunds ${refunds} = ${bonds + refunds}${denom}`;
      },
    },
    {
      name: "rewards/storage-pool",
      async check(ctx) {
        const bad = (await keeper.bank.getAllBalances(ctx.kv, keeper.storagePool)).filter((c) => c.amount < 0n);
        return bad.length === 0 ? undefined : `storage rewards pool has negative balances: ${bad.map((c) => `${c.amount}${c.denom}`).join(", ")}`;
      },
    },
    {
      name: "rewards/epoch-work",
      async check(ctx) {
        const counts = new Map<string, [number, number, number]>();
        for (const c of await keeper.listChallenges(ctx.kv)) {
          const k = counts.get(c.operator) ?? [0, 0, 0];
          k[0]++;
          if (c.status === "PASSED") k[1]++;
          if (c.status === "MISSED") k[2]++;
          counts.set(c.operator, k);
        }
        for (const w of await keeper.listWork(ctx.kv)) {
          const [n, passed, missed] = counts.get(w.operator) ?? [0, 0, 0];
          if (n !== w.challenges || passed !== w.passed || missed !== w.missed) {
            return `${w.operator}: work says ${w.challenges}/${w.passed}/${w.missed} challenges/passed/missed, its challenges say ${n}/${passed}/${missed}`;
          }
          counts.delete(w.operator);
        }
        const orphan = [...counts.keys()].sort()[0];
        return orphan === undefined ? undefined : `${orphan} has challenges but no work record`;
      },
    },
  ];
}
