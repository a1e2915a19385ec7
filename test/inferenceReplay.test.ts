/**
 * Replaying a run's blocks into a fresh node reproduces every output and payout:
 * a run of paid inferences on an App whose models run through onnxruntime-node (as the node
 * runs them: one intra-op thread) — greedy and seeded top-k, two models (one trained by the
 * factory, one seeded fixture in the column layout), two requests in one tx, refusals (max_fee
 * below the base fee, prompt over the context length, unknown and retired model) — replayed
 * block by block into fresh Apps running the pure-TypeScript interpreter and onnxruntime-node
 * with two intra-op threads. Every height must give the same app hash and the same tx results
 * (code, log, gas, events, and the data bytes that carry outputs and payouts).
 */
import { bytesToHex } from "@noble/hashes/utils.js";
import { TxMsgData } from "cosmjs-types/cosmos/base/abci/v1beta1/abci";
import type { ExecTxResult } from "cosmjs-types/tendermint/abci/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BenchAccount, deriveAccounts } from "./support/accounts.ts";
import { InferenceChain, TimedRunner } from "./support/inferenceChain.ts";
import { columnLayout, fixtureModel } from "./support/inferenceModels.ts";
import { contributeMsg, createDatanetMsg, inferenceTypes as inf, msgResponse, publishMsg, registerModelMsg, requestMsg, retireModelMsg } from "./support/inferenceMsgs.ts";
import type { MessageShape } from "@bufbuild/protobuf";
import { decode } from "../proto/codec.ts";
import type { ModelRunner } from "../modules/inference/expected.ts";
import { encodeModel } from "../modules/inference/onnx/codec.ts";
import { InterpreterRunner } from "../modules/inference/onnx/interpreter.ts";
import { runFactory } from "../node/factory/factory.ts";
import { OrtRunner } from "../node/inference/ortRunner.ts";
import { text } from "./datanetHarness.ts";
import { TINY_MODEL } from "./inferenceHarness.ts";
import { take } from "./support/take.ts";

// Each document repeats a phrase, so the tiny model learns to continue phrases from the corpus
// and some outputs are credited to their contributors (not only to the datanet pool).
const DOCS = Array.from({ length: 16 }, (_, i) => Array(4).fill(text(300 + i, 15)).join(" "));
const prompt = (i: number, n = 5) => DOCS[i]!.split(" ").slice(0, n).join(" ");

let accounts: BenchAccount[];
let chain: InferenceChain;
const ort1 = new TimedRunner(new OrtRunner());
const replays: InferenceChain[] = [];
const closers: (() => Promise<void>)[] = [];

/** Runs one block and returns its tx results. */
async function block(txs: Uint8Array[]): Promise<ExecTxResult[]> {
  return (await chain.block(txs)).res.txResults;
}

const ok = (r: ExecTxResult) => {
  expect(r.code, r.log).toBe(0);
  return r;
};

let trained: bigint;
let fixture: bigint;
let inferences: MessageShape<typeof inf.MsgRequestInferenceResponseSchema>[] = [];
let refusals: ExecTxResult[] = [];

beforeAll(async () => {
  accounts = deriveAccounts(5);
  chain = await InferenceChain.create(accounts, { modelRunner: ort1, chainId: "inference-replay-1" });
  closers.push(() => chain.close(), () => (ort1.inner as OrtRunner).close());
  const [owner, c1, c2, u1, u2] = take(accounts, 5);

  // A datanet of 16 documents from two contributors, published and READY one block later.
  ok((await block([chain.sign(owner, [createDatanetMsg(owner.address)])]))[0]!);
  const dn = 1n;
  const half = (k: number) => DOCS.filter((_, i) => i % 2 === k);
  (await block([chain.sign(c1, [contributeMsg(c1.address, dn, half(0))]), chain.sign(c2, [contributeMsg(c2.address, dn, half(1))])])).forEach(ok);
  ok((await block([chain.sign(owner, [publishMsg(owner.address, dn)])]))[0]!);
  await block([]);

  // Two models on that version: the factory's tiny model, and the V=1024 fixture in the column layout.
  const model = await runFactory(DOCS.map((d) => new TextEncoder().encode(d)), TINY_MODEL);
  const manifest = [{ datanetId: dn, version: 1n }];
  const regs = await block([
    chain.sign(owner, [registerModelMsg({ owner: owner.address, name: "tiny", artifact: model.artifact, manifest, contextLength: 64, maxOutputTokens: 32 })]),
    chain.sign(c1, [registerModelMsg({ owner: c1.address, name: "fixture", artifact: encodeModel(columnLayout(fixtureModel(11))), manifest, contextLength: 64, maxOutputTokens: 32, baseFee: 500n, feePerToken: 37n })]),
  ]);
  [trained, fixture] = take(regs.map((r) => BigInt(String(msgResponse(r, inf.MsgRegisterModelResponseSchema).modelId))), 2);

  const req = (from: BenchAccount, modelId: bigint, p: string, o: Partial<Parameters<typeof requestMsg>[0]> = {}) =>
    chain.sign(from, [requestMsg({ requester: from.address, modelId, prompt: p, maxOutputTokens: 24, ...o })]);
  const paid = (rs: ExecTxResult[]) => rs.filter((r) => r.code === 0);
  const refused = (rs: ExecTxResult[]) => rs.filter((r) => r.code !== 0);

  const b1 = await block([
    req(u1, trained, prompt(0)),
    req(u2, trained, prompt(1), { topK: { k: 8, seed: 1n } }),
    req(u1, fixture, "the quick brown fox"),
    req(u2, fixture, "jumps over", { topK: { k: 40, seed: 0xffff_ffff_ffff_fff1n }, maxOutputTokens: 32 }),
    req(c2, trained, prompt(2), { maxFee: 999n }), // below the base fee of 1000
  ]);
  const b2 = await block([
    req(u1, trained, prompt(3), { topK: { k: 8, seed: 1n } }), // same seed as in b1, another tx hash
    req(u2, trained, prompt(4, 50)), // 50 words + 24 tokens over the context length of 64
    req(c2, 99n, prompt(5)), // no such model
    chain.sign(u1, [
      requestMsg({ requester: u1.address, modelId: trained, prompt: prompt(6), maxOutputTokens: 16, topK: { k: 3, seed: 7n } }),
      requestMsg({ requester: u1.address, modelId: fixture, prompt: "an apple", maxOutputTokens: 16, maxFee: 2_000n }),
    ]),
  ]);
  const b3 = await block([chain.sign(c1, [retireModelMsg(c1.address, fixture)]), req(u2, fixture, "a retired model"), req(u2, trained, prompt(7), { topK: { k: 64, seed: 42n } })]);
  ok(b3[0]!);
  const results = [...b1, ...b2, ...b3.slice(1)];
  inferences = paid(results).flatMap((r) => TxMsgData.decode(r.data).msgResponses.map((m) => decode(inf.MsgRequestInferenceResponseSchema, m.value)));
  refusals = refused(results);
}, 120_000);

