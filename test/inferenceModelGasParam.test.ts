/**
 * inference's model_gas_per_kib is what a request is charged for using its model: the same
 * request on two chains that differ only in that param uses exactly (difference × KiB of the
 * artifact) more gas, and a chain whose params predate the param (a v0.1.0 genesis) charges the
 * old constant, MODEL_GAS_PER_KIB, as it always did (its shorter params aside).
 */
import type { ExecTxResult } from "cosmjs-types/tendermint/abci/types";
import { afterAll, describe, expect, it } from "vitest";
import { encodeModel } from "../modules/inference/onnx/codec.ts";
import { InterpreterRunner } from "../modules/inference/onnx/interpreter.ts";
import { MODEL_GAS_PER_KIB } from "../modules/inference/types.ts";
import { text } from "./datanetHarness.ts";
import { type BenchAccount, deriveAccounts } from "./support/accounts.ts";
import { InferenceChain } from "./support/inferenceChain.ts";
import { fixtureModel } from "./support/inferenceModels.ts";
import { contributeMsg, createDatanetMsg, publishMsg, registerModelMsg, requestMsg } from "./support/inferenceMsgs.ts";
import { take } from "./support/take.ts";

const DOCS = Array.from({ length: 8 }, (_, i) => text(700 + i, 40));
const artifact = encodeModel(fixtureModel(5));
const KIB = BigInt(Math.ceil(artifact.length / 1024));
const chains: InferenceChain[] = [];

afterAll(async () => {
  for (const c of chains) await c.close();
});

const ok = (r: ExecTxResult) => {
  expect(r.code, r.log).toBe(0);
  return r;
};

/** A chain with one registered model; returns the gas used by one fixed request. */
async function requestGas(accounts: BenchAccount[], appState: (s: Record<string, any>) => void): Promise<bigint> {
  const chain = await InferenceChain.create(accounts, { modelRunner: new InterpreterRunner(), chainId: "model-gas-1", appState });
  chains.push(chain);
  const [owner, contributor, user] = take(accounts, 3);
  const block = async (txs: Uint8Array[]) => (await chain.block(txs)).res.txResults;
  ok((await block([chain.sign(owner, [createDatanetMsg(owner.address)])]))[0]!);
  ok((await block([chain.sign(contributor, [contributeMsg(contributor.address, 1n, DOCS)])]))[0]!);
  ok((await block([chain.sign(owner, [publishMsg(owner.address, 1n)])]))[0]!);
  await block([]);
  ok((await block([chain.sign(owner, [registerModelMsg({ owner: owner.address, name: "fixture", artifact, manifest: [{ datanetId: 1n, version: 1n }], contextLength: 64, maxOutputTokens: 16 })])]))[0]!);
  const [res] = await block([chain.sign(user, [requestMsg({ requester: user.address, modelId: 1n, prompt: "the quick brown fox", maxOutputTokens: 12 })])]);
  return ok(res!).gasUsed;
}

describe("model_gas_per_kib", () => {
  it("prices a request's use of its model; absent (a chain from before the param) it is the old 64", async () => {
    const accounts = deriveAccounts(3);
    const byDefault = await requestGas(accounts, () => {});
    // 96 encodes in as many bytes as 64, so reading the params costs the same: only the model's gas differs.
    const higher = await requestGas(accounts, (s) => (s.inference.params.model_gas_per_kib = "96"));
    const absent = await requestGas(accounts, (s) => delete s.inference.params.model_gas_per_kib);
    expect(higher - byDefault).toBe(KIB * (96n - MODEL_GAS_PER_KIB));
    // Absent, the model's gas is the old constant's; the stored params are two bytes (the field's
    // tag and value) shorter, and the request reads them once at 3 gas per byte.
    expect(byDefault - absent).toBe(2n * 3n);
  }, 120_000);
});
