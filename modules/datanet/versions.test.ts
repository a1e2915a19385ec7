import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex } from "@noble/hashes/utils.js";
import { afterEach, describe, expect, it } from "vitest";
import * as txpb from "../../proto/gen/tributary/datanet/v1/index.ts";
import { TxMsgData } from "cosmjs-types/cosmos/base/abci/v1beta1/abci";
import { DatanetHarness, eventAttrs, q, text } from "../../test/datanetHarness.ts";
import { appendLeaf, EMPTY_ROOT, type Frontier, frontierRoot, merkleRoot } from "./merkle.ts";
import { decodeFilled } from "../../proto/codec.ts";
import { take } from "../../test/support/take.ts";

describe("merkle root (RFC 6962)", () => {
  const leaf = (i: number) => sha256(Uint8Array.of(i, i >> 8));
  it("the incremental frontier agrees with the direct tree hash for 0..70 leaves", () => {
    let f: Frontier = { leafCount: 0n, peaks: [] };
    const hashes: Uint8Array[] = [];
    expect(frontierRoot(f)).toEqual(merkleRoot([]));
    for (let i = 0; i < 70; i++) {
      hashes.push(leaf(i));
      f = appendLeaf(f, leaf(i));
      expect(bytesToHex(frontierRoot(f)), `n=${i + 1}`).toBe(bytesToHex(merkleRoot(hashes)));
      expect(f.peaks.length).toBe((i + 1).toString(2).replace(/0/g, "").length);
    }
  });

  it("follows RFC 6962: empty = SHA-256(''), leaf = SHA-256(0x00 ‖ h), node = SHA-256(0x01 ‖ l ‖ r), split at the largest power of two", () => {
    expect(bytesToHex(EMPTY_ROOT)).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    const [a, b, c] = [leaf(1), leaf(2), leaf(3)];
    const L = (h: Uint8Array) => sha256(Uint8Array.of(0, ...h));
    const N = (l: Uint8Array, r: Uint8Array) => sha256(Uint8Array.of(1, ...l, ...r));
    expect(merkleRoot([a])).toEqual(L(a));
    expect(merkleRoot([a, b, c])).toEqual(N(N(L(a), L(b)), L(c)));
  });
});

describe("datanet versions", () => {
  let d: DatanetHarness;
  afterEach(() => d?.close());

  const hashOf = async (id: bigint) => (await d.contribution(id)).contentHash!;

  it("version N+1 freezes every accepted record in version order, with a recomputable Merkle root", async () => {
    d = await DatanetHarness.create();
    const dn = await d.newDatanet(0, { curation: "CURATED", curators: [d.addr(1)] });
    const [a, b] = take(await d.contributeOk(2, dn, [{ body: text(1) }, { body: text(2) }]), 2);
    await d.ok(1, [d.review(1, b, true)]);
    const r1 = await d.ok(0, [d.publish(0, dn)]);
    const res1 = decodeFilled(txpb.MsgPublishVersionResponseSchema, TxMsgData.decode(r1.data).msgResponses[0]!.value);
    expect([String(res1.number), String(res1.recordCount)]).toEqual(["1", "1"]);
    expect(bytesToHex(res1.merkleRoot)).toBe(bytesToHex(merkleRoot([await hashOf(b)])));

    await d.ok(1, [d.review(1, a, true)]);
    const [c] = take(await d.contributeOk(3, dn, [{ body: text(3) }]), 1);
    await d.contributeOk(3, dn, [{ body: text(4) }]); // stays pending: not in any version
    await d.ok(1, [d.review(1, c, true)]);
    const r2 = await d.ok(0, [d.publish(0, dn)]);
    const ev = eventAttrs(r2, "tributary.datanet.v1.EventVersionPublished");
    expect(ev).toMatchObject({ datanet_id: String(dn), number: "2", record_count: "3", added: "2" });

    const v2 = await d.version(dn);
    expect(v2.addedContributionIds!.map(String)).toEqual([a, c].map(String));
    // Anyone can recompute the root from the bodies (content query) in version order b, a, c.
    const bodies = [];
    for (const id of [b, a, c]) {
      bodies.push((await d.query("ContributionContent", q.QueryContributionContentRequestSchema, { id: id.toString() }, q.QueryContributionContentResponseSchema)).body);
    }
    expect(bytesToHex(v2.merkleRoot!)).toBe(bytesToHex(merkleRoot(bodies.map((x) => sha256(x)))));
    expect(ev.merkle_root).toBe(bytesToHex(v2.merkleRoot!));
    const tokens = (await d.contribution(a)).tokens! + (await d.contribution(b)).tokens! + (await d.contribution(c)).tokens!;
    expect(String(v2.totalTokens)).toBe(String(tokens));

    const ids = async (n: bigint, limit = 0) =>
      (await d.query("VersionContributions", q.QueryVersionContributionsRequestSchema, { datanetId: dn.toString(), number: n.toString(), pagination: limit ? { limit } : null }, q.QueryVersionContributionsResponseSchema));
    expect((await ids(1n)).contributionIds!.map(String)).toEqual([String(b)]);
    expect((await ids(2n)).contributionIds!.map(String)).toEqual([b, a, c].map(String));
    const page = await ids(2n, 2);
    expect(page.contributionIds!.map(String)).toEqual([b, a].map(String));
    expect(page.pagination!.nextKey!.length).toBe(8);
    const versions = await d.query("Versions", q.QueryVersionsRequestSchema, { datanetId: dn.toString() }, q.QueryVersionsResponseSchema);
    expect(versions.versions!.map((v) => String(v.number))).toEqual(["1", "2"]);
    expect(String((await d.version(dn, 1n)).recordCount)).toBe("1");
    await expect(d.version(dn, 3n)).rejects.toMatchObject({ codespace: "datanet", code: 17, message: expect.stringMatching(/datanet 1 has no version 3/) });
  });
});
