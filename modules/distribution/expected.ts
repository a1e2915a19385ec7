import type { Coin } from "../../chain/coins.ts";
import type { Context } from "../../chain/context.ts";
import type { KVReader } from "../../chain/store/types.ts";
import type { Dec } from "../../chain/dec.ts";

/** What distribution needs from bank: balances, moves, and the blocked-address check. */
export interface DistributionBankKeeper {
  getBalance(kv: KVReader, addr: Uint8Array, denom: string): bigint;
  /** Every balance of `addr`, sorted by denom. */
  getAllBalances(kv: KVReader, addr: Uint8Array): Promise<Coin[]>;
  /** Moves coins, creating the recipient account on first receipt; throws insufficientFunds. */
  sendCoins(ctx: Context, from: Uint8Array, to: Uint8Array, coins: readonly Coin[]): void;
  /** Why `addr` may not receive user funds (a module account), or undefined when it may. */
  blockedReason(kv: KVReader, addr: Uint8Array): string | undefined;
}

/** What distribution needs from auth: its module account and fee_collector's. */
export interface DistributionAccountKeeper {
  ensureModuleAccount(ctx: Context, name: string): Uint8Array;
}

/** A validator as distribution sees it (staking's ValidatorI methods it calls). */
export interface DistributionValidator {
  operator: Uint8Array;
  operatorAddress: string;
  tokens: bigint;
  delegatorShares: Dec;
  /** Current commission rate. */
  commissionRate: Dec;
}

/** What distribution needs from staking; modules/index.ts wires staking's implementation in. */
export interface DistributionStakingKeeper {
  validator(kv: KVReader, op: Uint8Array): DistributionValidator | undefined;
  validatorByConsAddr(kv: KVReader, cons: Uint8Array): DistributionValidator | undefined;
  /** Shares of the delegation of `del` to `op`, or undefined when there is none. */
  delegationShares(kv: KVReader, del: Uint8Array, op: Uint8Array): Dec | undefined;
  /** Validators `del` delegates to, with the shares, in operator order. PERF: grows with them. */
  delegationsOf(kv: KVReader, del: Uint8Array): Promise<{ operator: Uint8Array; shares: Dec }[]>;
  /** Every validator, operator order (invariants, genesis checks). */
  allValidators(kv: KVReader): Promise<DistributionValidator[]>;
  /** The bond denom (the denom of a zero reward, as the SDK's base denom). */
  bondDenom(kv: KVReader): string;
  /** Delegators of `op`, in address order (invariants). */
  delegatorsOf(kv: KVReader, op: Uint8Array): Promise<Uint8Array[]>;
}
