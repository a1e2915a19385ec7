/**
 * A request loads its model by artifact hash: the artifact is read (unmetered) only on the
 * runner's cache miss, the gas for using the model is a fixed amount per KiB of the recorded
 * artifact size, and the parsed tokenizer is cached by artifact hash. So gas_used, results and
 * the app hash must not depend on what a node's caches hold: a run on a warm runner replayed
 * into an App whose runner never caches (every request reads and compiles the artifact) must
 * give the same tx results, gas included, at every height.
 */
import { bytesToHex } from "@noble/hashes/utils.js";
import type { ExecTxResult } from "cosmjs-types/tendermint/abci/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BenchAccount, deriveAccounts } from "./support/accounts.ts";
import { InferenceChain, TimedRunner } from "./support/inferenceChain.ts";
import { fixtureModel } from "./support/inferenceModels.ts";
import { contributeMsg, createDatanetMsg, inferenceTypes as inf, msgResponse, publishMsg, registerModelMsg, requestMsg } from "./support/inferenceMsgs.ts";
import { type ArtifactSource, artifactBytes, type LoadedModel, type ModelRunner } from "../modules/inference/expected.ts";
import { MODEL_GAS_PER_KIB, modelUseGas } from "../modules/inference/msgs/request.ts";
import { encodeModel } from "../modules/inference/onnx/codec.ts";
import { InterpreterRunner } from "../modules/inference/onnx/interpreter.ts";
import { text } from "./datanetHarness.ts";
import { take } from "./support/take.ts";

/** A runner without a cache: every load compiles the artifact (and calls a reader, when given one). */
class ColdRunner implements ModelRunner {
  reads = 0;
  async load(hash: Uint8Array, artifact: ArtifactSource): Promise<LoadedModel> {
    if (typeof artifact === "function") this.reads++;
    return new InterpreterRunner().load(hash, artifactBytes(artifact));
  }
}

const DOCS = Array.from({ length: 8 }, (_, i) => text(500 + i, 40));
// The default factory shape (V=1024, W=8, E=32, H=128): a 207 KiB artifact.
const artifact = encodeModel(fixtureModel(5));
let accounts: BenchAccount[];
let chain: InferenceChain;
const warm = new TimedRunner(new InterpreterRunner());
const chains: InferenceChain[] = [];
let requests: ExecTxResult[] = [];

const ok = (r: ExecTxResult) => {
  expect(r.code, r.log).toBe(0);
  return r;
};

beforeAll(async () => {
  accounts = deriveAccounts(4);
  chain = await InferenceChain.create(accounts, { modelRunner: warm, chainId: "inference-cache-1" });
  chains.push(chain);
  const [owner, c1, u1, u2] = take(accounts, 4);
  const block = async (txs: Uint8Array[]) => (await chain.block(txs)).res.txResults;
  ok((await block([chain.sign(owner, [createDatanetMsg(owner.address)])]))[0]!);
  ok((await block([chain.sign(c1, [contributeMsg(c1.address, 1n, DOCS)])]))[0]!);
  ok((await block([chain.sign(owner, [publishMsg(owner.address, 1n)])]))[0]!);
  await block([]);
  const req = (from: BenchAccount, p: string, topK?: { k: number; seed: bigint }) => chain.sign(from, [requestMsg({ requester: from.address, modelId: 1n, prompt: p, maxOutputTokens: 12, topK })]);
  // Registered and used in the same block: a cold runner reads the artifact from the block's writes.
  const first = await block([
    chain.sign(owner, [registerModelMsg({ owner: owner.address, name: "fixture", artifact, manifest: [{ datanetId: 1n, version: 1n }], contextLength: 64, maxOutputTokens: 16 })]),
    req(u1, "the quick brown fox"),
  ]);
  expect(String(msgResponse(ok(first[0]!), inf.MsgRegisterModelResponseSchema).modelId)).toBe("1");
  const later = await block([req(u2, "jumps over", { k: 8, seed: 3n }), req(u1, DOCS[2]!.split(" ").slice(0, 4).join(" ")), req(u2, "a lazy dog")]);
  requests = [first[1]!, ...later].map(ok);
}, 60_000);

afterAll(async () => {
  for (const c of chains) await c.close();
});

describe("models loaded by hash", () => {
  it("a warm runner never reads the artifact for a request, and the tokenizer is parsed once", () => {
    // The registration's dry run loaded the model from the message's bytes; no request read them.
    expect(warm.loads).toBe(1 + requests.length);
    expect(warm.reads).toBe(0);
    expect(chain.modules.keepers.inference.tokenizers.parses).toBe(1);
  });

  it("a request's gas no longer includes reading the artifact through the metered store", () => {
    // Reading the artifact through the gas-metered store alone cost 3 gas per byte.
    for (const r of requests) expect(r.gasUsed).toBeLessThan(BigInt(artifact.length) * 3n);
    expect(modelUseGas(BigInt(artifact.length))).toBe(BigInt(Math.ceil(artifact.length / 1024)) * MODEL_GAS_PER_KIB);
  });

  it("replayed into an App whose runner never caches: same tx results and gas, same app hash, at every height", { timeout: 60_000 }, async () => {
    const cold = new ColdRunner();
    const fresh = await InferenceChain.open(chain.init, { modelRunner: cold });
    chains.push(fresh);
    for (const b of chain.blocks) {
      const { res } = await fresh.finalize(b.request);
      const h = b.request.height;
      const strip = (r: ExecTxResult) => ({ code: r.code, log: r.log, gasUsed: r.gasUsed, events: r.events, data: bytesToHex(r.data) });
      expect(res.txResults.map(strip), `tx results at height ${h}`).toEqual(b.response.txResults.map(strip));
      expect(bytesToHex(res.appHash), `app hash at height ${h}`).toBe(bytesToHex(b.response.appHash));
    }
    // The dry run at registration loads from the message's bytes; each request read the artifact from state.
    expect(cold.reads).toBe(requests.length);
  });
});

describe("modelUseGas", () => {
  it("charges per started KiB of the artifact", () => {
    expect([0n, 1n, 1024n, 1025n, 212_332n].map(modelUseGas)).toEqual([0n, 64n, 64n, 128n, 208n * 64n]);
  });
});
