import { bytesToHex } from "@noble/hashes/utils.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatanetHarness, q, text } from "../../test/datanetHarness.ts";
import { take } from "../../test/support/take.ts";
import { tokenize } from "./text/index.ts";

let d: DatanetHarness;
// Every id is set by beforeAll before any test reads it.
const ids = {} as Record<"med" | "code" | "misc" | "a" | "b" | "c" | "e" | "f", bigint>;

beforeAll(async () => {
  d = await DatanetHarness.create({ accounts: 4 });
  ids.med = await d.newDatanet(0, { name: "medical", tags: ["medical", "en"] });
  ids.code = await d.newDatanet(1, { name: "code", tags: ["code", "en"], curation: "CURATED" });
  ids.misc = await d.newDatanet(1, { name: "misc", tags: ["misc"] });
  [ids.a, ids.b] = take(await d.contributeOk(2, ids.med, [{ body: text(1) }, { body: text(2) }]), 2);
  [ids.c, ids.e] = take(await d.contributeOk(2, ids.code, [{ body: text(3) }, { body: text(4) }]), 2);
  [ids.f] = take(await d.contributeOk(3, ids.code, [{ body: text(5) }]), 1);
  await d.ok(1, [d.review(1, ids.c, true)]);
  await d.ok(1, [d.review(1, ids.e, false, "too short")]);
});

afterAll(() => d?.close());

const datanets = async (req: Record<string, unknown>) => (await d.query("Datanets", q.QueryDatanetsRequestSchema, req, q.QueryDatanetsResponseSchema));
const contributions = async (req: Record<string, unknown>) => (await d.query("Contributions", q.QueryContributionsRequestSchema, req, q.QueryContributionsResponseSchema));
const names = (r: { datanets: { metadata?: { name?: string | null } | null }[] }) => r.datanets.map((x) => x.metadata!.name);
const idList = (r: { contributions: { id?: unknown }[] }) => r.contributions.map((c) => String(c.id));

