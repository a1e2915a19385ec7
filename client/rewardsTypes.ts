/**
 * The rewards module's values as the client hands them out (storage nodes, their work,
 * challenges, the epoch clock, params): 64-bit integers as `bigint`, enums by name, hashes as
 * bytes, amounts as CosmJS Coins (decimal strings).
 */
import type { Coin } from "@cosmjs/stargate";
import type * as pb from "../proto/gen/tributary/rewards/v1/index.ts";
import { bytesIn, u64In } from "./datanetTypes.ts";

export type NodeRoleName = "STORAGE";
export type ChallengeStatusName = "PENDING" | "PASSED" | "MISSED";

/** Proto enum numbers (types.proto): index = number. */
export const NODE_ROLES = ["UNSPECIFIED", "STORAGE"] as const;
export const CHALLENGE_STATUSES = ["UNSPECIFIED", "PENDING", "PASSED", "MISSED"] as const;

export interface NodeStats {
  epochsServed: bigint;
  challengesPassed: bigint;
  challengesMissed: bigint;
  /** Bytes of the challengeable records of its datanets at the last epoch start. */
  bytesServed: bigint;
  rewardsEarned: Coin[];
  /** Null when never slashed. */
  totalSlashed: Coin | null;
  timesJailed: bigint;
  lastEpoch: bigint;
}

