import { describe, expect, it } from "vitest";
import type { DeliverTxResponse, QueryClient } from "@cosmjs/stargate";
import { sha256 } from "@noble/hashes/sha2.js";
import * as tx from "../proto/gen/tributary/inference/v1/index.ts";
import * as q from "../proto/gen/tributary/inference/v1/index.ts";
import { TributaryClientError } from "./errors.ts";
import { requestGasLimit, simulatedTokens, stepGas } from "./inferenceGas.ts";
import {
  DEFAULT_CHUNK_BYTES, INFERENCE_MSG_TYPE_URLS, MAX_CHUNK_BYTES, artifactChunks, claimDataRewardsResponse, msgClaimDataRewards, msgRegisterModel,
  msgRequestInference, msgRetireModel, msgUpdateModel, registerModelResponse, requestInferenceResponse, uploadMsgs,
} from "./inferenceMsgs.ts";
import { setupInferenceExtension } from "./inferenceQueries.ts";
import { createTributaryRegistry } from "./registry.ts";
import { decodeFilled, encode } from "../proto/codec.ts";

const ALICE = "trib1xyxpv69xryn8m8qzhrul8xl0kue742ja5xe5tw";
const BOB = "trib1m6k5j73ryflqs97e3tpzrms3xk4wpwfr75jat0";

function roundTrip(msg: { typeUrl: string; value: unknown }) {
  const any = createTributaryRegistry().encodeAsAny(msg as never);
  expect(any.typeUrl).toBe(msg.typeUrl);
  return any.value;
}

const REGISTER = {
  name: "mail-lm",
  description: "a small LM",
  artifact: new Uint8Array([1, 2, 3]),
  contextLength: 64,
  trainingManifest: [{ datanetId: 1n, version: 2 }],
  pricing: { baseFee: 1000, feePerToken: "10" },
  split: { ownerBps: 3000, dataBps: 5000, computeBps: 1000, protocolBps: 1000 },
  maxOutputTokens: 32,
};

