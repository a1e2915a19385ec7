import * as ort from "onnxruntime-node";
import { beforeAll, describe, expect, it } from "vitest";
import { decodeModel } from "../../modules/inference/onnx/codec.ts";
import { interpret } from "../../modules/inference/onnx/interpreter.ts";
import { compileModel } from "../../modules/inference/onnx/validate.ts";
import { parseTokenizer, tokenizerJson } from "../../modules/inference/tokenizer.ts";
import { loadCorpus } from "../../test/corpus.ts";
import { buildStream, fillBatch, splitDocuments } from "./dataset.ts";
import { DEFAULT_FACTORY_OPTIONS, type FactoryOptions, type FactoryResult, runFactory } from "./factory.ts";
import { forward, Scratch, tensorsOf } from "./mlp.ts";
import { intForward } from "./quantize.ts";
import { initParams, meanNll } from "./train.ts";

const enc = new TextEncoder();
const DOCS = loadCorpus({ groups: ["easy-ham-1"], limit: 120 }).map((m) => enc.encode(m.body));
const SMALL: FactoryOptions = { ...DEFAULT_FACTORY_OPTIONS, vocab: 400, window: 4, embed: 8, hidden: 24, steps: 40, batch: 32, threads: 1, evalTargets: 2000 };

describe("model factory", { timeout: 60_000 }, () => {
  let model: FactoryResult;

  beforeAll(async () => {
    model = await runFactory(DOCS, { ...SMALL, steps: 400, batch: 64, lr: 0.01 });
  }, 60_000);

  it("repeats a run exactly for a seed, with one thread or two, and differs for another seed", async () => {
    const a = await runFactory(DOCS, SMALL);
    const b = await runFactory(DOCS, { ...SMALL, threads: 2 });
    expect(b.sha256).toBe(a.sha256);
    expect(Buffer.from(b.artifact).equals(Buffer.from(a.artifact))).toBe(true);
    const c = await runFactory(DOCS, { ...SMALL, seed: 2 });
    expect(c.sha256).not.toBe(a.sha256);
  });

  it("learns: the training loss falls and the held-out perplexity beats the unigram baseline", () => {
    const split = splitDocuments(DOCS.length, SMALL.seed, SMALL.heldOutPercent);
    const train = buildStream(model.tokenizer, split.train.map((i) => DOCS[i]!));
    const start = new Float32Array(model.params.length);
    initParams(model.shape, start, SMALL.seed, train);
    const before = meanNll(model.shape, start, train, 5000);
    const after = meanNll(model.shape, model.params, train, 5000);
    expect(after).toBeLessThan(before - 0.5);
    const e = model.evaluation;
    expect(e.float.perToken).toBeLessThan(e.unigram.perToken * 0.8);
    expect(e.float.perByte).toBeLessThan(e.unigram.perByte);
    expect(Math.abs(Math.log(e.quantized.perToken / e.float.perToken))).toBeLessThan(0.05);
    expect(e.argmaxAgreement).toBeGreaterThan(0.9);
  });

  it("exports a graph the chain validates, with the tokenizer and scale in metadata", () => {
    const m = decodeModel(model.artifact);
    const info = compileModel(m).info;
    expect(info).toMatchObject({ format: "tributary-mlp-v1", vocab: model.shape.vocab, window: 4, logitScale: BigInt(model.quantized.logitScale), nodeCount: 11 });
    expect(tokenizerJson(parseTokenizer(info.tokenizerJson))).toBe(tokenizerJson(model.tokenizer));
    expect(m.graph.initializers.every((t) => t.dataType !== 1)).toBe(true);
  });

  it("runs bit-identically in onnxruntime-node, the chain's interpreter and the factory's integer forward; greedy argmax agrees with the float model", async () => {
    const session = await ort.InferenceSession.create(model.artifact);
    const compiled = compileModel(decodeModel(model.artifact));
    const split = splitDocuments(DOCS.length, SMALL.seed, SMALL.heldOutPercent);
    const held = buildStream(model.tokenizer, split.heldOut.map((i) => DOCS[i]!));
    const { window: W, vocab: V } = model.shape;
    const n = Math.min(300, held.positions.length);
    const ctx = new Int32Array(n * W), targets = new Int32Array(n);
    fillBatch(held, undefined, 0, n, W, ctx, targets);
    const ints = new Int32Array(n * V);
    intForward(model.quantized, ctx, n, ints);
    const sc = new Scratch(model.shape, n);
    forward(model.shape, tensorsOf(model.shape, model.params), ctx, n, sc);
    let agree = 0;
    for (let r = 0; r < n; r++) {
      const window = ctx.slice(r * W, (r + 1) * W);
      const out = await session.run({ input_ids: new ort.Tensor("int32", window, [1, W]) });
      const logits = out.logits!.data as Int32Array;
      expect(logits).toEqual(ints.subarray(r * V, (r + 1) * V));
      if (r % 10 === 0) expect(interpret(compiled, window)).toEqual(logits);
      const argmax = (a: ArrayLike<number>, o: number) => {
        let best = 0;
        for (let v = 1; v < V; v++) if (a[o + v]! > a[o + best]!) best = v;
        return best;
      };
      if (argmax(logits, 0) === argmax(sc.logits, r * V)) agree++;
    }
    expect(agree / n).toBeGreaterThan(0.9);
  });

  it("refuses shapes the int32 graph cannot hold and corpora too small to split", async () => {
    await expect(runFactory(DOCS, { ...SMALL, window: 64, embed: 32 })).rejects.toThrow(/window × embed = 2048 is too large/);
    await expect(runFactory(DOCS.slice(0, 1), SMALL)).rejects.toThrow(/need at least 2 documents/);
    await expect(runFactory(DOCS, { ...SMALL, threads: 3 })).rejects.toThrow(/threads must be 1 or 2/);
  });
});
