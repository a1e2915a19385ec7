import { describe, expect, it } from "vitest";
import { toBech32 } from "@cosmjs/encoding";
import type { QueryClient } from "@cosmjs/stargate";
import type { DeliverTxResponse } from "@cosmjs/stargate";
import * as tx from "../proto/gen/tributary/datanet/v1/index.ts";
import * as q from "../proto/gen/tributary/datanet/v1/index.ts";
import {
  DATANET_MSG_TYPE_URLS, contributeResponse, createDatanetResponse, msgContribute, msgContributeSize, msgCreateDatanet,
  msgPublishVersion, msgReviewContribution, msgUpdateDatanet, msgWithdrawContribution, publishVersionResponse,
} from "./datanetMsgs.ts";
import { allPages, setupDatanetExtension } from "./datanetQueries.ts";
import { TributaryClientError } from "./errors.ts";
import { createTributaryRegistry } from "./registry.ts";
import { decodeFilled, encode } from "../proto/codec.ts";

const ALICE = "trib1xyxpv69xryn8m8qzhrul8xl0kue742ja5xe5tw";
const BOB = "trib1m6k5j73ryflqs97e3tpzrms3xk4wpwfr75jat0";
const BIG = 18_446_744_073_709_551_615n; // 2^64 - 1: a bigint must reach the wire intact

/** Encodes with the signing registry and decodes with the generated class (what the chain does). */
function roundTrip(msg: { typeUrl: string; value: unknown }) {
  const any = createTributaryRegistry().encodeAsAny(msg as never);
  expect(any.typeUrl).toBe(msg.typeUrl);
  return any.value;
}