describe("inference messages through the default registry", () => {
  it("MsgRegisterModel carries the artifact, manifest (u64 as decimal), pricing and split", () => {
    const d = decodeFilled(tx.MsgRegisterModelSchema, roundTrip(msgRegisterModel(ALICE, REGISTER)));
    expect(d).toMatchObject({ owner: ALICE, name: "mail-lm", description: "a small LM", contextLength: 64, maxOutputTokens: 32 });
    expect([...d.artifact]).toEqual([1, 2, 3]);
    expect(d.trainingManifest.map((e) => `${e.datanetId}:${e.version}`)).toEqual(["1:2"]);
    expect(d.pricing).toMatchObject({ baseFee: "1000", feePerToken: "10" });
    expect(d.split).toMatchObject({ ownerBps: 3000, dataBps: 5000, computeBps: 1000, protocolBps: 1000 });
  });

  it("refuses a split not summing to 10,000, a negative amount, and no artifact, before signing", () => {
    const bad = (over: object, re: RegExp) => {
      const e = (() => {
        try {
          msgRegisterModel(ALICE, { ...REGISTER, ...over });
        } catch (x) {
          return x;
        }
      })();
      expect(e).toBeInstanceOf(TributaryClientError);
      expect((e as TributaryClientError).shortMessage).toMatch(re);
    };
    bad({ split: { ownerBps: 3000, dataBps: 5000, computeBps: 1000, protocolBps: 999 } }, /is 9999 basis points/);
    bad({ pricing: { baseFee: "-1", feePerToken: 0 } }, /base fee "-1" is not a non-negative integer/);
    bad({ artifact: undefined }, /inline or the 32-byte sha256/);
    bad({ trainingManifest: [] }, /training manifest is empty/);
  });

  it("a registration by hash sends no artifact bytes", () => {
    const hash = new Uint8Array(32).fill(9);
    const d = decodeFilled(tx.MsgRegisterModelSchema, roundTrip(msgRegisterModel(ALICE, { ...REGISTER, artifact: undefined, artifactHash: hash })));
    expect(d.artifact.length).toBe(0);
    expect([...d.artifactHash]).toEqual([...hash]);
  });

  it("chunks: ≤ chunk size each, in order, same hash and totals; the bytes concatenate to the artifact", () => {
    const artifact = new Uint8Array(1000).map((_, i) => i % 251);
    const c = artifactChunks(artifact, 300);
    expect(c.chunks.map((x) => x.length)).toEqual([300, 300, 300, 100]);
    expect([...c.hash]).toEqual([...sha256(artifact)]);
    const msgs = uploadMsgs(BOB, c).map((m) => decodeFilled(tx.MsgUploadArtifactChunkSchema, roundTrip(m)));
    expect(msgs.map((m) => [m.index, m.totalChunks, Number(m.totalSize), m.uploader])).toEqual([0, 1, 2, 3].map((i) => [i, 4, 1000, BOB]));
    expect(Buffer.concat(msgs.map((m) => m.data)).equals(Buffer.from(artifact))).toBe(true);
    expect(artifactChunks(artifact).chunks).toHaveLength(1);
    expect(DEFAULT_CHUNK_BYTES).toBeLessThanOrEqual(MAX_CHUNK_BYTES);
    expect(() => artifactChunks(artifact, MAX_CHUNK_BYTES + 1)).toThrow(/chunk size 524289 must be in 1..524288/);
    expect(() => artifactChunks(new Uint8Array())).toThrow(/empty/);
  });

  it("MsgRequestInference: greedy by default, top-k with k and seed, max fee as a coin", () => {
    const g = decodeFilled(tx.MsgRequestInferenceSchema, roundTrip(msgRequestInference(BOB, { modelId: 3, prompt: "hi", maxOutputTokens: 16, maxFee: "5000utrib" })));
    expect(g).toMatchObject({ requester: BOB, prompt: "hi", maxOutputTokens: 16, maxFee: { denom: "utrib", amount: "5000" } });
    expect(String(g.modelId)).toBe("3");
    expect(g.sampling?.mode).toBe(tx.SamplingMode.GREEDY);
    const k = decodeFilled(tx.MsgRequestInferenceSchema, 
      roundTrip(msgRequestInference(BOB, { modelId: 3n, prompt: "hi", maxOutputTokens: 16, maxFee: { denom: "utrib", amount: "1" }, sampling: { mode: "TOP_K", topK: 5, seed: 18_446_744_073_709_551_615n } })),
    );
    expect(k.sampling?.mode).toBe(tx.SamplingMode.TOP_K);
    expect([k.sampling?.topK, k.sampling?.seed?.toString()]).toEqual([5, "18446744073709551615"]);
    expect(() => msgRequestInference(BOB, { modelId: 3, prompt: "hi", maxOutputTokens: 16, maxFee: "1utrib", sampling: { mode: "TOP_K", topK: 65 } })).toThrow(/top-k 65 must be in 1..64/);
    expect(() => msgRequestInference(BOB, { modelId: 0, prompt: "hi", maxOutputTokens: 16, maxFee: "1utrib" })).toThrow(/model 0 is not a valid id/);
    expect(() => msgRequestInference(BOB, { modelId: 1, prompt: "", maxOutputTokens: 16, maxFee: "1utrib" })).toThrow(/prompt is empty/);
  });

  it("update (description only keeps pricing unset), retire and claim", () => {
    const u = decodeFilled(tx.MsgUpdateModelSchema, roundTrip(msgUpdateModel(ALICE, 4, { description: "" })));
    expect(u.pricing).toBeUndefined();
    expect(u.description).toBe("");
    expect(Object.hasOwn(u, "description")).toBe(true);
    const p = decodeFilled(tx.MsgUpdateModelSchema, roundTrip(msgUpdateModel(ALICE, 4, { pricing: { baseFee: 1, feePerToken: 2 } })));
    expect(p.pricing).toMatchObject({ baseFee: "1", feePerToken: "2" });
    expect(p.description).toBeFalsy();
    expect(() => msgUpdateModel(ALICE, 4, {})).toThrow(/needs pricing or a description/);
    expect(decodeFilled(tx.MsgRetireModelSchema, roundTrip(msgRetireModel(ALICE, 4))).modelId.toString()).toBe("4");
    expect(decodeFilled(tx.MsgClaimDataRewardsSchema, roundTrip(msgClaimDataRewards(BOB, [1, 2n]))).contributionIds.map(String)).toEqual(["1", "2"]);
    expect(() => msgClaimDataRewards(BOB, [])).toThrow(/at least one contribution/);
  });
});

