import type { Coin } from "../../chain/coins.ts";
import type { Context } from "../../chain/context.ts";

/** What staking needs from bank: balances, moves between accounts and pools, burning. */
export interface StakingBankKeeper {
  getBalance(ctx: Context, addr: Uint8Array, denom: string): bigint;
  /** Moves coins, creating the recipient account on first receipt; throws insufficientFunds. */
  sendCoins(ctx: Context, from: Uint8Array, to: Uint8Array, coins: readonly Coin[]): void;
  /** Removes coins from `from` and from the total supply. */
  burnCoins(ctx: Context, from: Uint8Array, coins: readonly Coin[]): void;
}

/** What staking needs from auth: the pools' module accounts. */
export interface StakingAccountKeeper {
  ensureModuleAccount(ctx: Context, name: string): Uint8Array;
}

/**
 * Validator lifecycle hooks another module (slashing) implements; staking calls them at the
 * same points as the SDK's StakingHooks. Addresses are raw bytes (consensus, operator).
 */
export interface StakingHooks {
  afterValidatorCreated?(ctx: Context, operator: Uint8Array, consAddr: Uint8Array): void;
  afterValidatorBonded?(ctx: Context, consAddr: Uint8Array, operator: Uint8Array): void;
  afterValidatorBeginUnbonding?(ctx: Context, consAddr: Uint8Array, operator: Uint8Array): void;
  afterValidatorRemoved?(ctx: Context, consAddr: Uint8Array, operator: Uint8Array): void;
}
