import { moduleAddress } from "../../chain/address.ts";
import type { Invariant } from "../../chain/module.ts";
import type { MintKeeper } from "./keeper.ts";
import { MINT_MODULE } from "./types.ts";

/** Minted coins pass through the mint account within BeginBlock: between blocks it is empty. */
export function mintInvariants(k: MintKeeper): Invariant[] {
  return [
    {
      name: "mint/module-account-empty",
      check(ctx) {
        const denom = k.getParams(ctx.kv).mintDenom;
        const held = k.bank.getBalance(ctx.kv, moduleAddress(MINT_MODULE), denom);
        return held === 0n ? undefined : `the mint module account holds ${held}${denom}; minted coins must all reach the fee collector`;
      },
    },
  ];
}
