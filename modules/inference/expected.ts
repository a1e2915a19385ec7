import type { Coin } from "../../chain/coins.ts";
import type { Context } from "../../chain/context.ts";
import type { KVReader } from "../../chain/store/types.ts";
import type { AttributionRecord, IndexCommitment, ManifestEntry } from "../attribution/types.ts";
import type { Contribution, DatanetVersion } from "../datanet/types.ts";

/** What inference needs from bank. */
export interface InferenceBankKeeper {
  getBalance(kv: KVReader, addr: Uint8Array, denom: string): bigint;
  sendCoins(ctx: Context, from: Uint8Array, to: Uint8Array, coins: readonly Coin[]): void;
}

/** What inference needs from auth: module account addresses (escrow and pools). */
export interface InferenceAccountKeeper {
  ensureModuleAccount(ctx: Context, name: string): Uint8Array;
}

/**
 * What inference needs from distribution: the compute share of a fee goes to the validators
 * (through fee_collector and the next block's allocation), the protocol share to the community
 * pool; plus what the RewardPools query reports about both.
 */
export interface InferenceDistributionKeeper {
  addComputeRewards(ctx: Context, from: Uint8Array, coins: Coin[]): void;
  fundCommunityPool(ctx: Context, from: Uint8Array, coins: Coin[]): void;
  /** Where those coins land, for the payout records: fee_collector and the distribution module account. */
  computeRewardsAddress(): Uint8Array;
  communityPoolAddress(): Uint8Array;
  /** The community pool in whole coins (truncated). */
  communityPoolCoins(kv: KVReader): Coin[];
  /** Compute share waiting for the next allocation, the last allocation's and the total. */
  computeRewards(kv: KVReader): { pending: Coin[]; lastAllocated: Coin[]; lastHeight: bigint; totalAllocated: Coin[] };
}

export type { AttributionRecord, IndexCommitment, ManifestEntry };

/** What inference needs from attribution (attribution/inferenceApi.ts implements it). */
export interface InferenceAttributionKeeper {
  getCommitment(kv: KVReader, dn: bigint, v: bigint): IndexCommitment | undefined;
  /** Stateless training-manifest checks (entry count, ids > 0, no datanet twice); throws naming the entry. */
  checkManifest(manifest: readonly ManifestEntry[]): void;
  /**
   * Attributes `output` and stores the record; undefined (and nothing written) when the output
   * holds nothing attribution can credit, so the whole data share goes to the pools.
   */
  recordIfCreditable(ctx: Context, manifest: ManifestEntry[], output: string, prompt: string, fee: Coin | undefined, submitter?: string): Promise<AttributionRecord | undefined>;
}

/** What inference reads and writes in the datanet module. */
export interface InferenceDatanetKeeper {
  getVersion(kv: KVReader, dn: bigint, n: bigint): DatanetVersion | undefined;
  latestVersion(kv: KVReader, dn: bigint): bigint;
  getContribution(kv: KVReader, id: bigint): Contribution | undefined;
  addEarned(ctx: Context, contributionId: bigint, amount: bigint): void;
}

/**
 * Runs an integer-only model. The default is the pure-TypeScript interpreter of
 * modules/inference/onnx; the node plugs in onnxruntime-node (node/inference/ortRunner.ts).
 * Both must give bit-identical logits: registration admits only graphs whose every
 * intermediate provably fits its integer type (onnx/README.md).
 */
export interface ModelRunner {
  /**
   * The model of the artifact with this sha256. Runners cache loaded models by hash (the hash
   * names the bytes, so a cached model is the model of any artifact with that hash) and read
   * `artifact` only on a miss: a reader there lets the caller skip reading the bytes at all
   * when the model is already loaded.
   */
  load(hash: Uint8Array, artifact: ArtifactSource): Promise<LoadedModel>;
}

/** An artifact's bytes, or a reader of them (called at most once per load, only on a cache miss). */
export type ArtifactSource = Uint8Array | (() => Uint8Array);

export function artifactBytes(source: ArtifactSource): Uint8Array {
  return typeof source === "function" ? source() : source;
}

export interface LoadedModel {
  /** Logits for one window of token ids (the model's window length). */
  logits(window: Int32Array): Promise<Int32Array>;
}
