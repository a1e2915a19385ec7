import { bytesToHex } from "@noble/hashes/utils.js";
import type { EncodeObject } from "@cosmjs/proto-signing";
import { TxMsgData } from "cosmjs-types/cosmos/base/abci/v1beta1/abci";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as q from "../../proto/gen/tributary/attribution/v1/index.ts";
import * as tx from "../../proto/gen/tributary/attribution/v1/index.ts";
import { addressBytes } from "../../chain/address.ts";
import { registerTributaryTypes } from "../../client/registry.ts";
import { registry } from "../../test/appHarness.ts";
import { DatanetHarness, FEE_COLLECTOR, eventAttrs, words } from "../../test/datanetHarness.ts";
import { authKeys } from "../auth/keys.ts";
import { bankKeys } from "../bank/keys.ts";
import { buildVersionIndex } from "./documents.ts";
import { indexHash } from "./engine/index.ts";
import { defaultAttributionGenesis, validateAttributionGenesis } from "./genesis.ts";
import { ALLOCATION_KEYS } from "../../test/allocationKeys.ts";
import { decode, decodeFilled, encode, type Filled, type Init } from "../../proto/codec.ts";
import type { DescMessage, MessageShape } from "@bufbuild/protobuf";

/**
 * The attribution module through the real App: a version's index commitment becomes READY D
 * blocks after publication; records credit the contributor whose text the output copies,
 * update counters and indexes; every refusal names the problem and changes no state.
 */
registerTributaryTypes(registry, [["/tributary.attribution.v1.MsgRecordAttribution", tx.MsgRecordAttributionSchema]]);
const D = 3n;

let d: DatanetHarness;
let dn: bigint;
let ids: bigint[];
let publishedAt: bigint;
const BODY_A = words(11, 80).join(" ");
const BODY_B = words(12, 80).join(" ");

const record = (i: number, manifest: [bigint, bigint][], output: string, prompt = ""): EncodeObject => ({
  typeUrl: "/tributary.attribution.v1.MsgRecordAttribution",
  value: { submitter: d.addr(i), manifest: manifest.map(([datanetId, version]) => ({ datanetId, version })), output, prompt },
});
async function query<Req extends DescMessage, Res extends DescMessage>(method: string, reqSchema: Req, req: Init<Req>, resSchema: Res): Promise<Filled<MessageShape<Res>>> {
  const res = await d.h.app.query({ path: `/tributary.attribution.v1.Query/${method}`, data: encode(reqSchema, req), height: 0n, prove: false });
  if (res.code !== 0) throw Object.assign(new Error(res.log), { code: res.code, codespace: res.codespace });
  return decodeFilled(resSchema, res.value);
}
const commitment = async (n: bigint) => (await query("Commitment", q.QueryCommitmentRequestSchema, { datanetId: dn, version: n }, q.QueryCommitmentResponseSchema)).commitment!;
const emptyBlock = () => d.h.deliver([]);

beforeAll(async () => {
  d = await DatanetHarness.create({ accounts: 5, appState: (s) => (s.attribution = { ...defaultAttributionGenesis(), params: { ...defaultAttributionGenesis().params, attributable_delay_blocks: String(D) } }) });
  dn = await d.newDatanet(0);
  ids = await d.contributeOk(1, dn, [{ body: BODY_A }]);
  ids.push(...(await d.contributeOk(2, dn, [{ body: BODY_B }])));
  const r = await d.ok(0, [d.publish(0, dn)]);
  publishedAt = d.h.height;
  expect(eventAttrs(r, "tributary.attribution.v1.EventIndexPending")).toMatchObject({ datanet_id: String(dn), version: "1", ready_height: String(publishedAt + D) });
});
afterAll(() => d?.close());

function allowedKeys(signer: number): Set<string> {
  const addr = addressBytes(d.addr(signer));
  return new Set([...[authKeys.account(addr), bankKeys.balance(addr, "utrib"), bankKeys.balance(FEE_COLLECTOR, "utrib")].map(bytesToHex), ...ALLOCATION_KEYS]);
}

async function expectRefused(msg: EncodeObject, code: number, pattern: RegExp, codespace = "attribution"): Promise<void> {
  const before = await d.snapshot();
  const r = await d.tx(3, [msg]);
  if (r.code === 0) throw new Error(`expected a refusal, the tx passed: ${JSON.stringify(msg.value, (_k, v) => (typeof v === "bigint" ? v.toString() : v)).slice(0, 300)}`);
  expect([r.codespace, r.code], r.log).toEqual([codespace, code]);
  expect(r.log).toMatch(pattern);
  const after = await d.snapshot();
  const changed = [...new Set([...before.keys(), ...after.keys()])].filter((k) => before.get(k) !== after.get(k) && !allowedKeys(3).has(k));
  expect(changed.map((k) => Buffer.from(k, "hex").toString("latin1"))).toEqual([]);
}

