import type { Coin } from "../../chain/coins.ts";
import type { Context } from "../../chain/context.ts";
import type { KVReader } from "../../chain/store/types.ts";
import type { Dec } from "../../chain/dec.ts";

/** What staking needs from bank: balances, moves between accounts and pools, burning. */
export interface StakingBankKeeper {
  getBalance(kv: KVReader, addr: Uint8Array, denom: string): bigint;
  /** Moves coins, creating the recipient account on first receipt; throws insufficientFunds. */
  sendCoins(ctx: Context, from: Uint8Array, to: Uint8Array, coins: readonly Coin[]): void;
  /** Removes coins from `from` and from the total supply. */
  burnCoins(ctx: Context, from: Uint8Array, coins: readonly Coin[]): void;
}

/** What staking needs from auth: the pools' module accounts. */
export interface StakingAccountKeeper {
  ensureModuleAccount(ctx: Context, name: string): Uint8Array;
}

type HookResult = void | Promise<void>;

/**
 * The SDK's StakingHooks (x/staking/types/hooks.go): other modules (distribution, slashing)
 * implement any subset, and staking calls every receiver, in the order they were set, at the
 * same points as the SDK. Addresses are raw bytes (operator, consensus, delegator). A hook that
 * throws fails the message (or block step) that triggered it, as an SDK hook error does.
 */
export interface StakingHooks {
  afterValidatorCreated?(ctx: Context, operator: Uint8Array, consAddr: Uint8Array): HookResult;
  /** Before a validator's commission rate changes (MsgEditValidator). */
  beforeValidatorModified?(ctx: Context, operator: Uint8Array): HookResult;
  afterValidatorRemoved?(ctx: Context, consAddr: Uint8Array, operator: Uint8Array): HookResult;
  afterValidatorBonded?(ctx: Context, consAddr: Uint8Array, operator: Uint8Array): HookResult;
  afterValidatorBeginUnbonding?(ctx: Context, consAddr: Uint8Array, operator: Uint8Array): HookResult;
  beforeDelegationCreated?(ctx: Context, delegator: Uint8Array, operator: Uint8Array): HookResult;
  beforeDelegationSharesModified?(ctx: Context, delegator: Uint8Array, operator: Uint8Array): HookResult;
  beforeDelegationRemoved?(ctx: Context, delegator: Uint8Array, operator: Uint8Array): HookResult;
  afterDelegationModified?(ctx: Context, delegator: Uint8Array, operator: Uint8Array): HookResult;
  /** Before a slash burns the validator's tokens; `fraction` is the effective one (burnt / tokens, rounded up, ≤ 1). */
  beforeValidatorSlashed?(ctx: Context, operator: Uint8Array, fraction: Dec): HookResult;
}
