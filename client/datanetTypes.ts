/**
 * The datanet module's values as the client hands them out: 64-bit integers as `bigint`, enums
 * by name, hashes as bytes, from the protobuf-es messages of proto/gen.
 */
import type { Coin } from "@cosmjs/stargate";
import { u64 as u64In, u64Out } from "../proto/codec.ts";
import type * as pb from "../proto/gen/tributary/datanet/v1/index.ts";

export type CurationPolicyName = "OPEN" | "CURATED";
export type DatanetStatusName = "ACTIVE" | "CLOSED";
export type ContributionStatusName = "PENDING" | "ACCEPTED" | "REJECTED" | "WITHDRAWN";

/** Proto enum numbers (types.proto): index = number. */
export const CURATION_POLICIES = ["UNSPECIFIED", "OPEN", "CURATED"] as const;
export const DATANET_STATUSES = ["UNSPECIFIED", "ACTIVE", "CLOSED"] as const;
export const CONTRIBUTION_STATUSES = ["UNSPECIFIED", "PENDING", "ACCEPTED", "REJECTED", "WITHDRAWN"] as const;

export interface DatanetMetadata {
  name: string;
  tags: string[];
  description: string;
  licence: string;
}

/** 0 means "the chain params' bound". */
export interface RecordLimits {
  minTokens: number;
  maxTokens: number;
  maxBytes: number;
}

export interface DatanetPolicy {
  curation: CurationPolicyName | "UNSPECIFIED";
  piiRedaction: boolean;
  /** Escrowed per record of a CURATED datanet; null when none. */
  contributionDeposit: Coin | null;
  limits: RecordLimits;
}

export interface Datanet {
  id: bigint;
  owner: string;
  metadata: DatanetMetadata;
  policy: DatanetPolicy;
  curators: string[];
  status: DatanetStatusName | "UNSPECIFIED";
  createdHeight: bigint;
}

export interface DatanetCounters {
  pending: bigint;
  accepted: bigint;
  acceptedTokens: bigint;
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
  /** SHA-256 of the stored body. */
  contentHash: Uint8Array;
  /** Chunked Merkle root of the stored body (1 KiB chunks, RFC 6962); empty for records ingested before the rule. */
  contentRoot: Uint8Array;
  bytes: bigint;
  tokens: number;
  maskedTokens: number;
  metadata: ContributionMetadata;
  status: ContributionStatusName | "UNSPECIFIED";
  rejectionReason: string;
  height: bigint;
  decidedHeight: bigint;
  redacted: boolean;
  sequenceHash: Uint8Array;
  deposit: Coin | null;
  timesAttributed: bigint;
  /** Decimal amount ("" or "0" before anything was earned). */
  totalEarned: string;
}

export interface TokenSequence {
  /** Token ids, VOID (2) at masked positions. */
  ids: number[];
  masks: { start: number; end: number }[];
  /** The original ids of the masked positions, run after run. */
  maskedIds: number[];
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
}

/** A decoded 64-bit field as bigint (absent = 0), and a checked uint64 for the encoder: proto/codec.ts's, shared with the chain. */
export { u64In, u64Out };

/** Bytes as a plain Uint8Array (protobufjs hands out Buffers under Node). */
export function bytesIn(b: Uint8Array | null | undefined): Uint8Array {
  if (!b) return new Uint8Array();
  return b.constructor === Uint8Array ? b : new Uint8Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
}

/** The name of enum value `n`; a value this client does not know reads as the first name (UNSPECIFIED). */
function enumName<T extends readonly [string, ...string[]]>(names: T, n: number | null | undefined): T[number] {
  return names[n ?? 0] ?? names[0];
}

const coinIn = (c: { denom?: string | null; amount?: string | null } | null | undefined): Coin | null =>
  c && c.denom ? { denom: c.denom, amount: c.amount || "0" } : null;

export function metadataIn(m: pb.DatanetMetadata | null | undefined): DatanetMetadata {
  return { name: m?.name ?? "", tags: [...(m?.tags ?? [])], description: m?.description ?? "", licence: m?.licence ?? "" };
}