describe("datanet messages through the default registry", () => {
  it("MsgCreateDatanet carries metadata (tags sorted), policy enum, deposit and curators", () => {
    const m = msgCreateDatanet(ALICE, {
      metadata: { name: "medical notes", tags: ["med", "en"], description: "d", licence: "CC-BY-4.0" },
      policy: { curation: "CURATED", piiRedaction: true, contributionDeposit: "1000utrib", limits: { minTokens: 40 } },
      curators: [BOB],
    });
    const d = decodeFilled(tx.MsgCreateDatanetSchema, roundTrip(m));
    expect(d.owner).toBe(ALICE);
    expect(d.metadata).toMatchObject({ name: "medical notes", tags: ["en", "med"], description: "d", licence: "CC-BY-4.0" });
    expect(d.policy?.curation).toBe(tx.CurationPolicy.CURATED);
    expect(d.policy?.piiRedaction).toBe(true);
    expect(d.policy?.contributionDeposit).toMatchObject({ denom: "utrib", amount: "1000" });
    expect(d.policy?.limits?.minTokens).toBe(40);
    expect(d.curators).toEqual([BOB]);
  });

  it("uint64 ids given as bigint, number or string reach the wire intact", () => {
    for (const id of [BIG, "7", 7]) {
      const d = decodeFilled(tx.MsgPublishVersionSchema, roundTrip(msgPublishVersion(ALICE, id)));
      expect(BigInt(String(d.datanetId))).toBe(BigInt(id));
    }
    const w = decodeFilled(tx.MsgWithdrawContributionSchema, roundTrip(msgWithdrawContribution(BOB, 42n)));
    expect([w.contributor, String(w.contributionId)]).toEqual([BOB, "42"]);
  });

  it("MsgUpdateDatanet sets only what is given", () => {
    const d = decodeFilled(tx.MsgUpdateDatanetSchema, roundTrip(msgUpdateDatanet(ALICE, 3n, { curators: [], status: "CLOSED" })));
    expect(String(d.datanetId)).toBe("3");
    expect(d.metadata).toBeUndefined();
    expect(d.policy).toBeUndefined();
    expect(d.curators?.addresses).toEqual([]);
    expect(d.status).toBe(tx.DatanetStatus.CLOSED);
    expect(() => msgUpdateDatanet(ALICE, 3n, {})).toThrow(/at least one of metadata, policy, curators or status/);
  });

  it("MsgContribute carries bodies as bytes and metadata (extra from an object or pairs)", () => {
    const m = msgContribute(BOB, 1, [
      { body: "héllo wörld", title: "t", source: "s@x", licence: "MIT", extra: { lang: "en" } },
      { body: Uint8Array.of(1, 2, 3), extra: [{ key: "k", value: "v" }] },
    ]);
    const bytes = roundTrip(m);
    const d = decodeFilled(tx.MsgContributeSchema, bytes);
    expect(new TextDecoder().decode(d.records[0]!.body)).toBe("héllo wörld");
    expect(d.records[0]).toMatchObject({ title: "t", source: "s@x", licence: "MIT" });
    expect((d.records[0]!.extra ?? []).map((kv) => [kv.key, kv.value])).toEqual([["lang", "en"]]);
    expect(Uint8Array.from(d.records[1]!.body ?? [])).toEqual(Uint8Array.of(1, 2, 3));
    expect(msgContributeSize(BOB, 1, [{ body: "héllo wörld", title: "t", source: "s@x", licence: "MIT", extra: { lang: "en" } }, { body: Uint8Array.of(1, 2, 3), extra: [{ key: "k", value: "v" }] }])).toBe(bytes.length);
  });

  it("MsgReviewContribution: accept, or reject with a reason", () => {
    const d = decodeFilled(tx.MsgReviewContributionSchema, roundTrip(msgReviewContribution(BOB, 9n, false, "off-topic")));
    expect([d.curator, String(d.contributionId), d.accept, d.reason]).toEqual([BOB, "9", false, "off-topic"]);
    expect(decodeFilled(tx.MsgReviewContributionSchema, roundTrip(msgReviewContribution(BOB, 9n, true))).accept).toBe(true);
  });

  it("refuses bad input before anything is signed, with a typed error", () => {
    const cases: [() => unknown, RegExp][] = [
      [() => msgReviewContribution(BOB, 1n, false, "  "), /a rejection needs a reason/],
      [() => msgPublishVersion(ALICE, 0n), /datanet 0 is not a valid id/],
      [() => msgPublishVersion(ALICE, -1), /datanet -1 is not a valid id/],
      [() => msgPublishVersion(ALICE, 1n << 64n), /is not a valid id/],
      [() => msgContribute(ALICE, 1n, []), /at least one record/],
      // TextEncoder would store a lone surrogate as U+FFFD, silently changing the record.
      [() => msgContribute(ALICE, 1n, [{ body: "ok" }, { body: "caf\udc80" }]), /record 1: body is not valid Unicode text: a lone surrogate \\udc80 at index 3/],
      [() => msgContribute(ALICE, 1n, [{ body: "ok", title: "\ud800" }]), /record 0: title is not valid Unicode text/],
      [() => msgContribute(ALICE, 1n, [{ body: "ok", extra: { k: "v\udfff" } }]), /record 0: extra value of "k" is not valid Unicode text/],
      [() => msgContribute(ALICE, 1n, [{ body: "ok", extra: [{ key: "\udfff", value: "v" }] }]), /record 0: extra key is not valid Unicode text/],
      [() => msgContributeSize(ALICE, 1n, [{ body: "\udc80" }]), /record 0: body is not valid Unicode text/],
      [() => msgWithdrawContribution(toBech32("cosmos", new Uint8Array(20)), 1n), /prefix "cosmos", expected "trib"/],
      [() => msgCreateDatanet(ALICE, { metadata: { name: "x" }, policy: { curation: "CURATED", contributionDeposit: "ten" } }), /invalid coin "ten"/],
      [() => msgCreateDatanet(ALICE, { metadata: { name: "x" }, policy: { curation: "MAYBE" as never } }), /unknown curation policy "MAYBE"/],
      [() => msgCreateDatanet(ALICE, { metadata: { name: "caf\udc80" }, policy: { curation: "OPEN" } }), /datanet name is not valid Unicode text: a lone surrogate \\udc80 at index 3/],
      [() => msgUpdateDatanet(ALICE, 1n, { metadata: { name: "x", description: "\ud800" } }), /datanet description is not valid Unicode text/],
      [() => msgCreateDatanet(ALICE, { metadata: { name: "x", tags: ["ok", "\udfff"] }, policy: { curation: "OPEN" } }), /datanet tag 1 is not valid Unicode text/],
    ];
    for (const [f, re] of cases) {
      expect(f).toThrow(TributaryClientError);
      expect(f).toThrow(re);
    }
  });
});

