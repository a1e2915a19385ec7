import * as pb from "../../proto/gen/tributary/datanet/v1/index.ts";
import type { Coin } from "../../chain/coins.ts";
import {
  CONTRIBUTION_STATUS_NAMES, CURATION_NAMES, DATANET_STATUS_NAMES, type Contribution, type ContributionMetadata,
  type ContributorCounters, type CurationPolicy, type Datanet, type DatanetCounters, type DatanetMetadata,
  type DatanetParams, type DatanetPolicy, type DatanetStatus, type DatanetVersion, type QuotaUsage, type TokenSequence,
  contributionStatusNumber,
} from "./types.ts";
import { VOID } from "./text/index.ts";
import { type CoinMsg, coinFromMsg, coinMsg, decode, encode, type Init, u64 } from "../../proto/codec.ts";

/** Protobuf ⇄ keeper types; u64 and coin conversions are proto/codec.ts's, shared with the client. */
export { pb, u64 };

export const coinOut = (c: Coin | undefined) => (c ? coinMsg(c) : undefined);
export const coinIn = (c: CoinMsg | undefined): Coin | undefined =>
  c && c.denom && c.amount && c.amount !== "0" ? { denom: c.denom, amount: BigInt(c.amount) } : undefined;

export function metadataOut(m: DatanetMetadata) {
  return { name: m.name, tags: m.tags, description: m.description, licence: m.licence };
}

