import { addressBytes } from "../../chain/address.ts";
import type { KVReader } from "../../chain/store/types.ts";
import { buildSegment, makeIndex, type AttributionIndex, type SegmentDoc } from "./engine/index.ts";
import type { AttributionAccountReader, AttributionDatanetKeeper } from "./expected.ts";

/** Reads documents from committed state; the deterministic definition of a version's index. */
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

/** Every segment's documents of the index of version `v`: versions 1..v, one segment each. */
export function indexDocuments(src: DocumentSource, kv: KVReader, dn: bigint, v: bigint): SegmentDoc[][] {
  const out: SegmentDoc[][] = [];
  for (let n = 1n; n <= v; n++) out.push(versionSegmentDocs(src, kv, dn, n));
  return out;
}

/** Builds the index in process (tests, verify): the same bytes the node's worker builds. */
export function buildVersionIndex(src: DocumentSource, kv: KVReader, dn: bigint, v: bigint): AttributionIndex {
  return makeIndex(indexDocuments(src, kv, dn, v).map((docs) => buildSegment(docs)));
}