export function datanetIn(d: pb.Datanet): Datanet {
  const p = d.policy;
  return {
    id: u64In(d.id),
    owner: d.owner ?? "",
    metadata: metadataIn(d.metadata),
    policy: {
      curation: enumName(CURATION_POLICIES, p?.curation),
      piiRedaction: p?.piiRedaction ?? false,
      contributionDeposit: coinIn(p?.contributionDeposit),
      limits: { minTokens: p?.limits?.minTokens ?? 0, maxTokens: p?.limits?.maxTokens ?? 0, maxBytes: p?.limits?.maxBytes ?? 0 },
    },
    curators: [...(d.curators ?? [])],
    status: enumName(DATANET_STATUSES, d.status),
    createdHeight: u64In(d.createdHeight),
  };
}

export function countersIn(c: pb.DatanetCounters | null | undefined): DatanetCounters {
  return {
    pending: u64In(c?.pending),
    accepted: u64In(c?.accepted),
    acceptedTokens: u64In(c?.acceptedTokens),
    nextWordId: c?.nextWordId ?? 0,
    latestVersion: u64In(c?.latestVersion),
  };
}

export function contributionIn(c: pb.Contribution): Contribution {
  return {
    id: u64In(c.id),
    datanetId: u64In(c.datanetId),
    contributor: c.contributor ?? "",
    contentHash: bytesIn(c.contentHash),
    contentRoot: bytesIn(c.contentRoot),
    bytes: u64In(c.bytes),
    tokens: c.tokens ?? 0,
    maskedTokens: c.maskedTokens ?? 0,
    metadata: {
      title: c.metadata?.title ?? "",
      source: c.metadata?.source ?? "",
      licence: c.metadata?.licence ?? "",
      extra: (c.metadata?.extra ?? []).map((kv) => ({ key: kv.key ?? "", value: kv.value ?? "" })),
    },
    status: enumName(CONTRIBUTION_STATUSES, c.status),
    rejectionReason: c.rejectionReason ?? "",
    height: u64In(c.height),
    decidedHeight: u64In(c.decidedHeight),
    redacted: c.redacted ?? false,
    sequenceHash: bytesIn(c.sequenceHash),
    deposit: coinIn(c.deposit),
    timesAttributed: u64In(c.timesAttributed),
    totalEarned: c.totalEarned ?? "",
  };
}

export function sequenceIn(s: pb.TokenSequence | null | undefined): TokenSequence {
  return {
    ids: [...(s?.ids ?? [])],
    masks: (s?.masks ?? []).map((m) => ({ start: m.start ?? 0, end: m.end ?? 0 })),
    maskedIds: [...(s?.maskedIds ?? [])],
  };
}

export function versionIn(v: pb.DatanetVersion): DatanetVersion {
  return {
    datanetId: u64In(v.datanetId),
    number: u64In(v.number),
    addedContributionIds: (v.addedContributionIds ?? []).map(u64In),
    recordCount: u64In(v.recordCount),
    merkleRoot: bytesIn(v.merkleRoot),
    totalTokens: u64In(v.totalTokens),
    height: u64In(v.height),
  };
}

export function contributorCountersIn(c: pb.ContributorCounters | null | undefined): ContributorCounters {
  return {
    records: u64In(c?.records),
    pending: u64In(c?.pending),
    accepted: u64In(c?.accepted),
    rejected: u64In(c?.rejected),
    withdrawn: u64In(c?.withdrawn),
    tokens: u64In(c?.tokens),
    acceptedTokens: u64In(c?.acceptedTokens),
    bytes: u64In(c?.bytes),
  };
}

export function paramsIn(p: pb.Params | null | undefined): DatanetParams {
  return {
    creationFee: (p?.creationFee ?? []).map((c) => ({ denom: c.denom ?? "", amount: c.amount || "0" })),
    minTokensPerRecord: p?.minTokensPerRecord ?? 0,
    maxTokensPerRecord: p?.maxTokensPerRecord ?? 0,
    maxRecordBytes: p?.maxRecordBytes ?? 0,
    maxRecordsPerMsg: p?.maxRecordsPerMsg ?? 0,
    quotaWindowBlocks: u64In(p?.quotaWindowBlocks),
    quotaRecordsPerWindow: u64In(p?.quotaRecordsPerWindow),
    quotaBytesPerWindow: u64In(p?.quotaBytesPerWindow),
    bandBucketCap: p?.bandBucketCap ?? 0,
    fingerprintBucketCap: p?.fingerprintBucketCap ?? 0,
    maxCopySources: p?.maxCopySources ?? 0,
    maxCurators: p?.maxCurators ?? 0,
  };
}
