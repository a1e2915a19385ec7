import { bytesToHex, hexToBytes } from "@noble/hashes/utils.js";
import type { Coin } from "../../chain/coins.ts";
import { GenesisError } from "../../chain/genesisError.ts";
import { expectArray, expectBool, expectObject, expectString, expectUint } from "../../chain/genesisJson.ts";
import {
  CONTRIBUTION_STATUS_NAMES, CURATION_NAMES, DATANET_STATUS_NAMES, type Contribution, type ContributionStatus,
  type CurationPolicy, type Datanet, type DatanetParams, type DatanetStatus, type DatanetVersion, type Run,
} from "./types.ts";

/**
 * The datanet genesis section (genesis.proto's GenesisState as proto3 JSON with proto field
 * names; hashes in lowercase hex) and its conversions. Readers throw GenesisError naming the
 * field; deeper consistency checks are in genesisValidate.ts.
 */
type Json = Record<string, unknown>;
export interface CoinJson { denom: string; amount: string }

export interface DatanetGenesis {
  params: Json;
  datanets: Json[];
  contributions: Json[];
  versions: Json[];
  vocabularies: { datanet_id: string; words: string[] }[];
  token_sequences: { contribution_id: string; sequence: { ids: number[]; masks: { start: number; end: number }[]; masked_ids: number[] } }[];
  contents: { hash: string; body: string }[];
}

const coinJson = (c: Coin | undefined): CoinJson | null => (c ? { denom: c.denom, amount: c.amount.toString() } : null);

export function readCoin(v: unknown, f: string): Coin | undefined {
  if (v === null || v === undefined) return undefined;
  const o = expectObject(v, f);
  const amount = expectUint(o.amount, `${f}.amount`);
  return amount === 0n ? undefined : { denom: expectString(o.denom, `${f}.denom`), amount };
}

export function readU32(v: unknown, f: string): number {
  if (typeof v !== "number" || !Number.isInteger(v) || v < 0 || v > 0xffffffff) throw new GenesisError(f, "must be an integer in 0..4294967295");
  return v;
}

export function readU64(v: unknown, f: string): bigint {
  const n = expectUint(v, f);
  if (n >= 1n << 64n) throw new GenesisError(f, "does not fit in 64 bits");
  return n;
}

export function readHash(v: unknown, f: string): Uint8Array {
  const s = expectString(v, f);
  if (!/^[0-9a-f]{64}$/.test(s)) throw new GenesisError(f, "must be 64 lowercase hex digits (a SHA-256 hash)");
  return hexToBytes(s);
}

/** A content root: empty (absent or "") for records ingested before the content-root rules, else 32 bytes. */
function readOptionalRoot(v: unknown, f: string): Uint8Array {
  if (v === undefined || v === null || v === "") return new Uint8Array();
  const s = expectString(v, f);
  if (!/^[0-9a-f]{64}$/.test(s)) throw new GenesisError(f, "must be empty or 64 lowercase hex digits (a 32-byte content root)");
  return hexToBytes(s);
}

function readEnum<T extends string>(v: unknown, names: readonly string[], prefix: string, f: string): T {
  const s = expectString(v, f);
  const name = s.startsWith(prefix) ? s.slice(prefix.length) : "";
  if (!names.includes(name) || name === "UNSPECIFIED") {
    throw new GenesisError(f, `unknown value ${JSON.stringify(s)}; one of ${names.slice(1).map((n) => prefix + n).join(", ")}`);
  }
  return name as T;
}

// --- params -----------------------------------------------------------------------------------

export function paramsToJson(p: DatanetParams): Json {
  return {
    creation_fee: p.creationFee.map(coinJson),
    min_tokens_per_record: p.minTokensPerRecord,
    max_tokens_per_record: p.maxTokensPerRecord,
    max_record_bytes: p.maxRecordBytes,
    max_records_per_msg: p.maxRecordsPerMsg,
    quota_window_blocks: p.quotaWindowBlocks.toString(),
    quota_records_per_window: p.quotaRecordsPerWindow.toString(),
    quota_bytes_per_window: p.quotaBytesPerWindow.toString(),
    band_bucket_cap: p.bandBucketCap,
    fingerprint_bucket_cap: p.fingerprintBucketCap,
    max_copy_sources: p.maxCopySources,
    max_curators: p.maxCurators,
    content_root_from_height: p.contentRootFromHeight.toString(),
  };
}

