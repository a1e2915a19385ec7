import type { Coin } from "../../chain/coins.ts";
import type { Context } from "../../chain/context.ts";
import type { KVReader } from "../../chain/store/types.ts";

/** What datanet needs from bank, declared here so datanet does not depend on bank's internals. */
export interface DatanetBankKeeper {
  getBalance(kv: KVReader, addr: Uint8Array, denom: string): bigint;
  sendCoins(ctx: Context, from: Uint8Array, to: Uint8Array, coins: readonly Coin[]): void;
  sendCoinsToModule(ctx: Context, from: Uint8Array, moduleName: string, coins: readonly Coin[]): void;
}

/** What datanet needs from auth: module account addresses (escrow, fee collector). */
export interface DatanetAccountKeeper {
  ensureModuleAccount(ctx: Context, name: string): Uint8Array;
}

/**
 * The node's content-addressed store of record bodies, keyed by SHA-256 of the stored body.
 * Node-local (not consensus state): only queries and genesis export read it, never a tx.
 */
export interface ContentReader {
  get(contentHash: Uint8Array): Uint8Array | undefined;
}
