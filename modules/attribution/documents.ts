import { addressBytes } from "../../chain/address.ts";
import type { KVReader } from "../../chain/store/types.ts";
import { buildSegment, makeIndex, type AttributionIndex, type Segment, type SegmentDoc } from "./engine/index.ts";
import type { AttributionAccountReader, AttributionDatanetKeeper } from "./expected.ts";
import { rangeKey, type SegmentRange, segmentLayout } from "./segmentLayout.ts";

/**
 * Reads documents from committed state; the deterministic definition of a version's index:
 * the segments of segmentLayout.ts, each holding its versions' added contributions in order.
 */
export interface DocumentSource {
  datanet: Pick<AttributionDatanetKeeper, "getVersion" | "getContribution" | "getSequence">;
  accounts: AttributionAccountReader;
}

const U32_MAX = 0xffff_ffffn;

/** A contributor's number in the indexes: its account number, which must fit in a u32. */
export function contributorNumber(src: DocumentSource, kv: KVReader, contributor: string): number {
  const n = src.accounts.accountNumber(kv, addressBytes(contributor));
  if (n === undefined) throw new Error(`contributor ${contributor} has no account: the index cannot number it`);
  if (n > U32_MAX) throw new Error(`contributor ${contributor} has account number ${n}, above the index's u32 range`);
  return Number(n);
}

/**
 * The documents of version `v`'s own segment: the contributions it adds, in id order, with their
 * attribution token ids (VOID where masked) and contributor numbers.
 * PERF: O(records added) reads plus their tokens.
 */
export function versionSegmentDocs(src: DocumentSource, kv: KVReader, dn: bigint, v: bigint): SegmentDoc[] {
  const version = src.datanet.getVersion(kv, dn, v);
  if (!version) throw new Error(`datanet ${dn} has no version ${v}`);
  return version.addedContributionIds.map((id) => {
    const c = src.datanet.getContribution(kv, id);
    const seq = src.datanet.getSequence(kv, id);
    if (!c || !seq) throw new Error(`version ${dn}/${v} names contribution ${id}, which has no record or token sequence`);
    return { tokens: seq.ids, contributionId: id, contributor: contributorNumber(src, kv, c.contributor) };
  });
}

/**
 * What each version adds in tokens (totalTokens(n) − totalTokens(n − 1)), versions 1..v.
 * PERF: O(v) version reads.
 */
export function versionTokens(src: DocumentSource, kv: KVReader, dn: bigint, v: bigint): bigint[] {
  const out: bigint[] = [];
  let before = 0n;
  for (let n = 1n; n <= v; n++) {
    const version = src.datanet.getVersion(kv, dn, n);
    if (!version) throw new Error(`datanet ${dn} has no version ${n}`);
    out.push(version.totalTokens - before);
    before = version.totalTokens;
  }
  return out;
}

/** The segments of version `v`'s index (segmentLayout.ts). PERF: O(v) reads + O(v · 8). */
export function indexLayout(src: DocumentSource, kv: KVReader, dn: bigint, v: bigint): SegmentRange[] {
  return segmentLayout(versionTokens(src, kv, dn, v));
}

/**
 * One segment's documents: the contributions added by versions first..last, in version then id
 * order, so document numbers across the index are the same however the versions are grouped.
 * PERF: O(records added by those versions) reads plus their tokens.
 */
export function rangeDocuments(src: DocumentSource, kv: KVReader, dn: bigint, r: SegmentRange): SegmentDoc[] {
  const out: SegmentDoc[] = [];
  for (let n = r.first; n <= r.last; n++) out.push(...versionSegmentDocs(src, kv, dn, n));
  return out;
}

/** Every segment's documents of the index of version `v`, in layout order. */
export function indexDocuments(src: DocumentSource, kv: KVReader, dn: bigint, v: bigint): SegmentDoc[][] {
  return indexLayout(src, kv, dn, v).map((r) => rangeDocuments(src, kv, dn, r));
}

/** Segments already built, by `${datanet}:${first}-${last}` (their documents never change). */
export type SegmentCache = Map<string, Segment>;

export const segmentCacheKey = (dn: bigint, r: SegmentRange): string => `${dn}:${rangeKey(r)}`;

/**
 * Builds the index in process (tests, verify, nodes without a provider): the same bytes the
 * node's worker builds. With a cache, only segments not in it are built (and added to it).
 * PERF: O(v) version reads, then SA-IS over the segments not cached.
 */
export function buildVersionIndex(src: DocumentSource, kv: KVReader, dn: bigint, v: bigint, cache?: SegmentCache): AttributionIndex {
  const segments = indexLayout(src, kv, dn, v).map((r) => {
    const key = segmentCacheKey(dn, r);
    let seg = cache?.get(key);
    if (!seg) {
      seg = buildSegment(rangeDocuments(src, kv, dn, r));
      cache?.set(key, seg);
    }
    return seg;
  });
  return makeIndex(segments);
}