export function paramsFromJson(v: unknown, f = "params"): DatanetParams {
  const o = expectObject(v, f);
  return {
    creationFee: expectArray(o.creation_fee, `${f}.creation_fee`).map((c, i) => {
      const coin = expectObject(c, `${f}.creation_fee[${i}]`);
      return { denom: expectString(coin.denom, `${f}.creation_fee[${i}].denom`), amount: expectUint(coin.amount, `${f}.creation_fee[${i}].amount`) };
    }),
    minTokensPerRecord: readU32(o.min_tokens_per_record, `${f}.min_tokens_per_record`),
    maxTokensPerRecord: readU32(o.max_tokens_per_record, `${f}.max_tokens_per_record`),
    maxRecordBytes: readU32(o.max_record_bytes, `${f}.max_record_bytes`),
    maxRecordsPerMsg: readU32(o.max_records_per_msg, `${f}.max_records_per_msg`),
    quotaWindowBlocks: readU64(o.quota_window_blocks, `${f}.quota_window_blocks`),
    quotaRecordsPerWindow: readU64(o.quota_records_per_window, `${f}.quota_records_per_window`),
    quotaBytesPerWindow: readU64(o.quota_bytes_per_window, `${f}.quota_bytes_per_window`),
    bandBucketCap: readU32(o.band_bucket_cap, `${f}.band_bucket_cap`),
    fingerprintBucketCap: readU32(o.fingerprint_bucket_cap, `${f}.fingerprint_bucket_cap`),
    maxCopySources: readU32(o.max_copy_sources, `${f}.max_copy_sources`),
    maxCurators: readU32(o.max_curators, `${f}.max_curators`),
    // Absent in genesis files written before the content-root rules: 0 keeps those rules (never).
    contentRootFromHeight: readU64(o.content_root_from_height ?? "0", `${f}.content_root_from_height`),
  };
}

// --- datanets ---------------------------------------------------------------------------------

export function datanetToJson(d: Datanet): Json {
  return {
    id: d.id.toString(),
    owner: d.owner,
    metadata: { name: d.metadata.name, tags: d.metadata.tags, description: d.metadata.description, licence: d.metadata.licence },
    policy: {
      curation: `CURATION_POLICY_${d.policy.curation}`,
      pii_redaction: d.policy.piiRedaction,
      contribution_deposit: coinJson(d.policy.deposit),
      limits: { min_tokens: d.policy.limits.minTokens, max_tokens: d.policy.limits.maxTokens, max_bytes: d.policy.limits.maxBytes },
    },
    curators: d.curators,
    status: `DATANET_STATUS_${d.status}`,
    created_height: d.createdHeight.toString(),
  };
}

const strings = (v: unknown, f: string) => expectArray(v, f).map((s, i) => expectString(s, `${f}[${i}]`));

export function datanetFromJson(v: unknown, f: string): Datanet {
  const o = expectObject(v, f);
  const m = expectObject(o.metadata, `${f}.metadata`);
  const p = expectObject(o.policy, `${f}.policy`);
  const l = expectObject(p.limits ?? {}, `${f}.policy.limits`);
  return {
    id: readU64(o.id, `${f}.id`),
    owner: expectString(o.owner, `${f}.owner`),
    metadata: {
      name: expectString(m.name, `${f}.metadata.name`),
      tags: strings(m.tags, `${f}.metadata.tags`),
      description: expectString(m.description ?? "", `${f}.metadata.description`),
      licence: expectString(m.licence ?? "", `${f}.metadata.licence`),
    },
    policy: {
      curation: readEnum<CurationPolicy>(p.curation, CURATION_NAMES, "CURATION_POLICY_", `${f}.policy.curation`),
      piiRedaction: expectBool(p.pii_redaction ?? false, `${f}.policy.pii_redaction`),
      deposit: readCoin(p.contribution_deposit, `${f}.policy.contribution_deposit`),
      limits: {
        minTokens: readU32(l.min_tokens ?? 0, `${f}.policy.limits.min_tokens`),
        maxTokens: readU32(l.max_tokens ?? 0, `${f}.policy.limits.max_tokens`),
        maxBytes: readU32(l.max_bytes ?? 0, `${f}.policy.limits.max_bytes`),
      },
    },
    curators: strings(o.curators, `${f}.curators`),
    status: readEnum<DatanetStatus>(o.status, DATANET_STATUS_NAMES, "DATANET_STATUS_", `${f}.status`),
    createdHeight: readU64(o.created_height ?? "0", `${f}.created_height`),
  };
}

// --- contributions ----------------------------------------------------------------------------

export function contributionToJson(c: Contribution): Json {
  return {
    id: c.id.toString(),
    datanet_id: c.datanetId.toString(),
    contributor: c.contributor,
    content_hash: bytesToHex(c.contentHash),
    bytes: c.bytes.toString(),
    tokens: c.tokens,
    masked_tokens: c.maskedTokens,
    metadata: { title: c.metadata.title, source: c.metadata.source, licence: c.metadata.licence, extra: c.metadata.extra },
    status: `CONTRIBUTION_STATUS_${c.status}`,
    rejection_reason: c.rejectionReason,
    height: c.height.toString(),
    decided_height: c.decidedHeight.toString(),
    redacted: c.redacted,
    sequence_hash: bytesToHex(c.sequenceHash),
    deposit: coinJson(c.deposit),
    times_attributed: c.timesAttributed.toString(),
    total_earned: c.totalEarned.toString(),
    content_root: bytesToHex(c.contentRoot),
  };
}