function delivered(responses: { typeUrl: string; value: Uint8Array }[]): DeliverTxResponse {
  return { code: 0, height: 5, txIndex: 0, transactionHash: "AB", events: [], msgResponses: responses, gasUsed: 1n, gasWanted: 2n, rawLog: "" } as never;
}

describe("datanet message responses", () => {
  it("decode the datanet id, per-record results and the published version", () => {
    const created = delivered([{ typeUrl: "/tributary.datanet.v1.MsgCreateDatanetResponse", value: encode(tx.MsgCreateDatanetResponseSchema, { datanetId: 12n }) }]);
    expect(createDatanetResponse(created)).toBe(12n);
    const hash = new Uint8Array(32).fill(7);
    const contributed = delivered([
      {
        typeUrl: "/tributary.datanet.v1.MsgContributeResponse",
        value: encode(tx.MsgContributeResponseSchema, {
          results: [
            { contributionId: 100n, status: tx.ContributionStatus.ACCEPTED, contentHash: hash, tokens: 50, maskedTokens: 3 },
            { contributionId: 101n, status: tx.ContributionStatus.PENDING, contentHash: hash, tokens: 40 },
          ],
        }),
      },
    ]);
    expect(contributeResponse(contributed)).toEqual([
      { contributionId: 100n, status: "ACCEPTED", contentHash: hash, tokens: 50, maskedTokens: 3 },
      { contributionId: 101n, status: "PENDING", contentHash: hash, tokens: 40, maskedTokens: 0 },
    ]);
    const published = delivered([{ typeUrl: "/tributary.datanet.v1.MsgPublishVersionResponse", value: encode(tx.MsgPublishVersionResponseSchema, { number: 2n, merkleRoot: hash, recordCount: 30n }) }]);
    expect(publishVersionResponse(published)).toEqual({ number: 2n, merkleRoot: hash, recordCount: 30n });
    expect(() => createDatanetResponse(published)).toThrow(/has no \/tributary.datanet.v1.MsgCreateDatanetResponse/);
  });
});

/** A QueryClient whose ABCI answers come from `answer(path, request bytes)`. */
function fakeBase(answer: (path: string, data: Uint8Array) => Uint8Array): QueryClient {
  return { queryAbci: async (path: string, data: Uint8Array) => ({ value: answer(path, data), height: 1 }) } as unknown as QueryClient;
}

