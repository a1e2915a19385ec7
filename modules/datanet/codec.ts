import { tributary } from "../../proto/gen/tributary/datanet/v1/types.js";
import type { Coin } from "../../chain/coins.ts";
import {
  CONTRIBUTION_STATUS_NAMES, CURATION_NAMES, DATANET_STATUS_NAMES, type Contribution, type ContributionMetadata,
  type ContributorCounters, type CurationPolicy, type Datanet, type DatanetCounters, type DatanetMetadata,
  type DatanetParams, type DatanetPolicy, type DatanetStatus, type DatanetVersion, type QuotaUsage, type TokenSequence,
  contributionStatusNumber,
} from "./types.ts";
import { VOID } from "./text/index.ts";

/**
 * Protobuf ⇄ keeper types. protobufjs decodes 64-bit integers as `Long` and encodes a
 * `bigint` as 0, so every u64 goes out as a decimal string and comes back through `u64`.
 */
export const pb = tributary.datanet.v1;

type LongLike = { toString(): string } | number | string | null | undefined;

/** A decoded 64-bit field (Long, number or string) as bigint; absent = 0. */
export function u64(v: LongLike): bigint {
  if (v === null || v === undefined) return 0n;
  return BigInt(typeof v === "number" ? v : v.toString());
}

export const coinOut = (c: Coin | undefined) => (c ? { denom: c.denom, amount: c.amount.toString() } : null);
export const coinIn = (c: { denom?: string | null; amount?: string | null } | null | undefined): Coin | undefined =>
  c && c.denom && c.amount && c.amount !== "0" ? { denom: c.denom, amount: BigInt(c.amount) } : undefined;

export function metadataOut(m: DatanetMetadata) {
  return { name: m.name, tags: m.tags, description: m.description, licence: m.licence };
}

export function metadataIn(m: tributary.datanet.v1.IDatanetMetadata | null | undefined): DatanetMetadata {
  return { name: m?.name ?? "", tags: [...(m?.tags ?? [])], description: m?.description ?? "", licence: m?.licence ?? "" };
}

export function policyOut(p: DatanetPolicy) {
  return {
    curation: CURATION_NAMES.indexOf(p.curation),
    piiRedaction: p.piiRedaction,
    contributionDeposit: coinOut(p.deposit),
    limits: { minTokens: p.limits.minTokens, maxTokens: p.limits.maxTokens, maxBytes: p.limits.maxBytes },
  };
}

/** `curation` is the raw enum number; callers that accept input check it first. */
export function policyIn(p: tributary.datanet.v1.IDatanetPolicy | null | undefined): DatanetPolicy {
  return {
    curation: (CURATION_NAMES[p?.curation ?? 0] ?? "UNSPECIFIED") as CurationPolicy,
    piiRedaction: p?.piiRedaction ?? false,
    deposit: coinIn(p?.contributionDeposit),
    limits: { minTokens: p?.limits?.minTokens ?? 0, maxTokens: p?.limits?.maxTokens ?? 0, maxBytes: p?.limits?.maxBytes ?? 0 },
  };
}

export function datanetOut(d: Datanet): tributary.datanet.v1.IDatanet {
  return {
    id: d.id.toString() as never,
    owner: d.owner,
    metadata: metadataOut(d.metadata),
    policy: policyOut(d.policy),
    curators: d.curators,
    status: DATANET_STATUS_NAMES.indexOf(d.status),
    createdHeight: d.createdHeight.toString() as never,
  };
}

export function datanetIn(m: tributary.datanet.v1.IDatanet): Datanet {
  return {
    id: u64(m.id),
    owner: m.owner ?? "",
    metadata: metadataIn(m.metadata),
    policy: policyIn(m.policy),
    curators: [...(m.curators ?? [])],
    status: (DATANET_STATUS_NAMES[m.status ?? 0] ?? "UNSPECIFIED") as DatanetStatus,
    createdHeight: u64(m.createdHeight),
  };
}

export const encodeDatanet = (d: Datanet) => pb.Datanet.encode(datanetOut(d)).finish();
export const decodeDatanet = (b: Uint8Array) => datanetIn(pb.Datanet.decode(b));

export function countersOut(c: DatanetCounters): tributary.datanet.v1.IDatanetCounters {
  return {
    pending: c.pending.toString() as never,
    accepted: c.accepted.toString() as never,
    acceptedTokens: c.acceptedTokens.toString() as never,
    nextWordId: c.nextWordId,
    latestVersion: c.latestVersion.toString() as never,
  };
}