export function contributionFromJson(v: unknown, f: string): Contribution {
  const o = expectObject(v, f);
  const m = expectObject(o.metadata ?? {}, `${f}.metadata`);
  return {
    id: readU64(o.id, `${f}.id`),
    datanetId: readU64(o.datanet_id, `${f}.datanet_id`),
    contributor: expectString(o.contributor, `${f}.contributor`),
    contentHash: readHash(o.content_hash, `${f}.content_hash`),
    bytes: readU64(o.bytes, `${f}.bytes`),
    tokens: readU32(o.tokens, `${f}.tokens`),
    maskedTokens: readU32(o.masked_tokens ?? 0, `${f}.masked_tokens`),
    metadata: {
      title: expectString(m.title ?? "", `${f}.metadata.title`),
      source: expectString(m.source ?? "", `${f}.metadata.source`),
      licence: expectString(m.licence ?? "", `${f}.metadata.licence`),
      extra: expectArray(m.extra, `${f}.metadata.extra`).map((kv, i) => {
        const e = expectObject(kv, `${f}.metadata.extra[${i}]`);
        return { key: expectString(e.key, `${f}.metadata.extra[${i}].key`), value: expectString(e.value ?? "", `${f}.metadata.extra[${i}].value`) };
      }),
    },
    status: readEnum<ContributionStatus>(o.status, CONTRIBUTION_STATUS_NAMES, "CONTRIBUTION_STATUS_", `${f}.status`),
    rejectionReason: expectString(o.rejection_reason ?? "", `${f}.rejection_reason`),
    height: readU64(o.height ?? "0", `${f}.height`),
    decidedHeight: readU64(o.decided_height ?? "0", `${f}.decided_height`),
    redacted: expectBool(o.redacted ?? false, `${f}.redacted`),
    sequenceHash: readHash(o.sequence_hash, `${f}.sequence_hash`),
    deposit: readCoin(o.deposit, `${f}.deposit`),
    timesAttributed: readU64(o.times_attributed ?? "0", `${f}.times_attributed`),
    totalEarned: expectUint(o.total_earned ?? "0", `${f}.total_earned`),
    contentRoot: readOptionalRoot(o.content_root, `${f}.content_root`),
  };
}

// --- versions and sequences -------------------------------------------------------------------

export function versionToJson(v: DatanetVersion): Json {
  return {
    datanet_id: v.datanetId.toString(),
    number: v.number.toString(),
    added_contribution_ids: v.addedContributionIds.map(String),
    record_count: v.recordCount.toString(),
    merkle_root: bytesToHex(v.merkleRoot),
    total_tokens: v.totalTokens.toString(),
    height: v.height.toString(),
  };
}

export function versionFromJson(v: unknown, f: string): DatanetVersion {
  const o = expectObject(v, f);
  return {
    datanetId: readU64(o.datanet_id, `${f}.datanet_id`),
    number: readU64(o.number, `${f}.number`),
    addedContributionIds: expectArray(o.added_contribution_ids, `${f}.added_contribution_ids`).map((id, i) => readU64(id, `${f}.added_contribution_ids[${i}]`)),
    recordCount: readU64(o.record_count, `${f}.record_count`),
    merkleRoot: readHash(o.merkle_root, `${f}.merkle_root`),
    totalTokens: readU64(o.total_tokens, `${f}.total_tokens`),
    height: readU64(o.height ?? "0", `${f}.height`),
  };
}

/** A sequence entry as stored: the VOID-masked ids, the runs and the original masked ids. */
export interface SequenceJson {
  contributionId: bigint;
  ids: number[];
  masks: Run[];
  maskedIds: number[];
}

export function sequenceFromJson(v: unknown, f: string): SequenceJson {
  const o = expectObject(v, f);
  const s = expectObject(o.sequence, `${f}.sequence`);
  const nums = (x: unknown, g: string) => expectArray(x, g).map((n, i) => readU32(n, `${g}[${i}]`));
  return {
    contributionId: readU64(o.contribution_id, `${f}.contribution_id`),
    ids: nums(s.ids, `${f}.sequence.ids`),
    masks: expectArray(s.masks, `${f}.sequence.masks`).map((r, i) => {
      const run = expectObject(r, `${f}.sequence.masks[${i}]`);
      return [readU32(run.start ?? 0, `${f}.sequence.masks[${i}].start`), readU32(run.end, `${f}.sequence.masks[${i}].end`)] as const;
    }),
    maskedIds: nums(s.masked_ids, `${f}.sequence.masked_ids`),
  };
}