describe("datanet queries", () => {
  it("Datanets lists all, by tag, by owner, by both, with pagination", async () => {
    expect(names(await datanets({}))).toEqual(["medical", "code", "misc"]);
    expect(names(await datanets({ tag: "en" }))).toEqual(["medical", "code"]);
    expect(names(await datanets({ owner: d.addr(1) }))).toEqual(["code", "misc"]);
    expect(names(await datanets({ owner: d.addr(1), tag: "en" }))).toEqual(["code"]);
    const page = await datanets({ pagination: { limit: 2, countTotal: true } });
    expect(names(page)).toEqual(["medical", "code"]);
    expect(String(page.pagination!.total)).toBe("3");
    expect(names(await datanets({ pagination: { key: page.pagination!.nextKey } }))).toEqual(["misc"]);
    await expect(datanets({ owner: "nope" })).rejects.toMatchObject({ codespace: "sdk", code: 18 });
  });

  it("Datanets by tag follows a tag change", async () => {
    await d.ok(1, [d.update(1, ids.misc, { metadata: { name: "misc", tags: ["en", "other"], description: "", licence: "" } })]);
    expect(names(await datanets({ tag: "misc" }))).toEqual([]);
    expect(names(await datanets({ tag: "en" }))).toEqual(["medical", "code", "misc"]);
  });

  it("Contributions filters by datanet, status and contributor", async () => {
    expect(idList(await contributions({}))).toEqual(["1", "2", "3", "4", "5"]);
    expect(idList(await contributions({ datanetId: ids.code.toString() }))).toEqual(["3", "4", "5"]);
    expect(idList(await contributions({ datanetId: ids.code.toString(), status: 1 }))).toEqual(["5"]);
    expect(idList(await contributions({ datanetId: ids.code.toString(), status: 3 }))).toEqual(["4"]);
    expect(idList(await contributions({ status: 2 }))).toEqual(["1", "2", "3"]);
    expect(idList(await contributions({ contributor: d.addr(2) }))).toEqual(["1", "2", "3", "4"]);
    expect(idList(await contributions({ contributor: d.addr(2), datanetId: ids.code.toString(), status: 2 }))).toEqual(["3"]);
    const page = await contributions({ datanetId: ids.code.toString(), pagination: { limit: 1, offset: 1, countTotal: true } });
    expect(idList(page)).toEqual(["4"]);
    expect(String(page.pagination!.total)).toBe("3");
  });

  it("Contribution, ContributionContent and TokenSequence, with clear not-found answers", async () => {
    const c = await d.contribution(ids.a);
    expect(bytesToHex(c.contentHash!)).toHaveLength(64);
    const content = await d.query("ContributionContent", q.QueryContributionContentRequestSchema, { id: ids.a.toString() }, q.QueryContributionContentResponseSchema);
    expect(new TextDecoder().decode(content.body)).toBe(text(1));
    expect((await d.sequence(ids.a)).ids).toHaveLength(60);
    await expect(d.contribution(99n)).rejects.toMatchObject({ codespace: "datanet", code: 6, message: "contribution 99 does not exist: contribution not found" });
    d.content.bodies.delete(bytesToHex(c.contentHash!));
    await expect(d.query("ContributionContent", q.QueryContributionContentRequestSchema, { id: ids.a.toString() }, q.QueryContributionContentResponseSchema)).rejects.toMatchObject({
      codespace: "datanet",
      code: 18,
      message: expect.stringMatching(/^NotFound: this node has no body for contribution 1 \(content hash [0-9a-f]{64}\); a node that replayed the block at height \d+/),
    });
    d.content.bodies.set(bytesToHex(c.contentHash!), new TextEncoder().encode("tampered"));
    await expect(d.query("ContributionContent", q.QueryContributionContentRequestSchema, { id: ids.a.toString() }, q.QueryContributionContentResponseSchema)).rejects.toThrow(/does not hash to/);
    await expect(d.datanet(42n)).rejects.toMatchObject({ codespace: "datanet", code: 3 });
    await expect(d.query("Contribution", q.QueryContributionRequestSchema, {}, q.QueryContributionResponseSchema)).rejects.toMatchObject({ codespace: "sdk", code: 18 });
  });

  it("ContributorStats over every datanet and for one, with the acceptance rate in basis points", async () => {
    const stats = async (who: number, dn = 0n) =>
      d.query("ContributorStats", q.QueryContributorStatsRequestSchema, { contributor: d.addr(who), datanetId: dn.toString() }, q.QueryContributorStatsResponseSchema);
    const all = await stats(2);
    expect([all.stats!.records, all.stats!.accepted, all.stats!.rejected, all.stats!.pending].map(String)).toEqual(["4", "3", "1", "0"]);
    expect(all.acceptanceRateBps).toBe(7500);
    const code = await stats(2, ids.code);
    expect([code.stats!.records, code.stats!.accepted, code.stats!.rejected].map(String)).toEqual(["2", "1", "1"]);
    expect(code.acceptanceRateBps).toBe(5000);
    expect(String(code.stats!.tokens)).toBe("120");
    const pending = await stats(3);
    expect([pending.stats!.records, pending.stats!.pending].map(String)).toEqual(["1", "1"]);
    expect(pending.acceptanceRateBps).toBe(0);
  });

  it("Vocabulary pages word → id in key order and agrees with the token sequences", async () => {
    const vocab = async (req: Record<string, unknown>) => d.query("Vocabulary", q.QueryVocabularyRequestSchema, req, q.QueryVocabularyResponseSchema);
    const all = await vocab({ datanetId: ids.med.toString(), pagination: { limit: 1000, countTotal: true } });
    const map = new Map(all.words.map((w) => [w.word!, w.id!]));
    const distinct = new Set([...tokenize(text(1)), ...tokenize(text(2))]);
    expect(map.size).toBe(distinct.size);
    expect(String(all.pagination!.total)).toBe(String(distinct.size));
    expect(all.words.map((w) => w.word)).toEqual([...map.keys()].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))));
    expect([...new Set(map.values())].sort((a, b) => a - b)).toEqual(Array.from({ length: distinct.size }, (_, i) => i + 3));
    const seq = await d.sequence(ids.a);
    expect(tokenize(text(1)).map((w) => map.get(w))).toEqual(Array.from(seq.ids!));
    const first = await vocab({ datanetId: ids.med.toString(), pagination: { limit: 2 } });
    const next = await vocab({ datanetId: ids.med.toString(), pagination: { key: first.pagination!.nextKey, limit: 2 } });
    expect([...first.words, ...next.words].map((w) => w.word)).toEqual(all.words.slice(0, 4).map((w) => w.word));
    expect((await vocab({ datanetId: ids.misc.toString() })).words).toEqual([]);
    await expect(vocab({ datanetId: "42" })).rejects.toMatchObject({ codespace: "datanet", code: 3 });
    await expect(vocab({})).rejects.toMatchObject({ codespace: "sdk", code: 18 });
  });

  it("Params answers the chain's datanet parameters", async () => {
    const p = (await d.query("Params", q.QueryParamsRequestSchema, {}, q.QueryParamsResponseSchema)).params!;
    expect([p.minTokensPerRecord, p.maxTokensPerRecord, p.fingerprintBucketCap]).toEqual([32, 20000, 16]);
    expect(p.creationFee).toEqual([expect.objectContaining({ denom: "utrib", amount: "10000000" })]);
  });
});