afterAll(async () => {
  for (const c of [...closers].reverse()) await c();
});

describe("a run of paid inferences on onnxruntime-node", () => {
  it("paid eight inferences on both models and refused four requests, each naming why", () => {
    expect(ort1.calls).toBeGreaterThan(100);
    expect(inferences).toHaveLength(8);
    expect(inferences.map((x) => Number(String(x.inferenceId)))).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    for (const x of inferences) {
      expect(x.tokensGenerated).toBeGreaterThan(0);
      expect(x.output?.length).toBeGreaterThan(0);
      const fee = BigInt(x.fee!.amount!);
      const paidOut = x.payouts.filter((p) => p.role !== "refund").reduce((s, p) => s + BigInt(p.amount!), 0n);
      expect(paidOut).toBe(fee);
    }
    // The trained model's outputs come from the corpus, so some are credited to contributors.
    expect(inferences.some((x) => BigInt(String(x.attributionRecordId)) > 0n && x.payouts.some((p) => p.role === "contributor"))).toBe(true);
    expect(refusals.map((r) => r.log)).toEqual([
      expect.stringMatching(/max_fee 999utrib is below model 1's base fee of 1000utrib/),
      expect.stringMatching(/over model 1's context length of 64/),
      expect.stringMatching(/model 99 does not exist/),
      expect.stringMatching(/model 2 is retired/),
    ]);
    expect(refusals.every((r) => r.codespace === "inference")).toBe(true);
  });
});

/** Replays every recorded block into a fresh App on `runner`; returns the runner's model calls. */
async function replayInto(runner: TimedRunner | undefined): Promise<number> {
  const fresh = await InferenceChain.open(chain.init, { modelRunner: runner });
  replays.push(fresh);
  closers.push(() => fresh.close());
  for (const b of chain.blocks) {
    const { res } = await fresh.finalize(b.request);
    const h = b.request.height;
    expect(bytesToHex(res.appHash), `app hash at height ${h}`).toBe(bytesToHex(b.response.appHash));
    const strip = (r: ExecTxResult) => ({ code: r.code, codespace: r.codespace, log: r.log, gasUsed: r.gasUsed, gasWanted: r.gasWanted, events: r.events, data: bytesToHex(r.data) });
    expect(res.txResults.map(strip), `tx results at height ${h}`).toEqual(b.response.txResults.map(strip));
    expect(res.events, `block events at height ${h}`).toEqual(b.response.events);
  }
  return runner?.calls ?? 0;
}

describe("replaying the run's blocks into a fresh App", () => {
  it("on the pure-TypeScript interpreter gives the same app hash and tx results at every height", { timeout: 60_000 }, async () => {
    const calls = await replayInto(new TimedRunner(new InterpreterRunner()));
    expect(calls).toBe(ort1.calls);
  });

  it("on onnxruntime-node with two intra-op threads gives the same app hash and tx results at every height", { timeout: 60_000 }, async () => {
    const two = new OrtRunner({ intraOpNumThreads: 2 });
    closers.push(() => two.close());
    const calls = await replayInto(new TimedRunner(two));
    expect(calls).toBe(ort1.calls);
  });

  it("on the App's default runner (no runner given: the interpreter) too", { timeout: 60_000 }, async () => {
    await replayInto(undefined);
  });

  it("is caught at the first block where one logit of one step differs", { timeout: 60_000 }, async () => {
    const exact = new InterpreterRunner();
    let calls = 0;
    const offByOne: ModelRunner = {
      async load(hash, artifact) {
        const m = await exact.load(hash, artifact);
        return {
          async logits(window) {
            const l = await m.logits(window);
            // The 30th forward pass of the run (in the first inference block) prefers token 100.
            if (++calls === 30) l[100] = 2_000_000_000;
            return l;
          },
        };
      },
    };
    const firstInferenceHeight = chain.blocks.find((b) => b.request.txs.length === 5)!.request.height;
    await expect(replayInto(new TimedRunner(offByOne))).rejects.toThrow(new RegExp(`app hash at height ${firstInferenceHeight}`));
  });
});
