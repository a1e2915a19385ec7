import { bytesToHex } from "@noble/hashes/utils.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as q from "../../proto/gen/tributary/attribution/v1/index.ts";
import { DatanetHarness, words } from "../../test/datanetHarness.ts";
import { createModules } from "../index.ts";
import { buildVersionIndex, indexLayout, versionSegmentDocs } from "./documents.ts";
import { attributeText } from "./compute.ts";
import { tokenize } from "../datanet/text/index.ts";
import { attributionGas, buildSegment, indexHash, makeIndex, paramsForVersion } from "./engine/index.ts";
import { decode, encode } from "../../proto/codec.ts";

/**
 * LSM merging through the real App: 12 published versions become READY one block after each
 * publication, every commitment is the hash of a fresh in-process build (versions 1..8 the
 * one-segment-per-version bytes, later ones 8 segments), and attribution against a merged
 * version credits a contribution inside a merged segment exactly as the unmerged index would,
 * for less gas.
 */
const VERSIONS = 12;
const bodies = Array.from({ length: VERSIONS }, (_, i) => words(300 + i, 40 + ((i * 53) % 100)));
let d: DatanetHarness;
let dn: bigint;
const ids: bigint[] = [];

beforeAll(async () => {
  d = await DatanetHarness.create({ accounts: 4, appState: (s) => (s.attribution = { params: { attributable_delay_blocks: "1", params_version: 2 }, commitments: [], records: [], next_record_id: "1" }) });
  dn = await d.newDatanet(0);
  for (let v = 0; v < VERSIONS; v++) {
    ids.push(...(await d.contributeOk(1 + (v % 3), dn, [{ body: bodies[v]!.join(" ") }])));
    await d.ok(0, [d.publish(0, dn)]);
    await d.h.deliver([]); // READY at EndBlock of the block after publication
  }
}, 120_000);
afterAll(() => d?.close());

describe("LSM merging on chain", () => {
  it("every version's READY commitment is the hash of a fresh in-process build; ≤ 8 versions keep one segment per version", () => {
    const keeper = createModules().keepers.attribution;
    const kv = d.h.store.committed();
    for (let v = 1n; v <= BigInt(VERSIONS); v++) {
      const c = keeper.getCommitment(kv, dn, v)!;
      expect(c.status, `version ${v}`).toBe("READY");
      const index = buildVersionIndex(keeper.source, kv, dn, v);
      expect(bytesToHex(c.indexHash), `version ${v}`).toBe(bytesToHex(indexHash(index)));
      expect(c.documents).toBe(v);
      expect(index.segments).toHaveLength(Math.min(Number(v), 8));
      const perVersion = makeIndex(Array.from({ length: Number(v) }, (_, n) => buildSegment(versionSegmentDocs(keeper.source, kv, dn, BigInt(n + 1)))));
      if (v <= 8n) expect(bytesToHex(c.indexHash), `version ${v}`).toBe(bytesToHex(indexHash(perVersion)));
      else expect(bytesToHex(c.indexHash), `version ${v}`).not.toBe(bytesToHex(indexHash(perVersion)));
    }
  });

  it("Query/Attribute against the merged version 12 credits version 2's contribution as the unmerged index would, charging 8 segments", async () => {
    const output = bodies[1]!.slice(3, 38).join(" ");
    const res = await d.h.app.query({ path: "/tributary.attribution.v1.Query/Attribute", data: encode(q.QueryAttributeRequestSchema, { manifest: [{ datanetId: dn, version: BigInt(VERSIONS) }], output }), height: 0n, prove: false });
    expect(res.code, res.log).toBe(0);
    const answer = decode(q.QueryAttributeResponseSchema, res.value);
    expect(answer.record!.contributions!.map((c) => String(c.contributionId))).toEqual([String(ids[1])]);

    const keeper = createModules().keepers.attribution;
    const kv = d.h.store.committed();
    const wordId = (w: string) => keeper.datanet.getWordId(kv, dn, w);
    const entry = { datanetId: dn, version: BigInt(VERSIONS) };
    const holder = indexLayout(keeper.source, kv, dn, entry.version).find((r) => r.first <= 2n && 2n <= r.last)!;
    expect(holder.last - holder.first, "version 2 sits in a merged segment").toBeGreaterThan(0n);
    const params = paramsForVersion(2);
    const merged = attributeText([{ entry, index: buildVersionIndex(keeper.source, kv, dn, entry.version), wordId }], output, "", params, { tokenize });
    const perVersionIndex = makeIndex(Array.from({ length: VERSIONS }, (_, n) => buildSegment(versionSegmentDocs(keeper.source, kv, dn, BigInt(n + 1)))));
    const unmerged = attributeText([{ entry, index: perVersionIndex, wordId }], output, "", params, { tokenize });
    expect({ ...merged, stats: { ...merged.stats, segments: 0 } }).toEqual({ ...unmerged, stats: { ...unmerged.stats, segments: 0 } });
    expect([merged.stats.segments, unmerged.stats.segments]).toEqual([8, VERSIONS]);
    expect(String(answer.gas)).toBe(String(attributionGas(merged.stats)));
    expect(attributionGas(merged.stats)).toBeLessThan(attributionGas(unmerged.stats));
  });
});
