import type { Coin } from "../../chain/coins.ts";
import type { Context } from "../../chain/context.ts";
import type { KVReader } from "../../chain/store/types.ts";

/** What the ante handler needs from bank to take the fee: the payer's balance and the move to fee_collector. */
export interface FeeBankKeeper {
  sendCoinsToModule(ctx: Context, from: Uint8Array, moduleName: string, coins: readonly Coin[]): void;
  getBalance(kv: KVReader, addr: Uint8Array, denom: string): bigint;
}