function delivered(responses: { typeUrl: string; value: Uint8Array }[]): DeliverTxResponse {
  return { code: 0, height: 5, txIndex: 0, transactionHash: "AB", events: [], msgResponses: responses, gasUsed: 1n, gasWanted: 2n, rawLog: "" } as never;
}

const RESULT = {
  inferenceId: 7n,
  output: " the answer",
  attributionRecordId: 3n,
  payouts: [
    { role: "contributor", recipient: BOB, amount: "250" },
    { role: "datanet_pool", recipient: ALICE, amount: "5", datanetId: 1n, version: 2n },
    { role: "refund", recipient: ALICE, amount: "100" },
  ],
  tokensGenerated: 12,
  fee: { denom: "utrib", amount: "1120" },
  stopReason: "max_tokens",
};

describe("inference message responses", () => {
  it("decode the model id, the inference result (output, record, payouts, fee) and the claim", () => {
    const reg = delivered([{ typeUrl: `${INFERENCE_MSG_TYPE_URLS.registerModel}Response`, value: encode(tx.MsgRegisterModelResponseSchema, { modelId: 9n, artifactHash: new Uint8Array(32).fill(1) }) }]);
    expect(registerModelResponse(reg).modelId).toBe(9n);
    const r = requestInferenceResponse(delivered([{ typeUrl: `${INFERENCE_MSG_TYPE_URLS.requestInference}Response`, value: encode(tx.MsgRequestInferenceResponseSchema, RESULT) }]));
    expect(r).toEqual({
      inferenceId: 7n, output: " the answer", attributionRecordId: 3n, tokensGenerated: 12, fee: { denom: "utrib", amount: "1120" }, stopReason: "max_tokens",
      payouts: [
        { role: "contributor", recipient: BOB, amount: 250n, datanetId: 0n, version: 0n },
        { role: "datanet_pool", recipient: ALICE, amount: 5n, datanetId: 1n, version: 2n },
        { role: "refund", recipient: ALICE, amount: 100n, datanetId: 0n, version: 0n },
      ],
    });
    const claim = delivered([{ typeUrl: `${INFERENCE_MSG_TYPE_URLS.claimDataRewards}Response`, value: encode(tx.MsgClaimDataRewardsResponseSchema, { amount: { denom: "utrib", amount: "42" } }) }]);
    expect(claimDataRewardsResponse(claim)).toEqual({ denom: "utrib", amount: "42" });
    expect(() => registerModelResponse(claim)).toThrow(/has no \/tributary.inference.v1.MsgRegisterModelResponse/);
  });
});

describe("request gas", () => {
  const model = { macsPerToken: 160_000n };
  const params = { macsPerGas: 64n, gasPerToken: 500n };

  it("step gas is the module's rule: ceil(MACs / macs_per_gas) + gas_per_token", () => {
    expect(stepGas(model, params)).toBe(3000n);
    expect(stepGas({ macsPerToken: 65n }, params)).toBe(502n);
  });

  it("greedy: simulated × adjustment; top-k: adds the tokens the simulation did not generate", () => {
    const base = { simulatedGas: 100_000, maxOutputTokens: 64, stepGas: 3000n, adjustment: 1.5 };
    expect(requestGasLimit({ ...base, simulatedTokens: 4, mode: "GREEDY" })).toBe(150_000);
    expect(requestGasLimit({ ...base, simulatedTokens: 64, mode: "TOP_K" })).toBe(150_000);
    expect(requestGasLimit({ ...base, simulatedTokens: 4, mode: "TOP_K" })).toBe(Math.ceil((100_000 + 60 * 4000) * 1.5));
    expect(() => requestGasLimit({ ...base, simulatedTokens: 4, mode: "GREEDY", adjustment: 0 })).toThrow(/must be positive/);
  });

  it("reads the simulated tokens from the simulation's msg responses", () => {
    const value = encode(tx.MsgRequestInferenceResponseSchema, RESULT);
    expect(simulatedTokens({ gasUsed: 1, msgResponses: [{ typeUrl: `${INFERENCE_MSG_TYPE_URLS.requestInference}Response`, value }] })).toBe(12);
    expect(simulatedTokens({ gasUsed: 1, msgResponses: [] })).toBe(0);
  });
});

