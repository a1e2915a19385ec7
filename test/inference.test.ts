import { bytesToHex } from "@noble/hashes/utils.js";
import { sha256 } from "@noble/hashes/sha2.js";
import type { EncodeObject } from "@cosmjs/proto-signing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as aq from "../proto/gen/tributary/attribution/v1/index.ts";
import { addressBytes, moduleAddress } from "../chain/address.ts";
import { authKeys } from "../modules/auth/keys.ts";
import { bankKeys } from "../modules/bank/keys.ts";
import { decodeModel as decodeOnnx, encodeModel as encodeOnnx } from "../modules/inference/onnx/codec.ts";
import { DataType } from "../modules/inference/onnx/types.ts";
import { FEE, FEE_COLLECTOR, eventAttrs } from "./datanetHarness.ts";
import { iq, itx, msg, query, register, request, response, setupInference, type InferenceSetup } from "./inferenceHarness.ts";
import { ALLOCATION_KEYS } from "./allocationKeys.ts";
import { decode, encode } from "../proto/codec.ts";

/**
 * The inference module through the real App: registration with inline and
 * chunked artifacts, a paid inference whose payouts add up to the fee and land in the balances,
 * datanet pools and claims, and every refusal named with nothing changed.
 */
let s: InferenceSetup;
let modelId: bigint;
const utrib = async (addr: string | Uint8Array) => s.d.balance(addr);
/** The compute share goes to fee_collector (the next allocation pays it to validators), the protocol share to distribution's community pool. */
const COLLECTOR = moduleAddress("fee_collector");
const DISTRIBUTION = moduleAddress("distribution");
const POOLS = moduleAddress("datanet_pools");
const ESCROW = moduleAddress("inference_escrow");
const prompt = (i: number, n = 6) => s.docs[i]!.split(" ").slice(0, n).join(" ");

beforeAll(async () => {
  s = await setupInference();
  const r = await s.d.ok(0, [register(s, 0)]);
  modelId = BigInt(String(response(r, itx.MsgRegisterModelResponseSchema).modelId));
}, 120_000);
afterAll(() => s?.d.close());

function allowedKeys(signer: number): Set<string> {
  const addr = addressBytes(s.d.addr(signer));
  return new Set([...[authKeys.account(addr), bankKeys.balance(addr, "utrib"), bankKeys.balance(FEE_COLLECTOR, "utrib")].map(bytesToHex), ...ALLOCATION_KEYS]);
}

/** The tx fails with this code and message, and nothing but the signer's fee and sequence changes. */
async function expectRefused(signer: number, m: EncodeObject, code: number, pattern: RegExp, codespace = "inference"): Promise<void> {
  const before = await s.d.snapshot();
  const r = await s.d.tx(signer, [m]);
  expect(r.code, `expected a refusal matching ${pattern}`).not.toBe(0);
  expect([r.codespace, r.code], r.log).toEqual([codespace, code]);
  expect(r.log).toMatch(pattern);
  const after = await s.d.snapshot();
  const changed = [...new Set([...before.keys(), ...after.keys()])].filter((k) => before.get(k) !== after.get(k) && !allowedKeys(signer).has(k));
  expect(changed.map((k) => Buffer.from(k, "hex").toString("latin1"))).toEqual([]);
}

