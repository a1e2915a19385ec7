/**
 * Determinism, proven: the same requests give bit-identical logits and tokens
 * under onnxruntime-node with one and with two intra-op threads and under the independent
 * pure-TypeScript interpreter.
 */
import { afterAll, describe, expect, it } from "vitest";
import type { LoadedModel, ModelRunner } from "../modules/inference/expected.ts";
import { encodeModel } from "../modules/inference/onnx/codec.ts";
import { buildMlpFixture, fixtureTokenizerJson } from "./support/mlpFixture.ts";
import { Rng } from "./support/rng.ts";
import { InterpreterRunner } from "../modules/inference/onnx/interpreter.ts";
import { DataType, FORMAT_MLP_V1, META, type OnnxModel, type OnnxNode, type OnnxTensor } from "../modules/inference/onnx/types.ts";
import { validateGraph } from "../modules/inference/onnx/validate.ts";
import { sampleNext, samplerFor, type SamplingSpec } from "../modules/inference/sampling.ts";
import { OrtRunner } from "../node/inference/ortRunner.ts";

const ort1 = new OrtRunner({ intraOpNumThreads: 1 });
const ort2 = new OrtRunner({ intraOpNumThreads: 2 });
const runners: [string, ModelRunner][] = [
  ["interpreter", new InterpreterRunner()],
  ["onnxruntime, 1 thread", ort1],
  ["onnxruntime, 2 threads", ort2],
];
afterAll(async () => {
  await ort1.close();
  await ort2.close();
});

async function loadAll(hashByte: number, bytes: Uint8Array): Promise<LoadedModel[]> {
  const hash = new Uint8Array(32).fill(hashByte);
  return Promise.all(runners.map(([, r]) => r.load(hash, bytes)));
}

/** Generation as the chain does it: a sliding window of the last W ids, left-padded with PAD (0). */
async function generate(model: LoadedModel, W: number, prompt: number[], steps: number, spec: SamplingSpec, ctx: Uint8Array): Promise<number[]> {
  const sampler = samplerFor(spec, 4096n, ctx);
  const context = [1, ...prompt];
  const out: number[] = [];
  for (let s = 0; s < steps; s++) {
    const window = new Int32Array(W);
    const take = Math.min(W, context.length);
    for (let i = 0; i < take; i++) window[W - take + i] = context[context.length - take + i]!;
    const id = sampleNext(sampler, await model.logits(window));
    out.push(id);
    context.push(id);
  }
  return out;
}

describe("determinism: onnxruntime (1 and 2 threads) and the interpreter agree bit for bit", () => {
  const V = 300;
  const W = 8;
  const model = buildMlpFixture({ vocab: V, window: W, embed: 16, hidden: 64, seed: 20240601 });
  const bytes = encodeModel(model);

  it("on the logits of many random windows", async () => {
    validateGraph(model);
    const loaded = await loadAll(1, bytes);
    const rng = new Rng(77);
    let nonZero = 0;
    for (let t = 0; t < 300; t++) {
      // Windows with PAD runs (short contexts) as well as full ones.
      const pad = t % 4 === 0 ? rng.range(0, W) : 0;
      const ids = Int32Array.from({ length: W }, (_, i) => (i < pad ? 0 : rng.range(0, V - 1)));
      const [ref, ...others] = await Promise.all(loaded.map((m) => m.logits(ids)));
      if (!ref) throw new Error("no runner loaded");
      for (const o of others) expect(o).toEqual(ref);
      nonZero += ref.some((x) => x !== 0) ? 1 : 0;
    }
    expect(nonZero).toBe(300);
  });

  it("on token sequences from greedy and top-k sampling", async () => {
    const loaded = await loadAll(1, bytes);
    const rng = new Rng(5);
    const specs: SamplingSpec[] = [
      { mode: "GREEDY", topK: 0, seed: 0n },
      { mode: "TOP_K", topK: 1, seed: 3n },
      { mode: "TOP_K", topK: 8, seed: 42n },
      { mode: "TOP_K", topK: 64, seed: 2n ** 64n - 1n },
    ];
    for (let p = 0; p < 4; p++) {
      const prompt = Array.from({ length: rng.range(1, 12) }, () => rng.range(3, V - 1));
      for (const spec of specs) {
        const ctx = new Uint8Array([p, 1, 2, 3]);
        const [ref, ...others] = await Promise.all(loaded.map((m) => generate(m, W, prompt, 24, spec, ctx)));
        if (!ref) throw new Error("no runner loaded");
        for (const o of others) expect(o).toEqual(ref);
        expect(ref.every((id) => id >= 2 && id < V)).toBe(true);
      }
    }
  });

  it("on a graph using every allowed op, with negative Div numerators", async () => {
    const m = everyOpModel(V, W);
    validateGraph(m);
    const loaded = await loadAll(2, encodeModel(m));
    const rng = new Rng(123);
    for (let t = 0; t < 100; t++) {
      const ids = Int32Array.from({ length: W }, () => rng.range(0, V - 1));
      const [ref, ...others] = await Promise.all(loaded.map((x) => x.logits(ids)));
      for (const o of others) expect(o).toEqual(ref);
    }
  });
});

