import type { Coin } from "../../chain/coins.ts";
import type { Context } from "../../chain/context.ts";
import type { KVReader } from "../../chain/store/types.ts";

/** What mint needs from staking (the SDK's StakingTokenSupply and TotalBondedTokens). */
export interface MintStakingKeeper {
  /** Total supply of the bond denom. */
  stakingTokenSupply(kv: KVReader): bigint;
  /** Tokens in the bonded pool. */
  totalBondedTokens(kv: KVReader): bigint;
}

/** What mint needs from bank. */
export interface MintBankKeeper {
  /** Creates coins in module account `moduleName` and adds them to the supply (emits `coinbase`). */
  mintCoins(ctx: Context, moduleName: string, coins: readonly Coin[]): void;
  /** Moves coins from an address to module account `moduleName`. */
  sendCoinsToModule(ctx: Context, from: Uint8Array, moduleName: string, coins: readonly Coin[]): void;
  getBalance(kv: KVReader, addr: Uint8Array, denom: string): bigint;
}

/** What mint needs from auth: its own module account, with the minter permission. */
export interface MintAccountKeeper {
  moduleAccount(ctx: Context, name: string, permissions?: string[]): unknown;
}