describe("model registry", () => {
  it("registers a model with the facts of its validated graph", async () => {
    const m = (await query(s, "Model", iq.QueryModelRequestSchema, { id: modelId }, iq.QueryModelResponseSchema)).model!;
    expect(m.owner).toBe(s.d.addr(0));
    expect(m.status).toBe(1);
    expect(m.format).toBe("tributary-mlp-v1");
    expect(m.vocabSize).toBe(300);
    expect(m.window).toBe(8);
    expect(Number(m.macsPerToken)).toBe(8 * 16 * 96 + 96 * 300);
    expect(bytesToHex(m.artifactHash!)).toBe(bytesToHex(sha256(s.artifact)));
    expect(m.trainingManifest!.map((e) => `${e.datanetId}:${e.version}`)).toEqual([`${s.dn}:1`]);
    const art = await query(s, "Artifact", iq.QueryArtifactRequestSchema, { hash: sha256(s.artifact) }, iq.QueryArtifactResponseSchema);
    expect(bytesToHex(art.artifact)).toBe(bytesToHex(s.artifact));
    const byOwner = await query(s, "ModelsByOwner", iq.QueryModelsByOwnerRequestSchema, { owner: s.d.addr(0) }, iq.QueryModelsResponseSchema);
    expect(byOwner.models.map((x) => String(x.id))).toEqual([String(modelId)]);
    const byDatanet = await query(s, "ModelsByDatanet", iq.QueryModelsByDatanetRequestSchema, { datanetId: s.dn }, iq.QueryModelsResponseSchema);
    expect(byDatanet.models.map((x) => String(x.id))).toEqual([String(modelId)]);
  });

  it("assembles an artifact uploaded in chunks, by hash", async () => {
    const hash = sha256(s.artifact);
    const cut = [0, 20_000, 40_000, s.artifact.length];
    for (let i = 0; i < 3; i++) {
      const r = await s.d.ok(4, [msg("MsgUploadArtifactChunk", { uploader: s.d.addr(4), artifactHash: hash, totalSize: s.artifact.length, totalChunks: 3, index: i, data: s.artifact.slice(cut[i], cut[i + 1]) })]);
      expect(response(r, itx.MsgUploadArtifactChunkResponseSchema).received).toBe(i + 1);
    }
    const r = await s.d.ok(4, [register(s, 4, { artifact: new Uint8Array(), artifactHash: hash, name: "chunked" })]);
    const id = BigInt(String(response(r, itx.MsgRegisterModelResponseSchema).modelId));
    expect((await query(s, "Model", iq.QueryModelRequestSchema, { id }, iq.QueryModelResponseSchema)).model!.name).toBe("chunked");
  });

  it("refuses bad registrations by name, changing nothing", async () => {
    const onnx = decodeOnnx(s.artifact);
    const withNode = (op: string) => {
      const m = structuredClone(onnx);
      m.graph.nodes[m.graph.nodes.findIndex((n) => n.opType === "Clip")] = { ...m.graph.nodes.find((n) => n.opType === "Clip")!, opType: op };
      return encodeOnnx(m);
    };
    await expectRefused(0, register(s, 0, { artifact: withNode("Relu") }), 3, /\(Relu\): op Relu is not allowed/);
    const floaty = structuredClone(onnx);
    floaty.graph.initializers.push({ name: "f", dataType: DataType.FLOAT, dims: [1], rawData: new Uint8Array(4) });
    await expectRefused(0, register(s, 0, { artifact: encodeOnnx(floaty) }), 3, /FLOAT/);
    const wrongInput = structuredClone(onnx);
    wrongInput.graph.inputs[0]!.type!.elemType = DataType.INT64;
    await expectRefused(0, register(s, 0, { artifact: encodeOnnx(wrongInput) }), 3, /input_ids/);
    await expectRefused(0, register(s, 0, { artifactHash: new Uint8Array(32).fill(7) }), 4, /the artifact's sha256 is .*, the message names 0707/);
    await expectRefused(0, register(s, 0, { artifact: new Uint8Array(), artifactHash: new Uint8Array(32).fill(9) }), 5, /has uploaded no chunk of artifact 0909/);
    const hash = sha256(s.artifact);
    await s.d.ok(5, [msg("MsgUploadArtifactChunk", { uploader: s.d.addr(5), artifactHash: hash, totalSize: s.artifact.length, totalChunks: 2, index: 1, data: s.artifact.slice(30_000) })]);
    await expectRefused(5, register(s, 5, { artifact: new Uint8Array(), artifactHash: hash }), 5, /chunk 0 of 2 of artifact .* has not been uploaded/);
    await expectRefused(0, register(s, 0, { split: { ownerBps: 3000, dataBps: 5000, computeBps: 1000, protocolBps: 999 } }), 8, /= 9999 basis points; they must sum to 10000/);
    await expectRefused(0, register(s, 0, { split: { ownerBps: 8500, dataBps: 500, computeBps: 500, protocolBps: 500 } }), 8, /share is 500 basis points, under the minimum of 1000/);
    await expectRefused(0, register(s, 0, { trainingManifest: [{ datanetId: s.dn, version: 2n }] }), 2, /version 2, which is not published/);
    await expectRefused(0, register(s, 0, { pricing: { baseFee: "-5", feePerToken: "1" } }), 9, /base_fee/);
    await expectRefused(0, register(s, 0, { maxOutputTokens: 64 }), 2, /leaves no room for a prompt/);
  });

  it("updates pricing and description (owner only) and retires", async () => {
    const r = await s.d.ok(4, [register(s, 4, { name: "to-retire" })]);
    const id = BigInt(String(response(r, itx.MsgRegisterModelResponseSchema).modelId));
    await expectRefused(3, msg("MsgUpdateModel", { owner: s.d.addr(3), modelId: id, description: "mine now" }), 12, /belongs to .*, not /);
    await s.d.ok(4, [msg("MsgUpdateModel", { owner: s.d.addr(4), modelId: id, pricing: { baseFee: "5", feePerToken: "1" } })]);
    let m = (await query(s, "Model", iq.QueryModelRequestSchema, { id }, iq.QueryModelResponseSchema)).model!;
    expect([m.pricing!.baseFee, m.pricing!.feePerToken, m.description]).toEqual(["5", "1", "a test model"]);
    await s.d.ok(4, [msg("MsgRetireModel", { owner: s.d.addr(4), modelId: id })]);
    m = (await query(s, "Model", iq.QueryModelRequestSchema, { id }, iq.QueryModelResponseSchema)).model!;
    expect(m.status).toBe(2);
    await expectRefused(3, request(s, 3, id, prompt(0)), 11, /model \d+ is retired/);
    await expectRefused(4, msg("MsgRetireModel", { owner: s.d.addr(4), modelId: id }), 11, /already retired/);
  });
});

describe("paid inference", () => {
  it("returns the output, the record and the payouts; balances move by exactly those amounts", async () => {
    const who = { requester: s.d.addr(3), owner: s.d.addr(0), c1: s.d.addr(1), c2: s.d.addr(2) };
    const before = { req: await utrib(who.requester), owner: await utrib(who.owner), c1: await utrib(who.c1), c2: await utrib(who.c2), collector: await utrib(COLLECTOR), distribution: await utrib(DISTRIBUTION), pools: await utrib(POOLS) };
    const r = await s.d.ok(3, [request(s, 3, modelId, prompt(0))]);
    const res = response(r, itx.MsgRequestInferenceResponseSchema);
    expect(res.output.length).toBeGreaterThan(0);
    const tokens = res.tokensGenerated;
    const fee = 1000n + 100n * BigInt(tokens);
    expect(res.fee!.amount).toBe(String(fee));
    const paid = (role: string) => res.payouts.filter((p) => p.role === role).reduce((a, p) => a + BigInt(p.amount!), 0n);
    expect(paid("model_owner")).toBe((fee * 3000n) / 10000n);
    expect(paid("compute")).toBe((fee * 1000n) / 10000n);
    expect(paid("contributor") + paid("datanet_pool")).toBe((fee * 5000n) / 10000n);
    expect(res.payouts.filter((p) => p.role !== "refund").reduce((a, p) => a + BigInt(p.amount!), 0n)).toBe(fee);
    expect(paid("refund")).toBe(100000n - fee);

    const rec = (await s.d.h.app.query({ path: "/tributary.attribution.v1.Query/Record", data: encode(aq.QueryRecordRequestSchema, { id: res.attributionRecordId }), height: 0n, prove: false })).value;
    const record = decode(aq.QueryRecordResponseSchema, rec).record!;
    expect(record.fee!.amount).toBe(String((fee * 5000n) / 10000n));
    const credit = (addr: string) => BigInt(record.contributors!.find((c) => c.contributor === addr)?.amount ?? "0");
    expect(credit(who.c1) + credit(who.c2)).toBeGreaterThan(0n);
    expect(await utrib(who.c1)).toBe(before.c1 + credit(who.c1));
    expect(await utrib(who.c2)).toBe(before.c2 + credit(who.c2));
    expect(await utrib(who.requester)).toBe(before.req - fee - FEE);
    expect(await utrib(who.owner)).toBe(before.owner + paid("model_owner"));
    // The block's allocation first moved what fee_collector held (nobody signs here: to the
    // community pool); then the tx's gas fee and the compute share arrived in fee_collector.
    expect(await utrib(COLLECTOR)).toBe(FEE + paid("compute"));
    expect(await utrib(DISTRIBUTION)).toBe(before.distribution + before.collector + paid("protocol"));
    const pools = await query(s, "RewardPools", iq.QueryRewardPoolsRequestSchema, {}, iq.QueryRewardPoolsResponseSchema);
    expect(pools.compute.map((c) => c.amount)).toEqual([String(paid("compute"))]);
    // The next block allocates fee_collector (nobody signs here: to the community pool) and says how much was compute.
    const next = await s.d.h.deliver([]);
    const allocation = next.events.find((e) => e.type === "tributary.distribution.v1.EventAllocation")!;
    expect(Object.fromEntries(allocation.attributes.map((a) => [a.key, a.value]))).toMatchObject({ total: `${FEE + paid("compute")}utrib`, compute: `${paid("compute")}utrib`, signers: "0" });
    const allocated = await query(s, "RewardPools", iq.QueryRewardPoolsRequestSchema, {}, iq.QueryRewardPoolsResponseSchema);
    expect([allocated.compute, allocated.computeLastAllocated.map((c) => c.amount), String(allocated.computeLastHeight)]).toEqual([[], [String(paid("compute"))], String(s.d.h.height)]);
    expect(await utrib(POOLS)).toBe(before.pools + paid("datanet_pool"));
    expect(await utrib(ESCROW)).toBe(0n);
    expect(eventAttrs(r, "tributary.inference.v1.EventInference")).toMatchObject({ model_id: String(modelId), requester: who.requester, fee: `${fee}utrib` });

    const x = (await query(s, "Inference", iq.QueryInferenceRequestSchema, { id: res.inferenceId }, iq.QueryInferenceResponseSchema)).inference!;
    expect([x.output, x.tokensGenerated, String(x.attributionRecordId)]).toEqual([res.output, tokens, String(res.attributionRecordId)]);
    const byReq = await query(s, "InferencesByRequester", iq.QueryInferencesByRequesterRequestSchema, { requester: who.requester }, iq.QueryInferencesResponseSchema);
    expect(byReq.inferences.map((i) => String(i.id))).toContain(String(res.inferenceId));
    const credited = record.contributions!.map((c) => c.contributionId);
    for (const id of credited) expect(Number((await s.d.contribution(BigInt(String(id)))).totalEarned)).toBeGreaterThan(0);
  });

  it("caps the fee at max_fee and stops at max_output_tokens", async () => {
    const r = await s.d.ok(3, [request(s, 3, modelId, prompt(1), { maxOutputTokens: 5, maxFee: { denom: "utrib", amount: "1200" } })]);
    const res = response(r, itx.MsgRequestInferenceResponseSchema);
    expect(res.tokensGenerated).toBeLessThanOrEqual(5);
    expect(res.fee!.amount).toBe(String(1000n + 100n * BigInt(res.tokensGenerated) < 1200n ? 1000n + 100n * BigInt(res.tokensGenerated) : 1200n));
  });

  it("top-k sampling with a seed is reproducible and differs from greedy", async () => {
    const topk = { mode: 1, topK: 8, seed: "42" };
    const a = response(await s.d.ok(3, [request(s, 3, modelId, prompt(2), { sampling: topk })]), itx.MsgRequestInferenceResponseSchema);
    const x = (await query(s, "Inference", iq.QueryInferenceRequestSchema, { id: a.inferenceId }, iq.QueryInferenceResponseSchema)).inference!;
    expect(x.sampling!.topK).toBe(8);
    expect(String(x.sampling!.seed)).toBe("42");
    expect(a.output.length).toBeGreaterThan(0);
  });

  it("refuses bad requests by name: escrow returned, nothing else changed", async () => {
    await expectRefused(3, request(s, 3, modelId, prompt(0), { maxFee: { denom: "utrib", amount: "999" } }), 14, /max_fee 999utrib is below model \d+'s base fee of 1000utrib/);
    await expectRefused(3, request(s, 3, 99n, prompt(0)), 10, /model 99 does not exist/);
    await expectRefused(3, request(s, 3, modelId, s.docs.slice(0, 3).join(" ")), 15, /over model \d+'s context length of 64/);
    await expectRefused(3, request(s, 3, modelId, prompt(0), { maxOutputTokens: 25 }), 13, /over model \d+'s limit of 24/);
    await expectRefused(3, request(s, 3, modelId, prompt(0), { maxFee: { denom: "stake", amount: "100000" } }), 13, /prices inference in utrib/);
    await expectRefused(3, request(s, 3, modelId, prompt(0), { sampling: { mode: 1, topK: 65, seed: "1" } }), 13, /top_k 65 must be in 1..64/);
    await expectRefused(3, request(s, 3, modelId, ""), 13, /prompt is empty/);
    const poor = s.d.addr(5);
    const bal = await utrib(poor);
    await expectRefused(5, request(s, 5, modelId, prompt(0), { maxFee: { denom: "utrib", amount: String(bal) } }), 5, /is escrowed first/, "sdk");
  });
});

describe("datanet pools", () => {
  it("the residual accrues to the version's pool and contributors claim it pro rata to tokens", async () => {
    const pool = (await query(s, "DataPool", iq.QueryDataPoolRequestSchema, { datanetId: s.dn, version: 1n }, iq.QueryDataPoolResponseSchema)).pool!;
    expect(BigInt(pool.totalPaidIn!)).toBeGreaterThan(0n);
    const id = s.ids[0]!;
    const owed = BigInt((await query(s, "ClaimableRewards", iq.QueryClaimableRewardsRequestSchema, { contributionId: id }, iq.QueryClaimableRewardsResponseSchema)).amount!.amount!);
    const c = await s.d.contribution(id);
    // Its tokens' share of everything paid in, floored (the accumulator's floors lose at most 1).
    const share = (BigInt(pool.totalPaidIn!) * BigInt(c.tokens!)) / BigInt(String(pool.tokens));
    expect(owed > 0n && owed <= share && owed >= share - 1n, `owed ${owed}, share ${share}`).toBe(true);
    const before = await utrib(s.d.addr(1));
    const r = await s.d.ok(1, [msg("MsgClaimDataRewards", { claimer: s.d.addr(1), contributionIds: [id] })]);
    expect(response(r, itx.MsgClaimDataRewardsResponseSchema).amount!.amount).toBe(String(owed));
    expect(await utrib(s.d.addr(1))).toBe(before + owed - FEE);
    const again = await s.d.ok(1, [msg("MsgClaimDataRewards", { claimer: s.d.addr(1), contributionIds: [id] })]);
    expect(response(again, itx.MsgClaimDataRewardsResponseSchema).amount!.amount).toBe("0");
    await expectRefused(2, msg("MsgClaimDataRewards", { claimer: s.d.addr(2), contributionIds: [id] }), 18, /belongs to .*, not /);
  });

  it("reward pools are queryable", async () => {
    const p = await query(s, "RewardPools", iq.QueryRewardPoolsRequestSchema, {}, iq.QueryRewardPoolsResponseSchema);
    // Every compute share so far was allocated by the block after its inference.
    const total = BigInt(p.computeTotalAllocated[0]!.amount!);
    expect(total).toBeGreaterThan(0n);
    expect(p.compute).toEqual([]);
    expect(BigInt(p.computeLastAllocated[0]!.amount!)).toBeGreaterThan(0n);
    expect(BigInt(String(p.computeLastHeight))).toBeGreaterThan(0n);
    // The community pool (whole coins) is the distribution module account's balance: nothing is outstanding without validators.
    expect(BigInt(p.community[0]!.amount!)).toBe(await utrib(DISTRIBUTION));
  });

  it("genesis export carries models, artifacts, inferences and pools", async () => {
    const g = (await s.d.exportAppState()).inference;
    expect(g.models.length).toBeGreaterThanOrEqual(3);
    expect(g.artifacts).toHaveLength(1);
    expect(g.inferences.length).toBeGreaterThanOrEqual(3);
    expect(g.pools).toHaveLength(1);
    expect(g.claim_checkpoints).toHaveLength(1);
  });
});
