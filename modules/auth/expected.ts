import type { Coin } from "../../chain/coins.ts";
import type { Context } from "../../chain/context.ts";

/** What the ante handler needs from bank to take the fee: the payer's balance and the move to fee_collector. */
export interface FeeBankKeeper {
  sendCoinsToModule(ctx: Context, from: Uint8Array, moduleName: string, coins: readonly Coin[]): void;
  getBalance(ctx: Context, addr: Uint8Array, denom: string): bigint;
}
