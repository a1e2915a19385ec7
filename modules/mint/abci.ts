import type { Context } from "../../chain/context.ts";
import { emitMint } from "./events.ts";
import type { MintKeeper } from "./keeper.ts";
import { blockProvision, nextAnnualProvisions, nextInflationRate } from "./minter.ts";
import { MINT_MODULE } from "./types.ts";
import { moduleAddress } from "../../chain/address.ts";

/**
 * The SDK's x/mint BeginBlocker (v0.50): recompute inflation from the bonded ratio, the annual
 * provisions from the bond denom's supply, store the minter, mint this block's provision into
 * the mint module account and send it to the fee collector, then emit `mint`.
 *
 * One difference: the SDK still calls SendCoins (events with an empty amount) when the
 * provision rounds to zero; here nothing moves and only the `mint` event is emitted.
 * PERF: a few reads and writes, independent of the number of accounts or validators.
 */
export function mintBeginBlock(k: MintKeeper, ctx: Context): void {
  const params = k.getParams(ctx.kv);
  const minter = k.getMinter(ctx.kv);
  const supply = k.staking.stakingTokenSupply(ctx.kv);
  const ratio = k.bondedRatio(ctx.kv);
  const inflation = nextInflationRate(minter, params, ratio);
  const updated = { inflation, annualProvisions: nextAnnualProvisions({ ...minter, inflation }, supply) };
  k.setMinter(ctx, updated);

  const minted = blockProvision(updated, params);
  if (minted.amount > 0n) {
    k.bank.mintCoins(ctx, MINT_MODULE, [minted]);
    k.bank.sendCoinsToModule(ctx, moduleAddress(MINT_MODULE), k.feeCollector, [minted]);
  }
  emitMint(ctx, { bondedRatio: ratio, inflation, annualProvisions: updated.annualProvisions, amount: minted.amount });
}
