import type { Coin } from "../../chain/coins.ts";

/**
 * The datanet module's state types as the keeper hands them out: u64 values as bigint, enums
 * as names. `codec.ts` maps them to and from the protobuf messages of
 * proto/tributary/datanet/v1/types.proto that are stored.
 */

export const MODULE_NAME = "datanet";
/** The module account that escrows contribution deposits. */
export const ESCROW_ACCOUNT = "datanet";

export type CurationPolicy = "OPEN" | "CURATED";
export type DatanetStatus = "ACTIVE" | "CLOSED";
export type ContributionStatus = "PENDING" | "ACCEPTED" | "REJECTED" | "WITHDRAWN";

/** Proto enum numbers (types.proto); index = number. */
export const CURATION_NAMES = ["UNSPECIFIED", "OPEN", "CURATED"] as const;
export const DATANET_STATUS_NAMES = ["UNSPECIFIED", "ACTIVE", "CLOSED"] as const;
export const CONTRIBUTION_STATUS_NAMES = ["UNSPECIFIED", "PENDING", "ACCEPTED", "REJECTED", "WITHDRAWN"] as const;

export const contributionStatusNumber = (s: ContributionStatus): number => CONTRIBUTION_STATUS_NAMES.indexOf(s);

export interface DatanetMetadata {
  name: string;
  tags: string[];
  description: string;
  licence: string;
}

/** 0 = the params' bound. */
export interface RecordLimits {
  minTokens: number;
  maxTokens: number;
  maxBytes: number;
}

export interface DatanetPolicy {
  curation: CurationPolicy;
  piiRedaction: boolean;
  /** Undefined: no deposit. */
  deposit: Coin | undefined;
  limits: RecordLimits;
}

export interface Datanet {
  id: bigint;
  owner: string;
  metadata: DatanetMetadata;
  policy: DatanetPolicy;
  curators: string[];
  status: DatanetStatus;
  createdHeight: bigint;
}

export interface DatanetCounters {
  pending: bigint;
  accepted: bigint;
  acceptedTokens: bigint;
  /** The next vocabulary id; the vocabulary holds 3 .. nextWordId-1. */
  nextWordId: number;
  latestVersion: bigint;
}

export interface KeyValue {
  key: string;
  value: string;
}

export interface ContributionMetadata {
  title: string;
  source: string;
  licence: string;
  extra: KeyValue[];
}

export interface Contribution {
  id: bigint;
  datanetId: bigint;
  contributor: string;
  contentHash: Uint8Array;
  bytes: bigint;
  tokens: number;
  maskedTokens: number;
  metadata: ContributionMetadata;
  status: ContributionStatus;
  rejectionReason: string;
  height: bigint;
  decidedHeight: bigint;
  redacted: boolean;
  sequenceHash: Uint8Array;
  deposit: Coin | undefined;
  timesAttributed: bigint;
  totalEarned: bigint;
  /** contentRoot.ts root of the stored body; empty for records ingested before the rules switch. */
  contentRoot: Uint8Array;
}

/** A [start, end) range of token positions. */
export type Run = readonly [start: number, end: number];

/**
 * A record's tokens. `ids` is what attribution indexes (VOID at masked positions); `unmasked`
 * is what dedup compares. Both are kept so neither has to be recomputed from the body.
 */
export interface TokenSequence {
  ids: Int32Array;
  unmasked: Int32Array;
  masks: Run[];
}

export interface DatanetVersion {
  datanetId: bigint;
  number: bigint;
  addedContributionIds: bigint[];
  recordCount: bigint;
  merkleRoot: Uint8Array;
  totalTokens: bigint;
  height: bigint;
}

export interface ContributorCounters {
  records: bigint;
  pending: bigint;
  accepted: bigint;
  rejected: bigint;
  withdrawn: bigint;
  tokens: bigint;
  acceptedTokens: bigint;
  bytes: bigint;
}

export const zeroContributorCounters = (): ContributorCounters => ({
  records: 0n, pending: 0n, accepted: 0n, rejected: 0n, withdrawn: 0n, tokens: 0n, acceptedTokens: 0n, bytes: 0n,
});

export interface QuotaUsage {
  window: bigint;
  records: bigint;
  bytes: bigint;
}

export interface DatanetParams {
  creationFee: Coin[];
  minTokensPerRecord: number;
  maxTokensPerRecord: number;
  maxRecordBytes: number;
  maxRecordsPerMsg: number;
  quotaWindowBlocks: bigint;
  quotaRecordsPerWindow: bigint;
  quotaBytesPerWindow: bigint;
  bandBucketCap: number;
  fingerprintBucketCap: number;
  maxCopySources: number;
  maxCurators: number;
  /** Records ingested at a height ≥ this get a content root; 0 = never (see README "Rules over time"). */
  contentRootFromHeight: bigint;
}

/** Defaults; the reasons are in README.md ("Parameters"). */
export const DEFAULT_DATANET_PARAMS: DatanetParams = {
  creationFee: [{ denom: "utrib", amount: 10_000_000n }],
  minTokensPerRecord: 32,
  maxTokensPerRecord: 20_000,
  maxRecordBytes: 200_000,
  maxRecordsPerMsg: 100,
  quotaWindowBlocks: 600n,
  quotaRecordsPerWindow: 5_000n,
  quotaBytesPerWindow: 50_000_000n,
  bandBucketCap: 16,
  fingerprintBucketCap: 16,
  maxCopySources: 32,
  maxCurators: 32,
  contentRootFromHeight: 1n,
};

/** Whether a record ingested at `height` gets a content root (a rules switch selected by height). */
export const contentRootsAt = (p: DatanetParams, height: bigint): boolean => p.contentRootFromHeight > 0n && height >= p.contentRootFromHeight;

/** Field bounds of metadata (bytes of UTF-8 unless said otherwise). */
export const LIMITS = {
  nameBytes: 64,
  tags: 10,
  tagBytes: 32,
  descriptionBytes: 4096,
  licenceBytes: 64,
  titleBytes: 256,
  sourceBytes: 1024,
  keyValues: 16,
  keyBytes: 64,
  valueBytes: 512,
  reasonBytes: 512,
} as const;

/** The bounds that apply to a record of `d`: the datanet's own limits inside the params'. */
export function effectiveLimits(p: DatanetParams, d: Datanet): { minTokens: number; maxTokens: number; maxBytes: number } {
  const l = d.policy.limits;
  return {
    minTokens: Math.max(p.minTokensPerRecord, l.minTokens),
    maxTokens: l.maxTokens === 0 ? p.maxTokensPerRecord : Math.min(p.maxTokensPerRecord, l.maxTokens),
    maxBytes: l.maxBytes === 0 ? p.maxRecordBytes : Math.min(p.maxRecordBytes, l.maxBytes),
  };
}