describe("attribution module", () => {
  it("a published version is PENDING until its ready height, then refused with the height it becomes attributable", async () => {
    const c = await commitment(1n);
    expect(c.status).toBe(1); // PENDING
    expect(String(c.readyHeight)).toBe(String(publishedAt + D));
    await expectRefused(record(3, [[dn, 1n]], BODY_A), 3, new RegExp(`version 1 is attributable from height ${publishedAt + D + 1n} \\(its index hash is recorded at the end of block ${publishedAt + D}; now ${d.h.height + 1n}\\)`));
  });

  it("at EndBlock of the ready height the index hash is recorded: the in-process build of the same documents", async () => {
    while (d.h.height < publishedAt + D - 1n) await emptyBlock();
    expect((await commitment(1n)).status).toBe(1);
    const res = await emptyBlock();
    const ev = res.events.find((e) => e.type === "tributary.attribution.v1.EventIndexReady");
    expect(ev).toBeDefined();
    const c = await commitment(1n);
    expect(c.status).toBe(2);
    const keeper = (await import("../index.ts")).createModules().keepers.attribution;
    const expected = indexHash(buildVersionIndex(keeper.source, d.h.store.committed(), dn, 1n));
    expect(bytesToHex(c.indexHash!)).toBe(bytesToHex(expected));
    expect(String(c.documents)).toBe("2");
    expect(Number(c.tokens)).toBe(160);
  });

  it("records an output copied from a contribution: its contributor gets the points, counters and indexes follow", async () => {
    const output = BODY_A.split(" ").slice(10, 50).join(" ");
    const r = await d.ok(4, [record(4, [[dn, 1n]], output)]);
    const res = decode(tx.MsgRecordAttributionResponseSchema, TxMsgData.decode(r.data).msgResponses[0]!.value);
    const id = BigInt(String(res.recordId));
    expect(id).toBe(1n);
    const rec = (await query("Record", q.QueryRecordRequestSchema, { id }, q.QueryRecordResponseSchema)).record!;
    const contributors = rec.contributors!;
    expect(contributors.map((c) => c.contributor)).toEqual([d.addr(1)]);
    expect(rec.contributions!.map((c) => String(c.contributionId))).toEqual([String(ids[0])]);
    expect(Number(contributors[0]!.points)).toBeGreaterThan(0);
    expect(Number(contributors[0]!.points) + Number(rec.residual)).toBe(Number(rec.totalPoints));
    expect(rec.output).toBe(output);
    expect(contributors[0]!.amount).toBe("0");
    expect(rec.paramsVersion).toBe(2);
    expect(String((await d.contribution(ids[0]!)).timesAttributed)).toBe("1");
    expect(String((await d.contribution(ids[1]!)).timesAttributed)).toBe("0");
    expect(eventAttrs(r, "tributary.attribution.v1.EventAttributionRecorded")).toMatchObject({ record_id: "1", manifest: `${dn}:1`, contributors: "1" });
    const byContributor = await query("RecordsByContributor", q.QueryRecordsByContributorRequestSchema, { contributor: d.addr(1) }, q.QueryRecordsResponseSchema);
    expect(byContributor.records.map((x) => String(x.id))).toEqual(["1"]);
    const byOther = await query("RecordsByContributor", q.QueryRecordsByContributorRequestSchema, { contributor: d.addr(2) }, q.QueryRecordsResponseSchema);
    expect(byOther.records).toEqual([]);
    const byContribution = await query("RecordsByContribution", q.QueryRecordsByContributionRequestSchema, { contributionId: ids[0] }, q.QueryRecordsResponseSchema);
    expect(byContribution.records.map((x) => String(x.id))).toEqual(["1"]);
  });

  it("Query/Attribute answers what a record would hold without changing state", async () => {
    const before = await d.snapshot();
    const output = BODY_B.split(" ").slice(0, 30).join(" ");
    const res = await query("Attribute", q.QueryAttributeRequestSchema, { manifest: [{ datanetId: dn, version: 1n }], output }, q.QueryAttributeResponseSchema);
    expect(res.record!.contributors!.map((c) => c.contributor)).toEqual([d.addr(2)]);
    expect(Number(res.gas)).toBeGreaterThan(2000);
    expect(await d.snapshot()).toEqual(before);
  });

  it("refuses bad manifests and outputs with a named error and no state change", async () => {
    await expectRefused(record(3, [], BODY_A), 2, /manifest is empty/);
    await expectRefused(record(3, [[dn, 1n], [dn, 1n]], BODY_A), 2, /names datanet .* a second time/);
    await expectRefused(record(3, [[dn, 9n]], BODY_A), 4, /version 9 has no index commitment/);
    await expectRefused(record(3, [[dn, 1n]], ""), 5, /output is empty/);
    await expectRefused(record(3, [[dn, 1n]], "  \n\t "), 5, /no word tokens/);
    await expectRefused(record(3, [[dn, 1n]], words(5, 1100).join(" ")), 5, /1100 tokens, more than L_MAX = 1024/);
  });

  it("genesis defaults to engine parameter set 2, accepts 1, 2 and 3, and names the released sets otherwise", () => {
    const g = defaultAttributionGenesis();
    expect(g.params.params_version).toBe(2);
    for (const v of [1, 2, 3]) expect(() => validateAttributionGenesis({ ...g, params: { ...g.params, params_version: v } })).not.toThrow();
    for (const v of [0, 4]) {
      expect(() => validateAttributionGenesis({ ...g, params: { ...g.params, params_version: v } })).toThrow(new RegExp(`params.params_version.*${v} is not a released engine parameter set \\(released: 1, 2, 3\\)`));
    }
  });

  it("genesis export carries params, commitments and records", async () => {
    const g = (await d.exportAppState()).attribution;
    expect(g.params.attributable_delay_blocks).toBe(String(D));
    expect(g.params.params_version).toBe(2);
    expect(g.commitments).toHaveLength(1);
    expect(g.commitments[0].status).toBe("READY");
    expect(g.records).toHaveLength(1);
    expect(g.next_record_id).toBe("2");
  });
});
