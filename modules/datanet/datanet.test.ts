import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex } from "@noble/hashes/utils.js";
import { afterEach, describe, expect, it } from "vitest";
import { DatanetHarness, ESCROW, FEE, FEE_COLLECTOR, eventAttrs, q, text, words } from "../../test/datanetHarness.ts";
import * as txpb from "../../proto/gen/tributary/datanet/v1/index.ts";
import { TxMsgData } from "cosmjs-types/cosmos/base/abci/v1beta1/abci";
import { VOID } from "./text/index.ts";
import { moduleAddress } from "../../chain/address.ts";
import { DEFAULT_REWARDS_PARAMS } from "../rewards/types.ts";
import { decode } from "../../proto/codec.ts";
import { take } from "../../test/support/take.ts";

const CREATION_FEE = 10_000_000n;
const START = 1_000_000_000n;

describe("datanet: create and contribute", () => {
  let d: DatanetHarness;
  afterEach(() => d?.close());

  it("MsgCreateDatanet charges the creation fee to the fee collector (the storage rewards pool takes its share) and stores the datanet", async () => {
    d = await DatanetHarness.create();
    const collectorBefore = await d.balance(FEE_COLLECTOR);
    const storagePool = moduleAddress("storage_rewards_pool");
    const share = (CREATION_FEE * BigInt(DEFAULT_REWARDS_PARAMS.datanetFeeShareBps)) / 10_000n;
    const r = await d.ok(0, [d.createDatanet(0, { name: "Rust code", tags: ["rust", "code"], curators: [d.addr(1)] })]);
    expect(eventAttrs(r, "tributary.datanet.v1.EventDatanetCreated")).toMatchObject({ datanet_id: "1", owner: d.addr(0), name: "Rust code", fee: "10000000utrib" });
    expect(await d.balance(d.addr(0))).toBe(START - CREATION_FEE - FEE);
    expect(await d.balance(FEE_COLLECTOR)).toBe(collectorBefore + CREATION_FEE - share + FEE);
    expect(await d.balance(storagePool)).toBe(share);
    expect(eventAttrs(r, "tributary.rewards.v1.EventPoolFunded")).toMatchObject({ source: "datanet_fee", amount: `${share}utrib` });
    const res = await d.datanet(1n);
    expect(res.datanet!.metadata!.tags).toEqual(["code", "rust"]);
    expect(res.datanet!.curators).toEqual([d.addr(1)]);
    expect(res.datanet!.status).toBe(1);
    expect(String(res.counters!.nextWordId)).toBe("3");
    const data = TxMsgData.decode(r.data).msgResponses;
    expect(data[0]!.typeUrl).toBe("/tributary.datanet.v1.MsgCreateDatanetResponse");
    expect(String(decode(txpb.MsgCreateDatanetResponseSchema, data[0]!.value).datanetId)).toBe("1");
  });

  it("an OPEN datanet accepts a record on ingestion, without a deposit, and stores hash, tokens and vocabulary", async () => {
    d = await DatanetHarness.create();
    const dn = await d.newDatanet(0, { deposit: "1000" });
    const before = await d.balance(d.addr(1));
    const body = `The Quick brown fox. ${text(1, 40)}`;
    const r = await d.ok(1, [d.contribute(1, dn, [{ body, title: "fox", source: "https://example.org/fox", licence: "MIT", extra: [{ key: "lang", value: "en" }] }])]);
    const ev = eventAttrs(r, "tributary.datanet.v1.EventContribution");
    expect(ev).toMatchObject({ contribution_id: "1", datanet_id: "1", record_index: "0", status: "ACCEPTED", redacted: "false", deposit: "", masked_tokens: "0", msg_index: "0" });
    expect(ev.content_hash).toBe(bytesToHex(sha256(new TextEncoder().encode(body))));
    expect(await d.balance(d.addr(1))).toBe(before - FEE);
    const c = await d.contribution(1n);
    expect(c.status).toBe(2);
    expect(c.tokens).toBe(45); // the, quick, brown, fox, "." and 40 words
    expect(c.metadata).toMatchObject({ title: "fox", source: "https://example.org/fox", licence: "MIT" });
    expect(c.metadata!.extra).toEqual([expect.objectContaining({ key: "lang", value: "en" })]);
    expect(String(c.decidedHeight)).toBe(String(c.height));
    const seq = await d.sequence(1n);
    expect(seq.ids.slice(0, 5)).toEqual([3, 4, 5, 6, 7]);
    const counters = (await d.datanet(dn)).counters!;
    expect(String(counters.accepted)).toBe("1");
    expect(String(counters.acceptedTokens)).toBe("45");
    expect(counters.nextWordId).toBe(3 + new Set(["the", "quick", "brown", "fox", ".", ...words(1, 40)]).size);
    // The same word keeps its id in a later record.
    await d.contributeOk(2, dn, [{ body: `fox ${text(2, 40)}` }]);
    expect((await d.sequence(2n)).ids[0]).toBe(6);
  });

  it("a CURATED datanet escrows the deposit: acceptance refunds it, rejection pays it to the owner, withdrawal refunds it", async () => {
    d = await DatanetHarness.create();
    const dn = await d.newDatanet(0, { curation: "CURATED", deposit: "250000", curators: [d.addr(2)] });
    const [a, b, c] = take(await d.contributeOk(1, dn, [{ body: text(10) }, { body: text(11) }, { body: text(12) }]), 3);
    expect(await d.balance(d.addr(1))).toBe(START - FEE - 3n * 250_000n);
    expect(await d.balance(ESCROW)).toBe(3n * 250_000n);
    expect((await d.contribution(a)).status).toBe(1);
    expect(String((await d.contribution(a)).deposit!.amount)).toBe("250000");

    const accepted = await d.ok(2, [d.review(2, a, true)]);
    expect(eventAttrs(accepted, "tributary.datanet.v1.EventContributionReviewed")).toMatchObject({ status: "ACCEPTED", curator: d.addr(2), deposit: "250000utrib" });
    const ownerBefore = await d.balance(d.addr(0));
    const rejected = await d.ok(0, [d.review(0, b, false, "off-topic")]); // the owner may always review
    expect(eventAttrs(rejected, "tributary.datanet.v1.EventContributionReviewed")).toMatchObject({ status: "REJECTED", reason: "off-topic" });
    expect(await d.balance(d.addr(0))).toBe(ownerBefore - FEE + 250_000n);
    await d.ok(1, [d.withdraw(1, c)]);
    expect(await d.balance(d.addr(1))).toBe(START - 2n * FEE - 250_000n);
    expect(await d.balance(ESCROW)).toBe(0n);

    expect((await d.contribution(b)).rejectionReason).toBe("off-topic");
    expect((await d.contribution(c)).status).toBe(4);
    const stats = await d.query("ContributorStats", q.QueryContributorStatsRequestSchema, { contributor: d.addr(1) }, q.QueryContributorStatsResponseSchema);
    expect([stats.stats!.records, stats.stats!.accepted, stats.stats!.rejected, stats.stats!.withdrawn].map(String)).toEqual(["3", "1", "1", "1"]);
    expect(stats.acceptanceRateBps).toBe(5000);
    // A rejected or withdrawn record leaves the dedup indexes: the same text may come again.
    await d.contributeOk(3, dn, [{ body: text(11) }, { body: text(12) }]);
  });

  it("PII redaction stores and hashes the redacted body", async () => {
    d = await DatanetHarness.create();
    const dn = await d.newDatanet(0, { pii: true });
    const body = `Write to jane.doe@example.com or call 555-123-4567 from 10.1.2.3 today. ${text(3, 40)}`;
    const r = await d.ok(1, [d.contribute(1, dn, [{ body }])]);
    const ev = eventAttrs(r, "tributary.datanet.v1.EventContribution");
    expect(ev.redacted).toBe("true");
    const res = await d.query("ContributionContent", q.QueryContributionContentRequestSchema, { id: "1" }, q.QueryContributionContentResponseSchema);
    const stored = new TextDecoder().decode(res.body);
    expect(stored).not.toContain("jane.doe@example.com");
    expect(stored).not.toContain("10.1.2.3");
    expect(bytesToHex(sha256(res.body))).toBe(ev.content_hash);
    expect(Number(ev.bytes)).toBe(res.body.length);
  });

  it("records of one message are checked in order against each other: a later duplicate fails the whole message", async () => {
    d = await DatanetHarness.create();
    const dn = await d.newDatanet(0);
    const r = await d.tx(1, [d.contribute(1, dn, [{ body: text(5) }, { body: text(6) }, { body: text(5) }])]);
    expect([r.codespace, r.code]).toEqual(["datanet", 9]);
    expect(r.log).toMatch(/^record 2: same token sequence as contribution 1 of datanet 1: duplicate record/);
    await expect(d.contribution(1n)).rejects.toThrow(/contribution 1 does not exist/);
  });

  it("a copied run of 40 tokens is masked as VOID; a record more than half copied is rejected", async () => {
    d = await DatanetHarness.create();
    const dn = await d.newDatanet(0);
    const original = words(20, 100);
    await d.contributeOk(1, dn, [{ body: original.join(" ") }]);
    const copied = [...words(21, 30), ...original.slice(30, 70), ...words(22, 30)];
    const [id] = take(await d.contributeOk(2, dn, [{ body: copied.join(" ") }]), 1);
    const c = await d.contribution(id);
    expect(c.maskedTokens).toBe(40);
    const seq = await d.sequence(id);
    expect(seq.ids.slice(30, 70).every((x) => x === VOID)).toBe(true);
    expect(seq.ids[29]).not.toBe(VOID);
    expect(seq.ids[70]).not.toBe(VOID);
    expect(seq.masks).toEqual([[30, 70]]);
    const first = await d.sequence(1n);
    expect(seq.maskedIds).toEqual(first.ids.slice(30, 70));

    const mostly = [...words(23, 20), ...original.slice(0, 50)];
    const r = await d.tx(3, [d.contribute(3, dn, [{ body: mostly.join(" ") }])]);
    expect([r.codespace, r.code]).toEqual(["datanet", 11]);
    expect(r.log).toMatch(/^record 0: 50 of 70 tokens repeat runs of ≥ 32 tokens of earlier contributions \(1\); at most half may be masked/);
  });

  it("gas grows with record size", async () => {
    d = await DatanetHarness.create();
    const dn = await d.newDatanet(0);
    const small = await d.ok(1, [d.contribute(1, dn, [{ body: text(30, 100) }])]);
    const large = await d.ok(2, [d.contribute(2, dn, [{ body: text(31, 1000) }])]);
    expect(large.gasUsed).toBeGreaterThan(small.gasUsed + 100_000n);
  });

  it("a full fingerprint bucket still finds a copied run through the earlier records it holds", async () => {
    d = await DatanetHarness.create({ datanet: (g) => (g.params.fingerprint_bucket_cap = 1) });
    const dn = await d.newDatanet(0);
    const original = words(40, 80);
    await d.contributeOk(1, dn, [{ body: original.join(" ") }]);
    const [b] = take(await d.contributeOk(2, dn, [{ body: [...words(41, 60), ...original.slice(0, 40)].join(" ") }]), 1);
    const [c] = take(await d.contributeOk(3, dn, [{ body: [...original.slice(0, 40), ...words(42, 60)].join(" ") }]), 1);
    expect((await d.contribution(b)).maskedTokens).toBe(40);
    expect((await d.contribution(c)).maskedTokens).toBe(40);
  });
});

