/**
 * Datanet values as the CLI prints them: JSON with proto field names (snake_case), 64-bit
 * integers as decimal strings, hashes as lowercase hex, enums by name; text as YAML of the
 * same object.
 */
import { toBase64 } from "@cosmjs/encoding";
import { bytesToHex } from "@noble/hashes/utils.js";
import type { Page } from "../../../client/datanetQueries.ts";
import type {
  Contribution, ContributorCounters, Datanet, DatanetCounters, DatanetParams, DatanetVersion,
} from "../../../client/datanetTypes.ts";

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };

const s = (v: bigint | number) => v.toString();

export function datanetJson(d: Datanet, counters?: DatanetCounters): Record<string, Json> {
  const out: Record<string, Json> = {
    id: s(d.id),
    owner: d.owner,
    name: d.metadata.name,
    tags: d.metadata.tags,
    description: d.metadata.description,
    licence: d.metadata.licence,
    policy: {
      curation: d.policy.curation,
      pii_redaction: d.policy.piiRedaction,
      contribution_deposit: d.policy.contributionDeposit ? `${d.policy.contributionDeposit.amount}${d.policy.contributionDeposit.denom}` : "",
      limits: { min_tokens: d.policy.limits.minTokens, max_tokens: d.policy.limits.maxTokens, max_bytes: d.policy.limits.maxBytes },
    },
    curators: d.curators,
    status: d.status,
    created_height: s(d.createdHeight),
  };
  if (counters) {
    out.counters = {
      pending: s(counters.pending),
      accepted: s(counters.accepted),
      accepted_tokens: s(counters.acceptedTokens),
      latest_version: s(counters.latestVersion),
    };
  }
  return out;
}

export function contributionJson(c: Contribution): Record<string, Json> {
  return {
    id: s(c.id),
    datanet_id: s(c.datanetId),
    contributor: c.contributor,
    status: c.status,
    rejection_reason: c.rejectionReason,
    content_hash: bytesToHex(c.contentHash),
    content_root: bytesToHex(c.contentRoot),
    bytes: s(c.bytes),
    tokens: c.tokens,
    masked_tokens: c.maskedTokens,
    metadata: {
      title: c.metadata.title,
      source: c.metadata.source,
      licence: c.metadata.licence,
      extra: c.metadata.extra.map((kv) => ({ key: kv.key, value: kv.value })),
    },
    height: s(c.height),
    decided_height: s(c.decidedHeight),
    redacted: c.redacted,
    sequence_hash: bytesToHex(c.sequenceHash),
    deposit: c.deposit ? `${c.deposit.amount}${c.deposit.denom}` : "",
    times_attributed: s(c.timesAttributed),
    total_earned: c.totalEarned || "0",
  };
}

export function versionJson(v: DatanetVersion): Record<string, Json> {
  return {
    datanet_id: s(v.datanetId),
    number: s(v.number),
    record_count: s(v.recordCount),
    added_contribution_ids: v.addedContributionIds.map(s),
    merkle_root: bytesToHex(v.merkleRoot),
    total_tokens: s(v.totalTokens),
    height: s(v.height),
  };
}

export function statsJson(address: string, stats: ContributorCounters, acceptanceRateBps: number): Record<string, Json> {
  return {
    contributor: address,
    records: s(stats.records),
    pending: s(stats.pending),
    accepted: s(stats.accepted),
    rejected: s(stats.rejected),
    withdrawn: s(stats.withdrawn),
    tokens: s(stats.tokens),
    accepted_tokens: s(stats.acceptedTokens),
    bytes: s(stats.bytes),
    acceptance_rate_bps: acceptanceRateBps,
  };
}

export function paramsJson(p: DatanetParams): Record<string, Json> {
  return {
    creation_fee: p.creationFee.map((c) => `${c.amount}${c.denom}`).join(","),
    min_tokens_per_record: p.minTokensPerRecord,
    max_tokens_per_record: p.maxTokensPerRecord,
    max_record_bytes: p.maxRecordBytes,
    max_records_per_msg: p.maxRecordsPerMsg,
    quota_window_blocks: s(p.quotaWindowBlocks),
    quota_records_per_window: s(p.quotaRecordsPerWindow),
    quota_bytes_per_window: s(p.quotaBytesPerWindow),
    band_bucket_cap: p.bandBucketCap,
    fingerprint_bucket_cap: p.fingerprintBucketCap,
    max_copy_sources: p.maxCopySources,
    max_curators: p.maxCurators,
  };
}

/** A list page as `{<name>: [...], pagination: {next_key (base64 or null), total}}`. */
export function pageJson<T>(name: string, page: Page<T>, item: (t: T) => Json): Record<string, Json> {
  return { [name]: page.items.map(item), pagination: { next_key: page.nextKey ? toBase64(page.nextKey) : null, total: s(page.total) } };
}

/** JSON, or the same value as YAML (node/cli/output.ts prints both). */
export { printValue } from "../output.ts";