export function countersIn(m: tributary.datanet.v1.IDatanetCounters): DatanetCounters {
  return {
    pending: u64(m.pending),
    accepted: u64(m.accepted),
    acceptedTokens: u64(m.acceptedTokens),
    nextWordId: m.nextWordId ?? 0,
    latestVersion: u64(m.latestVersion),
  };
}

export function contributionMetadataIn(m: tributary.datanet.v1.IContributionMetadata | null | undefined): ContributionMetadata {
  return {
    title: m?.title ?? "",
    source: m?.source ?? "",
    licence: m?.licence ?? "",
    extra: (m?.extra ?? []).map((kv) => ({ key: kv.key ?? "", value: kv.value ?? "" })),
  };
}

export function contributionOut(c: Contribution): tributary.datanet.v1.IContribution {
  return {
    id: c.id.toString() as never,
    datanetId: c.datanetId.toString() as never,
    contributor: c.contributor,
    contentHash: c.contentHash,
    bytes: c.bytes.toString() as never,
    tokens: c.tokens,
    maskedTokens: c.maskedTokens,
    metadata: c.metadata,
    status: contributionStatusNumber(c.status),
    rejectionReason: c.rejectionReason,
    height: c.height.toString() as never,
    decidedHeight: c.decidedHeight.toString() as never,
    redacted: c.redacted,
    sequenceHash: c.sequenceHash,
    deposit: coinOut(c.deposit),
    timesAttributed: c.timesAttributed.toString() as never,
    totalEarned: c.totalEarned === 0n ? "" : c.totalEarned.toString(),
    contentRoot: c.contentRoot,
  };
}

export function contributionIn(m: tributary.datanet.v1.IContribution): Contribution {
  return {
    id: u64(m.id),
    datanetId: u64(m.datanetId),
    contributor: m.contributor ?? "",
    contentHash: m.contentHash ?? new Uint8Array(),
    bytes: u64(m.bytes),
    tokens: m.tokens ?? 0,
    maskedTokens: m.maskedTokens ?? 0,
    metadata: contributionMetadataIn(m.metadata),
    status: (CONTRIBUTION_STATUS_NAMES[m.status ?? 0] ?? "UNSPECIFIED") as Contribution["status"],
    rejectionReason: m.rejectionReason ?? "",
    height: u64(m.height),
    decidedHeight: u64(m.decidedHeight),
    redacted: m.redacted ?? false,
    sequenceHash: m.sequenceHash ?? new Uint8Array(),
    deposit: coinIn(m.deposit),
    timesAttributed: u64(m.timesAttributed),
    totalEarned: m.totalEarned ? BigInt(m.totalEarned) : 0n,
    contentRoot: m.contentRoot ?? new Uint8Array(),
  };
}

export const encodeContribution = (c: Contribution) => pb.Contribution.encode(contributionOut(c)).finish();
export const decodeContribution = (b: Uint8Array) => contributionIn(pb.Contribution.decode(b));

export function sequenceOut(s: TokenSequence): tributary.datanet.v1.ITokenSequence {
  const maskedIds: number[] = [];
  for (const [a, b] of s.masks) for (let i = a; i < b; i++) maskedIds.push(s.unmasked[i]);
  return { ids: Array.from(s.ids), masks: s.masks.map(([start, end]) => ({ start, end })), maskedIds };
}

/** Rebuilds both views; throws when the masks do not fit the ids (only bad genesis can do that). */
export function sequenceIn(m: tributary.datanet.v1.ITokenSequence): TokenSequence {
  const ids = Int32Array.from(m.ids ?? []);
  const unmasked = ids.slice();
  const masks = (m.masks ?? []).map((r) => [r.start ?? 0, r.end ?? 0] as const);
  const original = m.maskedIds ?? [];
  let k = 0;
  for (const [a, b] of masks) {
    for (let i = a; i < b; i++) {
      if (i >= ids.length || ids[i] !== VOID || k >= original.length) throw new Error(`mask [${a}, ${b}) does not fit the sequence`);
      unmasked[i] = original[k++];
    }
  }
  if (k !== original.length) throw new Error(`${original.length} masked ids for ${k} masked positions`);
  return { ids, unmasked, masks };
}

