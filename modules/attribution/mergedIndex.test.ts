import { bytesToHex } from "@noble/hashes/utils.js";
import { describe, expect, it } from "vitest";
import { addressString } from "../../chain/address.ts";
import type { KVReader } from "../../chain/store/types.ts";
import type { DatanetVersion } from "../datanet/types.ts";
import { buildVersionIndex, type DocumentSource, indexDocuments, type SegmentCache, versionSegmentDocs } from "./documents.ts";
import { attribute, type Attribution, buildSegment, indexHash, makeIndex, type SegmentDoc, serializeIndex } from "./engine/index.ts";
import { randomCase, randomParams, SMALL } from "../../test/support/attributionCorpora.ts";
import { Rng } from "../../test/support/rng.ts";
import { segmentLayout } from "./segmentLayout.ts";

/**
 * Merging changes which segments hold the documents, never what attribution answers: over a
 * merged index (≤ 8 segments) every result object equals the one over the index with one
 * segment per version, except the segment count the gas formula reads. And the index bytes of
 * versions 1..8 are exactly what they were before merging existed.
 */
const tokensOf = (docs: readonly SegmentDoc[]) => BigInt(docs.reduce((n, d) => n + d.tokens.length, 0));

/** The merged index of versions whose documents are `versions` (one array per version), with a deletion bitmap. */
function mergedIndex(versions: readonly (readonly SegmentDoc[])[], deleted: Uint8Array) {
  const layout = segmentLayout(versions.map(tokensOf));
  return makeIndex(layout.map((r) => buildSegment(versions.slice(Number(r.first) - 1, Number(r.last)).flat())), deleted);
}

const withoutSegmentCount = (a: Attribution) => ({ ...a, stats: { ...a.stats, segments: 0 } });

describe("attribution over a merged index", () => {
  it("equals attribution over one segment per version on 400 random corpora of 9–30 versions (whole results)", () => {
    const rng = new Rng(8080);
    const shape = { ...SMALL, segments: [9, 30] as [number, number], docs: [0, 3] as [number, number], docLength: [0, 24] as [number, number] };
    let merged = 0;
    let credited = 0;
    let deletedHits = 0;
    for (let iter = 0; iter < 400; iter++) {
      const params = randomParams(rng);
      const c = randomCase(rng, shape, params);
      const corpora = c.engine.corpora.map((corpus, i) => {
        const index = mergedIndex(c.reference.corpora[i]!.segments, corpus.index.deleted);
        expect(index.segments.length).toBeLessThanOrEqual(8);
        if (index.segments.length < corpus.index.segments.length) merged++;
        return { ...corpus, index };
      });
      const perVersion = attribute(c.engine, params);
      const got = attribute({ ...c.engine, corpora }, params);
      expect(withoutSegmentCount(got), `case ${iter}`).toEqual(withoutSegmentCount(perVersion));
      expect(got.stats.segments).toBe(corpora.reduce((n, x) => n + x.index.segments.length, 0));
      if (got.contributors.length > 0) credited++;
      if (got.residualParts.deleted > 0) deletedHits++;
    }
    expect(merged).toBeGreaterThan(400);
    expect(credited).toBeGreaterThan(100);
    expect(deletedHits).toBeGreaterThan(20);
  });
});

/** A DocumentSource over in-memory versions (what documents.ts reads from the datanet module). */
function memorySource(rng: Rng, versions: number): { src: DocumentSource; perVersion: SegmentDoc[][] } {
  const addrs = Array.from({ length: 4 }, (_, i) => addressString(new Uint8Array(20).fill(i + 1)));
  const contributions = new Map<bigint, { contributor: string; ids: Int32Array }>();
  const records: DatanetVersion[] = [];
  let id = 1n;
  let total = 0n;
  for (let n = 1n; n <= BigInt(versions); n++) {
    const added: bigint[] = [];
    for (let k = rng.range(1, 3); k > 0; k--) {
      const ids = Int32Array.from({ length: rng.range(32, 90) }, () => rng.range(3, 60));
      contributions.set(id, { contributor: addrs[rng.int(addrs.length)]!, ids });
      total += BigInt(ids.length);
      added.push(id++);
    }
    records.push({ datanetId: 1n, number: n, addedContributionIds: added, recordCount: 0n, merkleRoot: new Uint8Array(), totalTokens: total, height: n });
  }
  const src: DocumentSource = {
    datanet: {
      getVersion: (_kv, dn, n) => (dn === 1n ? records[Number(n) - 1] : undefined),
      getContribution: (_kv, cid) => (contributions.has(cid) ? ({ contributor: contributions.get(cid)!.contributor } as never) : undefined),
      getSequence: (_kv, cid) => (contributions.has(cid) ? ({ ids: contributions.get(cid)!.ids } as never) : undefined),
    },
    accounts: { accountNumber: (_kv, addr) => BigInt(addr[0]! + 10) },
  };
  const kv = {} as KVReader;
  return { src, perVersion: records.map((v) => versionSegmentDocs(src, kv, 1n, v.number)) };
}

describe("the index of a version (documents.ts)", () => {
  const kv = {} as KVReader;

  it("versions 1..8: one segment per version, the bytes of the definition before merging", () => {
    const { src, perVersion } = memorySource(new Rng(3), 8);
    for (let v = 1; v <= 8; v++) {
      const before = makeIndex(perVersion.slice(0, v).map((docs) => buildSegment(docs)));
      const now = buildVersionIndex(src, kv, 1n, BigInt(v));
      expect(now.segments).toHaveLength(v);
      expect(bytesToHex(serializeIndex(now)), `version ${v}`).toBe(bytesToHex(serializeIndex(before)));
    }
  });

  it("beyond 8 versions: ≤ 8 segments of consecutive versions' documents in order, a new hash; a cache only saves builds", () => {
    const { src, perVersion } = memorySource(new Rng(4), 30);
    const cache: SegmentCache = new Map();
    for (let v = 9; v <= 30; v++) {
      const docs = indexDocuments(src, kv, 1n, BigInt(v));
      expect(docs.length).toBe(8);
      expect(docs.flat().map((d) => d.contributionId)).toEqual(perVersion.slice(0, v).flat().map((d) => d.contributionId));
      const fresh = buildVersionIndex(src, kv, 1n, BigInt(v));
      expect(bytesToHex(serializeIndex(buildVersionIndex(src, kv, 1n, BigInt(v), cache)))).toBe(bytesToHex(serializeIndex(fresh)));
      const oneEach = makeIndex(perVersion.slice(0, v).map((d) => buildSegment(d)));
      expect(bytesToHex(indexHash(fresh))).not.toBe(bytesToHex(indexHash(oneEach)));
    }
    // 22 versions past 8: each adds its own segment and one merge, and nothing else is rebuilt.
    expect(cache.size).toBeLessThanOrEqual(8 + 2 * 22);
  });
});
