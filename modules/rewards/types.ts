import type { Coin } from "../../chain/coins.ts";
import type { Dec } from "../../chain/dec.ts";

/**
 * The rewards module's state types as the keeper hands them out: u64 values as bigint, enums
 * as names. `codec.ts` maps them to and from proto/tributary/rewards/v1/types.proto.
 */

export const MODULE_NAME = "rewards";
/** Escrows node bonds and bonds waiting for their return. */
export const BOND_POOL = "rewards_bond";
/** The storage rewards pool: a share of inflation and of datanet fees, paid out every epoch. */
export const STORAGE_POOL = "storage_rewards_pool";

export const BPS = 10_000n;

export type NodeRole = "STORAGE";
export type ChallengeStatus = "PENDING" | "PASSED" | "MISSED";

/** Proto enum numbers (types.proto); index = number. */
export const NODE_ROLE_NAMES = ["UNSPECIFIED", "STORAGE"] as const;
export const CHALLENGE_STATUS_NAMES = ["UNSPECIFIED", "PENDING", "PASSED", "MISSED"] as const;

export interface NodeStats {
  epochsServed: bigint;
  challengesPassed: bigint;
  challengesMissed: bigint;
  bytesServed: bigint;
  rewardsEarned: Coin[];
  /** Amount in the bond denom (0 when never slashed). */
  totalSlashed: bigint;
  timesJailed: bigint;
  lastEpoch: bigint;
}

export const zeroStats = (): NodeStats => ({
  epochsServed: 0n, challengesPassed: 0n, challengesMissed: 0n, bytesServed: 0n, rewardsEarned: [], totalSlashed: 0n, timesJailed: 0n, lastEpoch: 0n,
});

export interface Node {
  operator: string;
  roles: NodeRole[];
  /** Ascending, distinct. */
  datanetIds: bigint[];
  endpoint: string;
  bond: Coin;
  registeredHeight: bigint;
  /** Jailed while the epoch number ≤ this (0: never jailed). */
  jailedUntilEpoch: bigint;
  stats: NodeStats;
}

export interface Challenge {
  operator: string;
  epoch: bigint;
  index: number;
  datanetId: bigint;
  contributionId: bigint;
  contentHash: Uint8Array;
  contentRoot: Uint8Array;
  bytes: bigint;
  chunkIndex: number;
  chunkCount: number;
  deadlineHeight: bigint;
  status: ChallengeStatus;
  provedHeight: bigint;
}

export interface EpochWork {
  operator: string;
  epoch: bigint;
  bytesCounted: bigint;
  bytesServed: bigint;
  challenges: number;
  passed: number;
  missed: number;
}

export interface EpochInfo {
  /** 0 before the first epoch. */
  number: bigint;
  startHeight: bigint;
  windowEndHeight: bigint;
  nextStartHeight: bigint;
  seed: Uint8Array;
  windowClosed: boolean;
}

/** Before the first block: epoch 1 starts at the first height the chain runs. */
export const GENESIS_EPOCH: EpochInfo = { number: 0n, startHeight: 0n, windowEndHeight: 0n, nextStartHeight: 0n, seed: new Uint8Array(), windowClosed: true };

export interface BondRefund {
  operator: string;
  amount: Coin;
  completionHeight: bigint;
}

export interface RewardsParams {
  epochBlocks: bigint;
  proofWindowBlocks: bigint;
  challengesPerEpoch: number;
  /** Its denom is the bond denom. */
  minBond: Coin;
  /** LegacyDec (10^18-scaled) bond per byte served. */
  bondPerByte: Dec;
  inflationShareBps: number;
  datanetFeeShareBps: number;
  maxMissedPerEpoch: number;
  slashFractionBps: number;
  jailEpochs: bigint;
  unbondingBlocks: bigint;
  maxDatanetsPerNode: number;
}

/** Defaults; the reasons are in README.md ("Parameters"). */
export const DEFAULT_REWARDS_PARAMS: RewardsParams = {
  epochBlocks: 100n,
  proofWindowBlocks: 20n,
  challengesPerEpoch: 4,
  minBond: { denom: "utrib", amount: 100_000_000n },
  // 0.01 utrib per byte: 10,486 utrib (≈ 0.01 TRIB) per MiB served.
  bondPerByte: 10_000_000_000_000_000n,
  inflationShareBps: 500,
  datanetFeeShareBps: 2_000,
  maxMissedPerEpoch: 1,
  slashFractionBps: 500,
  jailEpochs: 10n,
  unbondingBlocks: 1_000n,
  maxDatanetsPerNode: 32,
};

/** Field bounds. */
export const LIMITS = {
  endpointBytes: 256,
  maxChallengesPerEpoch: 64,
  /** A chunk proof of a 2^64-chunk body would be 64 hashes. */
  maxPathHashes: 64,
} as const;
