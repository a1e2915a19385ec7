import type { Context } from "../../chain/context.ts";
import type { Invariant } from "../../chain/module.ts";
import type { BankKeeper } from "./keeper.ts";

/**
 * x/bank's TotalSupply invariant: the supply of every denom equals the sum of all balances of
 * it, and no balance is stored as zero or negative.
 */
export function bankInvariants(bank: BankKeeper): Invariant[] {
  return [
    {
      name: "bank/total-supply",
      async check(ctx: Context) {
        const sums = new Map<string, bigint>();
        for (const { coins } of await bank.getEveryBalance(ctx.kv)) {
          for (const c of coins) {
            if (c.amount <= 0n) return `a stored ${c.denom} balance is ${c.amount}`;
            sums.set(c.denom, (sums.get(c.denom) ?? 0n) + c.amount);
          }
        }
        const supply = await bank.getAllSupply(ctx.kv);
        for (const s of supply) {
          const held = sums.get(s.denom) ?? 0n;
          if (held !== s.amount) return `supply of ${s.denom} is ${s.amount} but balances add up to ${held}`;
          sums.delete(s.denom);
        }
        const [orphan] = sums;
        return orphan ? `balances hold ${orphan[1]}${orphan[0]} but the denom has no supply` : undefined;
      },
    },
  ];
}
