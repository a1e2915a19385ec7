import type { Coin } from "../../chain/coins.ts";
import type { Context } from "../../chain/context.ts";
import type { Dec } from "../../chain/dec.ts";
import type { RoutedMsg } from "../../chain/router.ts";
import type { KVReader } from "../../chain/store/types.ts";
import type { Any } from "cosmjs-types/google/protobuf/any";

/** What gov needs from bank: deposits in and out of its module account, and burning them. */
export interface GovBankKeeper {
  sendCoinsToModule(ctx: Context, from: Uint8Array, moduleName: string, coins: readonly Coin[]): void;
  sendCoins(ctx: Context, from: Uint8Array, to: Uint8Array, coins: readonly Coin[]): void;
  burnCoins(ctx: Context, from: Uint8Array, coins: readonly Coin[]): void;
  /** Every balance of `addr`, sorted by denom (the invariant). */
  getAllBalances(kv: KVReader, addr: Uint8Array): Promise<Coin[]>;
}

/** What gov needs from auth: its module account, with the burner permission. */
export interface GovAccountKeeper {
  moduleAccount(ctx: Context, name: string, permissions?: string[]): unknown;
}

/** A bonded validator as the tally sees it (the SDK's ValidatorGovInfo). */
export interface GovValidator {
  operator: Uint8Array;
  /** Bonded tokens. */
  tokens: bigint;
  delegatorShares: Dec;
}

/** What gov needs from staking to tally: the bonded set and a voter's delegations. */
export interface GovStakingKeeper {
  /** Bonded validators, in any order (the tally is a sum). PERF: grows with the validator set. */
  bondedValidators(kv: KVReader): Promise<GovValidator[]>;
  /** Validators `del` delegates to, with the shares. PERF: grows with the delegator's delegations. */
  delegationsOf(kv: KVReader, del: Uint8Array): Promise<{ operator: Uint8Array; shares: Dec }[]>;
  /** The bonded pool's balance (the SDK's TotalBondedTokens). */
  totalBondedTokens(kv: KVReader): bigint;
}

/**
 * The app's message router (chain/router.ts), handed to gov late by the wiring: gov checks each
 * proposal message is routable at submission and executes it when the proposal passes.
 */
export interface GovRouter {
  hasMsgHandler(typeUrl: string): boolean;
  /** Decodes and runs the message's stateless checks; throws ChainError. */
  routeMsg(any: Any): RoutedMsg;
}