export const encodeSequence = (s: TokenSequence) => pb.TokenSequence.encode(sequenceOut(s)).finish();
export const decodeSequence = (b: Uint8Array) => sequenceIn(pb.TokenSequence.decode(b));

export function versionOut(v: DatanetVersion): tributary.datanet.v1.IDatanetVersion {
  return {
    datanetId: v.datanetId.toString() as never,
    number: v.number.toString() as never,
    addedContributionIds: v.addedContributionIds.map((id) => id.toString() as never),
    recordCount: v.recordCount.toString() as never,
    merkleRoot: v.merkleRoot,
    totalTokens: v.totalTokens.toString() as never,
    height: v.height.toString() as never,
  };
}

export function versionIn(m: tributary.datanet.v1.IDatanetVersion): DatanetVersion {
  return {
    datanetId: u64(m.datanetId),
    number: u64(m.number),
    addedContributionIds: (m.addedContributionIds ?? []).map(u64),
    recordCount: u64(m.recordCount),
    merkleRoot: m.merkleRoot ?? new Uint8Array(),
    totalTokens: u64(m.totalTokens),
    height: u64(m.height),
  };
}

export const encodeVersion = (v: DatanetVersion) => pb.DatanetVersion.encode(versionOut(v)).finish();
export const decodeVersion = (b: Uint8Array) => versionIn(pb.DatanetVersion.decode(b));

const COUNTER_FIELDS = ["records", "pending", "accepted", "rejected", "withdrawn", "tokens", "acceptedTokens", "bytes"] as const;

export function contributorCountersOut(c: ContributorCounters): tributary.datanet.v1.IContributorCounters {
  return Object.fromEntries(COUNTER_FIELDS.map((f) => [f, c[f].toString()])) as never;
}

export function contributorCountersIn(m: tributary.datanet.v1.IContributorCounters): ContributorCounters {
  return Object.fromEntries(COUNTER_FIELDS.map((f) => [f, u64(m[f])])) as unknown as ContributorCounters;
}

export function quotaOut(q: QuotaUsage) {
  return pb.QuotaUsage.encode({ window: q.window.toString() as never, records: q.records.toString() as never, bytes: q.bytes.toString() as never }).finish();
}

export function quotaIn(b: Uint8Array): QuotaUsage {
  const m = pb.QuotaUsage.decode(b);
  return { window: u64(m.window), records: u64(m.records), bytes: u64(m.bytes) };
}

export function paramsOut(p: DatanetParams): tributary.datanet.v1.IParams {
  return {
    creationFee: p.creationFee.map((c) => ({ denom: c.denom, amount: c.amount.toString() })),
    minTokensPerRecord: p.minTokensPerRecord,
    maxTokensPerRecord: p.maxTokensPerRecord,
    maxRecordBytes: p.maxRecordBytes,
    maxRecordsPerMsg: p.maxRecordsPerMsg,
    quotaWindowBlocks: p.quotaWindowBlocks.toString() as never,
    quotaRecordsPerWindow: p.quotaRecordsPerWindow.toString() as never,
    quotaBytesPerWindow: p.quotaBytesPerWindow.toString() as never,
    bandBucketCap: p.bandBucketCap,
    fingerprintBucketCap: p.fingerprintBucketCap,
    maxCopySources: p.maxCopySources,
    maxCurators: p.maxCurators,
    contentRootFromHeight: p.contentRootFromHeight.toString() as never,
  };
}

export function paramsIn(m: tributary.datanet.v1.IParams): DatanetParams {
  return {
    creationFee: (m.creationFee ?? []).map((c) => ({ denom: c.denom ?? "", amount: BigInt(c.amount || "0") })),
    minTokensPerRecord: m.minTokensPerRecord ?? 0,
    maxTokensPerRecord: m.maxTokensPerRecord ?? 0,
    maxRecordBytes: m.maxRecordBytes ?? 0,
    maxRecordsPerMsg: m.maxRecordsPerMsg ?? 0,
    quotaWindowBlocks: u64(m.quotaWindowBlocks),
    quotaRecordsPerWindow: u64(m.quotaRecordsPerWindow),
    quotaBytesPerWindow: u64(m.quotaBytesPerWindow),
    bandBucketCap: m.bandBucketCap ?? 0,
    fingerprintBucketCap: m.fingerprintBucketCap ?? 0,
    maxCopySources: m.maxCopySources ?? 0,
    maxCurators: m.maxCurators ?? 0,
    contentRootFromHeight: u64(m.contentRootFromHeight),
  };
}