export interface StorageNode {
  operator: string;
  roles: (NodeRoleName | "UNSPECIFIED")[];
  datanetIds: bigint[];
  endpoint: string;
  bond: Coin | null;
  registeredHeight: bigint;
  /** Jailed while the epoch number ≤ this; 0: never jailed. */
  jailedUntilEpoch: bigint;
  stats: NodeStats;
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

export interface NodeDetails {
  node: StorageNode;
  /** Work in the current epoch; null when not challenged in it. */
  currentEpoch: EpochWork | null;
  jailed: boolean;
  /** Bond amount (bond denom) required for the bytes it serves now. */
  requiredBond: string;
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
  status: ChallengeStatusName | "UNSPECIFIED";
  provedHeight: bigint;
}

export interface EpochInfo {
  number: bigint;
  startHeight: bigint;
  windowEndHeight: bigint;
  nextStartHeight: bigint;
  seed: Uint8Array;
  windowClosed: boolean;
}

export interface EpochState {
  epoch: EpochInfo;
  /** Balance of the storage rewards pool. */
  pool: Coin[];
  height: bigint;
  epochBlocks: bigint;
}

export interface BondRefund {
  operator: string;
  amount: Coin | null;
  completionHeight: bigint;
}

export interface RewardsParams {
  epochBlocks: bigint;
  proofWindowBlocks: bigint;
  challengesPerEpoch: number;
  minBond: Coin | null;
  /** Bond per byte served, a dotted decimal ("0.010000000000000000"; LegacyDec, 18 places). */
  bondPerByte: string;
  inflationShareBps: number;
  datanetFeeShareBps: number;
  maxMissedPerEpoch: number;
  slashFractionBps: number;
  jailEpochs: bigint;
  unbondingBlocks: bigint;
  maxDatanetsPerNode: number;
}

type ICoin = { denom?: string | null; amount?: string | null } | null | undefined;

/** The name of enum value `v`; a value this client does not know reads as the first name (UNSPECIFIED). */
function enumName<T extends readonly [string, ...string[]]>(names: T, v: number | null | undefined): T[number] {
  return names[v ?? 0] ?? names[0];
}

export function coinIn(c: ICoin): Coin | null {
  return c ? { denom: c.denom ?? "", amount: c.amount || "0" } : null;
}

const coinsIn = (cs: ICoin[] | null | undefined): Coin[] => (cs ?? []).map((c) => coinIn(c)!);

export function statsIn(s: pb.NodeStats | null | undefined): NodeStats {
  return {
    epochsServed: u64In(s?.epochsServed),
    challengesPassed: u64In(s?.challengesPassed),
    challengesMissed: u64In(s?.challengesMissed),
    bytesServed: u64In(s?.bytesServed),
    rewardsEarned: coinsIn(s?.rewardsEarned),
    totalSlashed: coinIn(s?.totalSlashed),
    timesJailed: u64In(s?.timesJailed),
    lastEpoch: u64In(s?.lastEpoch),
  };
}

export function nodeIn(n: pb.Node): StorageNode {
  return {
    operator: n.operator ?? "",
    roles: (n.roles ?? []).map((r) => enumName(NODE_ROLES, r)),
    datanetIds: (n.datanetIds ?? []).map(u64In),
    endpoint: n.endpoint ?? "",
    bond: coinIn(n.bond),
    registeredHeight: u64In(n.registeredHeight),
    jailedUntilEpoch: u64In(n.jailedUntilEpoch),
    stats: statsIn(n.stats),
  };
}

export function epochWorkIn(w: pb.EpochWork): EpochWork {
  return {
    operator: w.operator ?? "",
    epoch: u64In(w.epoch),
    bytesCounted: u64In(w.bytesCounted),
    bytesServed: u64In(w.bytesServed),
    challenges: w.challenges ?? 0,
    passed: w.passed ?? 0,
    missed: w.missed ?? 0,
  };
}

export function challengeIn(c: pb.Challenge): Challenge {
  return {
    operator: c.operator ?? "",
    epoch: u64In(c.epoch),
    index: c.index ?? 0,
    datanetId: u64In(c.datanetId),
    contributionId: u64In(c.contributionId),
    contentHash: bytesIn(c.contentHash),
    contentRoot: bytesIn(c.contentRoot),
    bytes: u64In(c.bytes),
    chunkIndex: c.chunkIndex ?? 0,
    chunkCount: c.chunkCount ?? 0,
    deadlineHeight: u64In(c.deadlineHeight),
    status: enumName(CHALLENGE_STATUSES, c.status),
    provedHeight: u64In(c.provedHeight),
  };
}

export function epochInfoIn(e: pb.EpochInfo | null | undefined): EpochInfo {
  return {
    number: u64In(e?.number),
    startHeight: u64In(e?.startHeight),
    windowEndHeight: u64In(e?.windowEndHeight),
    nextStartHeight: u64In(e?.nextStartHeight),
    seed: bytesIn(e?.seed),
    windowClosed: e?.windowClosed ?? false,
  };
}

export function refundIn(r: pb.BondRefund): BondRefund {
  return { operator: r.operator ?? "", amount: coinIn(r.amount), completionHeight: u64In(r.completionHeight) };
}

/** LegacyDec's protobuf form (the integer scaled by 10^18) as a dotted decimal with 18 places. */
export function legacyDecIn(wire: string | null | undefined): string {
  const v = BigInt(/^-?[0-9]+$/.test(wire ?? "") ? wire! : "0");
  const abs = v < 0n ? -v : v;
  return `${v < 0n ? "-" : ""}${abs / 10n ** 18n}.${(abs % 10n ** 18n).toString().padStart(18, "0")}`;
}

export function rewardsParamsIn(p: pb.Params | null | undefined): RewardsParams {
  return {
    epochBlocks: u64In(p?.epochBlocks),
    proofWindowBlocks: u64In(p?.proofWindowBlocks),
    challengesPerEpoch: p?.challengesPerEpoch ?? 0,
    minBond: coinIn(p?.minBond),
    bondPerByte: legacyDecIn(p?.bondPerByte),
    inflationShareBps: p?.inflationShareBps ?? 0,
    datanetFeeShareBps: p?.datanetFeeShareBps ?? 0,
    maxMissedPerEpoch: p?.maxMissedPerEpoch ?? 0,
    slashFractionBps: p?.slashFractionBps ?? 0,
    jailEpochs: u64In(p?.jailEpochs),
    unbondingBlocks: u64In(p?.unbondingBlocks),
    maxDatanetsPerNode: p?.maxDatanetsPerNode ?? 0,
  };
}