function fakeBase(answer: (path: string, data: Uint8Array) => Uint8Array): QueryClient {
  return { queryAbci: async (path: string, data: Uint8Array) => ({ value: answer(path, data), height: 1 }) } as unknown as QueryClient;
}

describe("setupInferenceExtension", () => {
  it("routes models by owner / by datanet / all, and refuses both filters", async () => {
    const seen: string[] = [];
    const ext = setupInferenceExtension(
      fakeBase((path, data) => {
        seen.push(path);
        if (path.endsWith("ModelsByDatanet")) expect(decodeFilled(q.QueryModelsByDatanetRequestSchema, data).datanetId.toString()).toBe("5");
        return encode(q.QueryModelsResponseSchema, { models: [{ id: 2n, owner: ALICE, status: 1, pricing: { baseFee: "10", feePerToken: "1" }, trainingManifest: [{ datanetId: 5n, version: 1n }] }] });
      }),
    ).inference;
    const page = await ext.models({ datanetId: 5 });
    expect(page.items[0]).toMatchObject({ id: 2n, owner: ALICE, status: "ACTIVE", pricing: { baseFee: 10n, feePerToken: 1n }, trainingManifest: [{ datanetId: 5n, version: 1n }] });
    await ext.models({ owner: ALICE });
    await ext.models();
    expect(seen).toEqual(["/tributary.inference.v1.Query/ModelsByDatanet", "/tributary.inference.v1.Query/ModelsByOwner", "/tributary.inference.v1.Query/Models"]);
    await expect(ext.models({ owner: ALICE, datanetId: 1 })).rejects.toThrow(/give one of owner or datanetId, not both/);
  });

  it("inference by id decodes payouts and sampling; claimable and reward pools give coins", async () => {
    const ext = setupInferenceExtension(
      fakeBase((path) => {
        if (path.endsWith("/Inference")) return encode(q.QueryInferenceResponseSchema, { inference: { id: 4n, modelId: 2n, requester: BOB, output: "x", sampling: { mode: 1, topK: 3, seed: 9n }, payouts: RESULT.payouts, fee: RESULT.fee } });
        if (path.endsWith("/ClaimableRewards")) return encode(q.QueryClaimableRewardsResponseSchema, { amount: { denom: "utrib", amount: "17" } });
        return encode(q.QueryRewardPoolsResponseSchema, {
          compute: [{ denom: "utrib", amount: "1" }], community: [{ denom: "utrib", amount: "2" }], dataPools: [],
          computeLastAllocated: [{ denom: "utrib", amount: "3" }], computeLastHeight: 7n, computeTotalAllocated: [{ denom: "utrib", amount: "9" }],
        });
      }),
    ).inference;
    const x = await ext.inference(4);
    expect(x).toMatchObject({ id: 4n, modelId: 2n, requester: BOB, output: "x", sampling: { mode: "TOP_K", topK: 3, seed: 9n }, fee: { denom: "utrib", amount: "1120" } });
    expect(x.payouts.map((p) => [p.role, p.amount])).toEqual([["contributor", 250n], ["datanet_pool", 5n], ["refund", 100n]]);
    expect(await ext.claimableRewards(8)).toEqual({ denom: "utrib", amount: "17" });
    expect(await ext.rewardPools()).toEqual({
      compute: [{ denom: "utrib", amount: "1" }], community: [{ denom: "utrib", amount: "2" }], dataPools: [],
      computeLastAllocated: [{ denom: "utrib", amount: "3" }], computeLastHeight: "7", computeTotalAllocated: [{ denom: "utrib", amount: "9" }],
    });
  });
});