describe("setupDatanetExtension", () => {
  it("datanet: sends the id as uint64 and returns bigint ids and enum names", async () => {
    let seen: { path: string; id: string } | undefined;
    const ext = setupDatanetExtension(
      fakeBase((path, data) => {
        seen = { path, id: decodeFilled(q.QueryDatanetRequestSchema, data).id.toString() };
        return encode(q.QueryDatanetResponseSchema, {
          datanet: {
            id: BIG, owner: ALICE, metadata: { name: "n", tags: ["a"] }, curators: [BOB], status: q.DatanetStatus.ACTIVE, createdHeight: 9n,
            policy: { curation: q.CurationPolicy.CURATED, contributionDeposit: { denom: "utrib", amount: "5" } },
          },
          counters: { pending: 2n, accepted: 3n, acceptedTokens: 300n, nextWordId: 77, latestVersion: 1n },
        });
      }),
    );
    const r = await ext.datanet.datanet(BIG);
    expect(seen).toEqual({ path: "/tributary.datanet.v1.Query/Datanet", id: BIG.toString() });
    expect(r.datanet).toMatchObject({ id: BIG, owner: ALICE, curators: [BOB], status: "ACTIVE", createdHeight: 9n });
    expect(r.datanet.metadata).toEqual({ name: "n", tags: ["a"], description: "", licence: "" });
    expect(r.datanet.policy).toEqual({ curation: "CURATED", piiRedaction: false, contributionDeposit: { denom: "utrib", amount: "5" }, limits: { minTokens: 0, maxTokens: 0, maxBytes: 0 } });
    expect(r.counters).toEqual({ pending: 2n, accepted: 3n, acceptedTokens: 300n, nextWordId: 77, latestVersion: 1n });
  });

  it("contributions: filters go out as fields, and allPages follows next keys to the end", async () => {
    const requests: { datanetId: string; status: number; contributor: string; key: string; limit: string }[] = [];
    const ext = setupDatanetExtension(
      fakeBase((_path, data) => {
        const req = decodeFilled(q.QueryContributionsRequestSchema, data);
        const key = Buffer.from(req.pagination?.key ?? []).toString();
        requests.push({ datanetId: String(req.datanetId), status: req.status ?? 0, contributor: req.contributor ?? "", key, limit: String(req.pagination?.limit ?? "") });
        const start = key === "" ? 1 : Number(key);
        const ids = [start, start + 1].filter((i) => i <= 5);
        const next = start + 2 <= 5 ? Buffer.from(String(start + 2)) : new Uint8Array();
        return encode(q.QueryContributionsResponseSchema, {
          contributions: ids.map((i) => ({ id: BigInt(i), datanetId: 4n, contributor: BOB, status: q.ContributionStatus.REJECTED, rejectionReason: "spam", height: 3n })),
          pagination: { nextKey: next, total: 0n },
        });
      }),
    );
    const all = await allPages((page) => ext.datanet.contributions({ datanetId: 4n, status: "REJECTED", contributor: BOB }, page), 2);
    expect(all.map((c) => c.id)).toEqual([1n, 2n, 3n, 4n, 5n]);
    expect(all[0]).toMatchObject({ status: "REJECTED", rejectionReason: "spam", height: 3n, datanetId: 4n, deposit: null });
    expect(requests.map((r) => r.key)).toEqual(["", "3", "5"]);
    expect(requests[0]).toMatchObject({ datanetId: "4", status: 3, contributor: BOB, limit: "2" });
    await expect(ext.datanet.contributions({ status: "LOST" as never })).rejects.toThrow(/unknown contribution status "LOST"/);
  });

  it("version, content, stats and params decode to client types", async () => {
    const root = new Uint8Array(32).fill(1);
    const body = new TextEncoder().encode("record body");
    const answers: Record<string, Uint8Array> = {
      "/tributary.datanet.v1.Query/Version": encode(q.QueryVersionResponseSchema, {
        version: { datanetId: 1n, number: 2n, addedContributionIds: [5n, 6n], recordCount: 6n, merkleRoot: root, totalTokens: 900n, height: 44n },
      }),
      "/tributary.datanet.v1.Query/ContributionContent": encode(q.QueryContributionContentResponseSchema, { contentHash: root, body }),
      "/tributary.datanet.v1.Query/ContributorStats": encode(q.QueryContributorStatsResponseSchema, { stats: { records: 4n, accepted: 3n, rejected: 1n }, acceptanceRateBps: 7500 }),
      "/tributary.datanet.v1.Query/Params": encode(q.QueryParamsResponseSchema, { params: { creationFee: [{ denom: "utrib", amount: "10" }], maxRecordsPerMsg: 100, quotaWindowBlocks: 600n } }),
      "/tributary.datanet.v1.Query/VersionContributions": encode(q.QueryVersionContributionsResponseSchema, { contributionIds: [1n, 2n], pagination: { total: 2n } }),
    };
    const ext = setupDatanetExtension(
      fakeBase((path) => {
        const answer = answers[path];
        if (!answer) throw new Error(`no answer for ${path}`);
        return answer;
      }),
    );
    expect(await ext.datanet.version(1n, 2n)).toEqual({ datanetId: 1n, number: 2n, addedContributionIds: [5n, 6n], recordCount: 6n, merkleRoot: root, totalTokens: 900n, height: 44n });
    expect(await ext.datanet.contributionContent(5n)).toEqual({ contentHash: root, body });
    const stats = await ext.datanet.contributorStats(BOB);
    expect(stats).toEqual({ stats: { records: 4n, pending: 0n, accepted: 3n, rejected: 1n, withdrawn: 0n, tokens: 0n, acceptedTokens: 0n, bytes: 0n }, acceptanceRateBps: 7500 });
    const params = await ext.datanet.params();
    expect(params).toMatchObject({ creationFee: [{ denom: "utrib", amount: "10" }], maxRecordsPerMsg: 100, quotaWindowBlocks: 600n });
    expect(await ext.datanet.versionContributions(1n)).toEqual({ items: [1n, 2n], nextKey: undefined, total: 2n });
    expect(DATANET_MSG_TYPE_URLS.contribute).toBe("/tributary.datanet.v1.MsgContribute");
  });
});