export function metadataIn(m: pb.DatanetMetadata | null | undefined): DatanetMetadata {
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
export function policyIn(p: pb.DatanetPolicy | null | undefined): DatanetPolicy {
  return {
    curation: (CURATION_NAMES[p?.curation ?? 0] ?? "UNSPECIFIED") as CurationPolicy,
    piiRedaction: p?.piiRedaction ?? false,
    deposit: coinIn(p?.contributionDeposit),
    limits: { minTokens: p?.limits?.minTokens ?? 0, maxTokens: p?.limits?.maxTokens ?? 0, maxBytes: p?.limits?.maxBytes ?? 0 },
  };
}

export function datanetOut(d: Datanet): Init<typeof pb.DatanetSchema> {
  return {
    id: d.id,
    owner: d.owner,
    metadata: metadataOut(d.metadata),
    policy: policyOut(d.policy),
    curators: d.curators,
    status: DATANET_STATUS_NAMES.indexOf(d.status),
    createdHeight: d.createdHeight,
  };
}

export function datanetIn(m: pb.Datanet): Datanet {
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

export const encodeDatanet = (d: Datanet) => encode(pb.DatanetSchema, datanetOut(d));
export const decodeDatanet = (b: Uint8Array) => datanetIn(decode(pb.DatanetSchema, b));

export function countersOut(c: DatanetCounters): Init<typeof pb.DatanetCountersSchema> {
  return {
    pending: c.pending,
    accepted: c.accepted,
    acceptedTokens: c.acceptedTokens,
    nextWordId: c.nextWordId,
    latestVersion: c.latestVersion,
  };
}

export function countersIn(m: pb.DatanetCounters): DatanetCounters {
  return {
    pending: u64(m.pending),
    accepted: u64(m.accepted),
    acceptedTokens: u64(m.acceptedTokens),
    nextWordId: m.nextWordId ?? 0,
    latestVersion: u64(m.latestVersion),
  };
}

/** A contribution's metadata, or a record's (MsgContribute's Record carries the same fields). */
export function contributionMetadataIn(
  m: { title?: string; source?: string; licence?: string; extra?: readonly { key?: string; value?: string }[] } | undefined,
): ContributionMetadata {
  return {
    title: m?.title ?? "",
    source: m?.source ?? "",
    licence: m?.licence ?? "",
    extra: (m?.extra ?? []).map((kv) => ({ key: kv.key ?? "", value: kv.value ?? "" })),
  };
}

export function contributionOut(c: Contribution): Init<typeof pb.ContributionSchema> {
  return {
    id: c.id,
    datanetId: c.datanetId,
    contributor: c.contributor,
    contentHash: c.contentHash,
    bytes: c.bytes,
    tokens: c.tokens,
    maskedTokens: c.maskedTokens,
    metadata: c.metadata,
    status: contributionStatusNumber(c.status),
    rejectionReason: c.rejectionReason,
    height: c.height,
    decidedHeight: c.decidedHeight,
    redacted: c.redacted,
    sequenceHash: c.sequenceHash,
    deposit: coinOut(c.deposit),
    timesAttributed: c.timesAttributed,
    totalEarned: c.totalEarned === 0n ? "" : c.totalEarned.toString(),
    contentRoot: c.contentRoot,
  };
}

export function contributionIn(m: pb.Contribution): Contribution {
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

export const encodeContribution = (c: Contribution) => encode(pb.ContributionSchema, contributionOut(c));
export const decodeContribution = (b: Uint8Array) => contributionIn(decode(pb.ContributionSchema, b));

export function sequenceOut(s: TokenSequence): Init<typeof pb.TokenSequenceSchema> {
  const maskedIds: number[] = [];
  // A TokenSequence's masks lie inside its ids (sequenceIn and ingestion check it).
  for (const [a, b] of s.masks) for (let i = a; i < b; i++) maskedIds.push(s.unmasked[i]!);
  return { ids: Array.from(s.ids), masks: s.masks.map(([start, end]) => ({ start, end })), maskedIds };
}

/** Rebuilds both views; throws when the masks do not fit the ids (only bad genesis can do that). */
export function sequenceIn(m: pb.TokenSequence): TokenSequence {
  const ids = Int32Array.from(m.ids ?? []);
  const unmasked = ids.slice();
  const masks = (m.masks ?? []).map((r) => [r.start ?? 0, r.end ?? 0] as const);
  const original = m.maskedIds ?? [];
  let k = 0;
  for (const [a, b] of masks) {
    for (let i = a; i < b; i++) {
      if (i >= ids.length || ids[i] !== VOID || k >= original.length) throw new Error(`mask [${a}, ${b}) does not fit the sequence`);
      unmasked[i] = original[k++]!;
    }
  }
  if (k !== original.length) throw new Error(`${original.length} masked ids for ${k} masked positions`);
  return { ids, unmasked, masks };
}

export const encodeSequence = (s: TokenSequence) => encode(pb.TokenSequenceSchema, sequenceOut(s));
export const decodeSequence = (b: Uint8Array) => sequenceIn(decode(pb.TokenSequenceSchema, b));

export function versionOut(v: DatanetVersion): Init<typeof pb.DatanetVersionSchema> {
  return {
    datanetId: v.datanetId,
    number: v.number,
    addedContributionIds: v.addedContributionIds.map((id) => id),
    recordCount: v.recordCount,
    merkleRoot: v.merkleRoot,
    totalTokens: v.totalTokens,
    height: v.height,
  };
}

export function versionIn(m: pb.DatanetVersion): DatanetVersion {
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

export const encodeVersion = (v: DatanetVersion) => encode(pb.DatanetVersionSchema, versionOut(v));
export const decodeVersion = (b: Uint8Array) => versionIn(decode(pb.DatanetVersionSchema, b));

const COUNTER_FIELDS = ["records", "pending", "accepted", "rejected", "withdrawn", "tokens", "acceptedTokens", "bytes"] as const;

export function contributorCountersOut(c: ContributorCounters): Init<typeof pb.ContributorCountersSchema> {
  return Object.fromEntries(COUNTER_FIELDS.map((f) => [f, c[f]]));
}

export function contributorCountersIn(m: pb.ContributorCounters): ContributorCounters {
  return Object.fromEntries(COUNTER_FIELDS.map((f) => [f, u64(m[f])])) as unknown as ContributorCounters;
}

export function quotaOut(q: QuotaUsage) {
  return encode(pb.QuotaUsageSchema, { window: q.window, records: q.records, bytes: q.bytes });
}

export function quotaIn(b: Uint8Array): QuotaUsage {
  const m = decode(pb.QuotaUsageSchema, b);
  return { window: u64(m.window), records: u64(m.records), bytes: u64(m.bytes) };
}

export function paramsOut(p: DatanetParams): Init<typeof pb.ParamsSchema> {
  return {
    creationFee: p.creationFee.map(coinMsg),
    minTokensPerRecord: p.minTokensPerRecord,
    maxTokensPerRecord: p.maxTokensPerRecord,
    maxRecordBytes: p.maxRecordBytes,
    maxRecordsPerMsg: p.maxRecordsPerMsg,
    quotaWindowBlocks: p.quotaWindowBlocks,
    quotaRecordsPerWindow: p.quotaRecordsPerWindow,
    quotaBytesPerWindow: p.quotaBytesPerWindow,
    bandBucketCap: p.bandBucketCap,
    fingerprintBucketCap: p.fingerprintBucketCap,
    maxCopySources: p.maxCopySources,
    maxCurators: p.maxCurators,
    contentRootFromHeight: p.contentRootFromHeight,
  };
}

export function paramsIn(m: pb.Params): DatanetParams {
  return {
    creationFee: m.creationFee.map(coinFromMsg),
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
