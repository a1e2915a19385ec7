import type { Context } from "../../chain/context.ts";
import { readU64be, u64be } from "../../chain/keys.ts";
import type { KVStore } from "../../chain/store/types.ts";
import { datanetKeys } from "./keys.ts";
import { bandKeys, minhashSignature, sequenceHash, winnowFingerprints } from "./text/index.ts";

/**
 * The dedup indexes of a datanet, over its live records (PENDING and ACCEPTED; a rejected or
 * withdrawn record leaves them): exact sequence hash → id; MinHash band key → ids;
 * winnowing fingerprint → ids. Bucket values are packed u64 BE ids in chain order, capped at
 * `cap`: once a bucket is full, later records are not added to it (the earliest records are
 * the ones a copy is credited against anyway, and the cap bounds the work per lookup).
 */
export interface DedupKeys {
  sequenceHash: Uint8Array;
  /** 14 band keys, band i at index i. */
  bands: Uint8Array[];
  /** Distinct winnowing fingerprint hashes, ascending. */
  fingerprints: number[];
}

/** The index keys of a record's unmasked token ids. PERF: O(tokens × 112) hash steps. */
export function dedupKeys(unmasked: Int32Array): DedupKeys {
  const fps = [...new Set(winnowFingerprints(unmasked).map((f) => f.hash >>> 0))].sort((a, b) => a - b);
  return { sequenceHash: sequenceHash(unmasked), bands: bandKeys(minhashSignature(unmasked)), fingerprints: fps };
}

function readIds(raw: Uint8Array | undefined): bigint[] {
  const out: bigint[] = [];
  if (raw) for (let o = 0; o + 8 <= raw.length; o += 8) out.push(readU64be(raw, o));
  return out;
}

function writeIds(ids: readonly bigint[]): Uint8Array {
  const out = new Uint8Array(ids.length * 8);
  ids.forEach((id, i) => out.set(u64be(id), i * 8));
  return out;
}

function bucketAdd(kv: KVStore, key: Uint8Array, id: bigint, cap: number): void {
  const ids = readIds(kv.get(key));
  if (ids.length >= cap || ids.includes(id)) return;
  ids.push(id);
  kv.set(key, writeIds(ids));
}

function bucketRemove(kv: KVStore, key: Uint8Array, id: bigint): void {
  const ids = readIds(kv.get(key));
  const kept = ids.filter((x) => x !== id);
  if (kept.length === ids.length) return;
  if (kept.length === 0) kv.delete(key);
  else kv.set(key, writeIds(kept));
}

/** The earlier record with the same token sequence, if any. PERF: one read. */
export function exactDuplicate(ctx: Context, dn: bigint, keys: DedupKeys): bigint | undefined {
  const raw = ctx.kv.get(datanetKeys.exact(dn, keys.sequenceHash));
  return raw ? readU64be(raw) : undefined;
}

/** Records sharing at least one band key, ascending. PERF: 14 reads, ≤ 14 × cap ids. */
export function bandCandidates(ctx: Context, dn: bigint, keys: DedupKeys): bigint[] {
  const all = new Set<bigint>();
  keys.bands.forEach((b, i) => {
    for (const id of readIds(ctx.kv.get(datanetKeys.band(dn, i, b)))) all.add(id);
  });
  return [...all].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Records sharing fingerprints with this one, most shared fingerprints first (ties: lower id
 * first), at most `max`. PERF: one read per distinct fingerprint.
 */
export function copySources(ctx: Context, dn: bigint, keys: DedupKeys, max: number): bigint[] {
  const hits = new Map<bigint, number>();
  for (const fp of keys.fingerprints) {
    for (const id of readIds(ctx.kv.get(datanetKeys.fingerprint(dn, fp)))) hits.set(id, (hits.get(id) ?? 0) + 1);
  }
  return [...hits]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, max)
    .map(([id]) => id);
}

export interface BucketCaps {
  bandBucketCap: number;
  fingerprintBucketCap: number;
}

/** Adds a live record to the three indexes. PERF: 1 + 14 + fingerprints reads and writes. */
export function indexRecord(kv: KVStore, dn: bigint, id: bigint, keys: DedupKeys, caps: BucketCaps): void {
  kv.set(datanetKeys.exact(dn, keys.sequenceHash), u64be(id));
  keys.bands.forEach((b, i) => bucketAdd(kv, datanetKeys.band(dn, i, b), id, caps.bandBucketCap));
  for (const fp of keys.fingerprints) bucketAdd(kv, datanetKeys.fingerprint(dn, fp), id, caps.fingerprintBucketCap);
}

/** Removes a rejected or withdrawn record from the indexes (same cost as indexRecord). */
export function unindexRecord(kv: KVStore, dn: bigint, id: bigint, keys: DedupKeys): void {
  const exactKey = datanetKeys.exact(dn, keys.sequenceHash);
  const raw = kv.get(exactKey);
  if (raw && readU64be(raw) === id) kv.delete(exactKey);
  keys.bands.forEach((b, i) => bucketRemove(kv, datanetKeys.band(dn, i, b), id));
  for (const fp of keys.fingerprints) bucketRemove(kv, datanetKeys.fingerprint(dn, fp), id);
}