describe("datanet: update", () => {
  let d: DatanetHarness;
  afterEach(() => d?.close());

  it("the owner switches the policy to CURATED and replaces the curators; later records wait for the new curator", async () => {
    d = await DatanetHarness.create();
    const dn = await d.newDatanet(0, { curators: [d.addr(1)] });
    const r = await d.ok(0, [d.update(0, dn, {
      policy: { curation: 2, piiRedaction: false, contributionDeposit: { denom: "utrib", amount: "500" }, limits: { minTokens: 40, maxTokens: 0, maxBytes: 0 } },
      curators: { addresses: [d.addr(2)] },
    })]);
    expect(eventAttrs(r, "tributary.datanet.v1.EventDatanetUpdated")).toMatchObject({ datanet_id: "1", changed: "policy,curators" });
    const short = await d.tx(3, [d.contribute(3, dn, [{ body: text(50, 35) }])]);
    expect([short.code, short.log]).toEqual([8, expect.stringMatching(/35 tokens, outside 40..20000/)]);
    const [id] = take(await d.contributeOk(3, dn, [{ body: text(51) }]), 1);
    expect((await d.contribution(id)).status).toBe(1);
    expect(await d.balance(ESCROW)).toBe(500n);
    const old = await d.tx(1, [d.review(1, id, true)]);
    expect(old.code).toBe(5);
    await d.ok(2, [d.review(2, id, true)]);
    expect((await d.contribution(id)).status).toBe(2);
    const info = (await d.datanet(dn)).datanet!;
    expect(info.policy!.curation).toBe(2);
    expect(info.curators).toEqual([d.addr(2)]);
  });
});
