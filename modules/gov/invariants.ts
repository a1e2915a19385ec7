import { moduleAddress } from "../../chain/address.ts";
import { type Coin, addCoins, coinFromWire, coinsToString } from "../../chain/coins.ts";
import type { Invariant } from "../../chain/module.ts";
import type { GovKeeper } from "./keeper.ts";
import { GOV_MODULE } from "./types.ts";

/**
 * gov/module-account: the gov module account holds exactly the deposits on record (the SDK's
 * ModuleAccountInvariant); and each proposal's total_deposit equals its deposits while they exist.
 */
export function govInvariants(k: GovKeeper): Invariant[] {
  return [
    {
      name: "gov/module-account",
      async check(ctx) {
        let total: Coin[] = [];
        const perProposal = new Map<bigint, Coin[]>();
        for (const { deposit } of await k.iterateDeposits(ctx.kv)) {
          const amount = deposit.amount.map(coinFromWire);
          total = addCoins(total, amount);
          perProposal.set(deposit.proposalId, addCoins(perProposal.get(deposit.proposalId) ?? [], amount));
        }
        const balance = await k.bank.getAllBalances(ctx.kv, moduleAddress(GOV_MODULE));
        if (coinsToString(balance) !== coinsToString(total)) return `gov module account holds ${coinsToString(balance) || "nothing"}, deposits sum to ${coinsToString(total) || "nothing"}`;
        for (const [id, sum] of perProposal) {
          const p = k.getProposal(ctx.kv, id);
          if (!p) return `deposits on proposal ${id}, which does not exist`;
          const want = coinsToString(addCoins([], p.totalDeposit.map(coinFromWire)));
          if (want !== coinsToString(sum)) return `proposal ${id} total_deposit ${want} but its deposits sum to ${coinsToString(sum)}`;
        }
        return undefined;
      },
    },
  ];
}
