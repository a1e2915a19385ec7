import type { Coin } from "../../chain/coins.ts";
import type { Context } from "../../chain/context.ts";
import type { KVReader } from "../../chain/store/types.ts";

/** What rewards needs from bank. */
export interface RewardsBankKeeper {
  getBalance(kv: KVReader, addr: Uint8Array, denom: string): bigint;
  getAllBalances(kv: KVReader, addr: Uint8Array): Promise<Coin[]>;
  sendCoins(ctx: Context, from: Uint8Array, to: Uint8Array, coins: readonly Coin[]): void;
  sendCoinsToModule(ctx: Context, from: Uint8Array, moduleName: string, coins: readonly Coin[]): void;
  /** Removes coins from `from` and the supply; emits `burn`. */
  burnCoins(ctx: Context, from: Uint8Array, coins: readonly Coin[]): void;
}

/** What rewards needs from auth: its module accounts (bond escrow with burn permission, pool). */
export interface RewardsAccountKeeper {
  moduleAccount(ctx: Context, name: string, permissions?: string[]): unknown;
}

/** What rewards needs from mint: what mint's BeginBlock minted in this block (the SDK's BlockProvision). */
export interface RewardsMintKeeper {
  blockProvision(kv: KVReader): Coin;
}

/** A contribution as rewards sees it. */
export interface RewardsContribution {
  datanetId: bigint;
  contentHash: Uint8Array;
  /** Empty for records ingested before the content-root rules. */
  contentRoot: Uint8Array;
  bytes: bigint;
}

/**
 * What rewards needs from datanet: which datanets exist, and the list of challengeable records
 * (ACCEPTED with a content root) of each, with cumulative chunk counts (datanet/rootIndex.ts).
 */
export interface RewardsDatanetKeeper {
  hasDatanet(kv: KVReader, id: bigint): boolean;
  /** Records, chunks and bytes of the datanet's challengeable records. */
  rootedTotals(kv: KVReader, id: bigint): { records: bigint; chunks: bigint; bytes: bigint };
  /** The record and chunk at `ordinal` (0 ≤ ordinal < chunks) of the datanet's challengeable chunks. */
  rootedChunkAt(kv: KVReader, id: bigint, ordinal: bigint): { contributionId: bigint; chunkIndex: number };
  getContribution(kv: KVReader, id: bigint): RewardsContribution | undefined;
}