describe("integer Div truncates toward zero in onnxruntime, as in the interpreter", () => {
  it("on negative numerators", async () => {
    // logits = ids − 150 then ÷ 7: −15 ÷ 7 = −2 (truncation; floor would give −3).
    const V = 300;
    const W = 8;
    const scalar = (name: string, v: number): OnnxTensor => ({ name, dataType: DataType.INT32, dims: [], int32Data: [v] });
    const m = shell(V, W, [scalar("c150", 150), scalar("c7", 7), { name: "zeros", dataType: DataType.INT32, dims: [1, V - W], int32Data: new Array(V - W).fill(0) }], [
      op("sub", "Sub", ["input_ids", "c150"], "s"),
      op("div", "Div", ["s", "c7"], "q"),
      { name: "cat", opType: "Concat", domain: "", inputs: ["q", "zeros"], outputs: ["logits"], attributes: [{ name: "axis", type: 2, i: 1 }] },
    ]);
    validateGraph(m);
    const ids = Int32Array.from([135, 136, 137, 149, 150, 151, 164, 165]);
    const want = [-2, -2, -1, 0, 0, 0, 2, 2];
    for (const x of await loadAll(3, encodeModel(m))) expect(Array.from((await x.logits(ids)).slice(0, W))).toEqual(want);
  });
});

const op = (name: string, opType: string, inputs: string[], output: string, attrs: Record<string, number> = {}): OnnxNode => ({
  name,
  opType,
  domain: "",
  inputs,
  outputs: [output],
  attributes: Object.entries(attrs).map(([n, i]) => ({ name: n, type: 2, i })),
});

function shell(V: number, W: number, initializers: OnnxTensor[], nodes: OnnxNode[]): OnnxModel {
  return {
    irVersion: 8,
    opsetImport: [{ domain: "", version: 17 }],
    producerName: "determinism-test",
    producerVersion: "",
    graph: {
      name: "g",
      nodes,
      initializers,
      inputs: [{ name: "input_ids", type: { elemType: DataType.INT32, shape: [1, W] } }],
      outputs: [{ name: "logits", type: { elemType: DataType.INT32, shape: [1, V] } }],
      valueInfo: [],
    },
    metadataProps: [
      { key: META.format, value: FORMAT_MLP_V1 },
      { key: META.tokenizer, value: fixtureTokenizerJson(V) },
      { key: META.window, value: String(W) },
      { key: META.logitScale, value: "4096" },
    ],
  };
}

/** Gather (axes 0 and 1), Reshape (0 and −1), Flatten, Concat, Identity, Sub, Mul, Div, Clip, Cast (int8, uint8, int32), MatMulInteger, Add. */
function everyOpModel(V: number, W: number): OnnxModel {
  const rng = new Rng(99);
  const E = 6;
  const E2 = 3;
  const K = W * E + W + E2 * W + W;
  const int8 = (name: string, dims: number[], lo: number): OnnxTensor => ({
    name,
    dataType: DataType.INT8,
    dims,
    rawData: Uint8Array.from({ length: dims.reduce((a, b) => a * b, 1) }, () => rng.range(lo, 127) & 0xff),
  });
  const i32 = (name: string, dims: number[], values: number[]): OnnxTensor => ({ name, dataType: DataType.INT32, dims, int32Data: values });
  const i64 = (name: string, values: bigint[]): OnnxTensor => ({ name, dataType: DataType.INT64, dims: [values.length], int64Data: values });
  return shell(
    V,
    W,
    [
      int8("tab", [V, E], -128),
      int8("tab2", [E2, V], -128),
      i32("c150", [], [150]),
      i32("c7", [], [7]),
      i32("c3", [1, 1], [3]),
      i32("lo", [], [-100]),
      i32("hi", [], [100]),
      i32("u_lo", [], [0]),
      i32("u_hi", [], [255]),
      i32("sub_lo", [], [-128]),
      i32("sub_hi", [], [127]),
      i64("keep_first", [0n, -1n]),
      int8("w", [K, V], -127),
      i32("b", [V], Array.from({ length: V }, () => rng.range(-5000, 5000))),
      i32("shift", [], [-17]),
    ],
    [
      op("sub", "Sub", ["input_ids", "c150"], "s"), // [-150, V-151]: negative numerators
      op("div", "Div", ["s", "c7"], "q"),
      op("mul", "Mul", ["q", "c3"], "m"),
      op("clip", "Clip", ["m", "lo", "hi"], "mc"),
      op("to_i8", "Cast", ["mc"], "m8", { to: DataType.INT8 }),
      op("clip_u", "Clip", ["input_ids", "u_lo", "u_hi"], "uc"),
      op("to_u8", "Cast", ["uc"], "u8", { to: DataType.UINT8 }),
      op("u_to_i32", "Cast", ["u8"], "u32", { to: DataType.INT32 }),
      op("u_centre", "Sub", ["u32", "c150"], "uz"),
      op("u_clip", "Clip", ["uz", "sub_lo", "sub_hi"], "uzc"),
      op("u_to_i8", "Cast", ["uzc"], "u_i8", { to: DataType.INT8 }),
      op("gather0", "Gather", ["tab", "input_ids"], "g0", { axis: 0 }), // [1, W, E]
      op("flatten", "Flatten", ["g0"], "f0", { axis: 1 }), // [1, W·E]
      op("gather1", "Gather", ["tab2", "input_ids"], "g1", { axis: 1 }), // [E2, 1, W]
      op("reshape", "Reshape", ["g1", "keep_first"], "r1"), // [E2, W]
      op("flatten_all", "Flatten", ["r1"], "r2", { axis: 0 }), // [1, E2·W]
      { name: "concat", opType: "Concat", domain: "", inputs: ["f0", "m8", "r2", "u_i8"], outputs: ["cat"], attributes: [{ name: "axis", type: 2, i: 1 }] },
      op("identity", "Identity", ["cat"], "x"),
      op("fc", "MatMulInteger", ["x", "w"], "acc"),
      op("bias", "Add", ["acc", "b"], "biased"),
      op("shift", "Sub", ["biased", "shift"], "logits"),
    ],
  );
}
