/**
 * Digests of inference outputs, for comparing CPUs (scripts/inference-no-vnni.sh runs this on
 * the host and under QEMU CPU models without AVX-512/VNNI, and compares the lines).
 *
 * Each workload runs on onnxruntime-node with 1 and 2 intra-op threads and on the pure-TypeScript
 * interpreter; the three must agree in-process (else exit 1), and one line per workload and
 * runner prints the sha256 of the outputs (logits as little-endian int32, or token ids).
 *
 * The last lines, `control-…`, are a positive control, not a chain workload: a uint8 × int8
 * MatMulInteger graph, which the chain's validator refuses because onnxruntime's AVX2 kernel
 * multiplies it with `vpmaddubsw` (saturating pairs of products to int16) while the VNNI kernel
 * is exact. Its digest differing between the host and an emulated CPU shows that the emulated
 * onnxruntime really took another kernel; it is only run on onnxruntime.
 *
 *   node --import tsx scripts/inference-digests.ts
 */
import { createHash } from "node:crypto";
import { columnLayout, fixtureModel, rowLayout } from "../test/support/inferenceModels.ts";
import type { LoadedModel, ModelRunner } from "../modules/inference/expected.ts";
import { encodeModel } from "../modules/inference/onnx/codec.ts";
import { buildMlpFixture } from "../test/support/mlpFixture.ts";
import { Rng } from "../test/support/rng.ts";
import { InterpreterRunner } from "../modules/inference/onnx/interpreter.ts";
import { DataType, type OnnxModel, type OnnxNode } from "../modules/inference/onnx/types.ts";
import { validateGraph } from "../modules/inference/onnx/validate.ts";
import { sampleNext, samplerFor, type SamplingSpec } from "../modules/inference/sampling.ts";
import { OrtRunner } from "../node/inference/ortRunner.ts";

interface Workload {
  name: string;
  model: OnnxModel;
  /** The outputs of one model, as bytes to hash. */
  run(m: LoadedModel, window: number, vocab: number): Promise<Uint8Array>;
}

const bytesOf = (a: Int32Array) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

/** Logits of `count` random windows (every fourth with a PAD run, as short contexts have). */
function windows(count: number, seed: number) {
  return async (m: LoadedModel, W: number, V: number): Promise<Uint8Array> => {
    const rng = new Rng(seed, "xorshift32");
    const out: number[] = [];
    for (let t = 0; t < count; t++) {
      const pad = t % 4 === 0 ? rng.range(0, W) : 0;
      const ids = Int32Array.from({ length: W }, (_, i) => (i < pad ? 0 : rng.range(0, V - 1)));
      out.push(...(await m.logits(ids)));
    }
    return bytesOf(Int32Array.from(out));
  };
}

/** Token ids generated as the chain does (sliding window, left-padded) for a few prompts and samplers. */
function generation(steps: number, seed: number) {
  const specs: SamplingSpec[] = [
    { mode: "GREEDY", topK: 0, seed: 0n },
    { mode: "TOP_K", topK: 8, seed: 42n },
    { mode: "TOP_K", topK: 64, seed: 2n ** 64n - 1n },
  ];
  return async (m: LoadedModel, W: number, V: number): Promise<Uint8Array> => {
    const rng = new Rng(seed, "xorshift32");
    const ids: number[] = [];
    for (let p = 0; p < 3; p++) {
      const prompt = Array.from({ length: rng.range(1, 12) }, () => rng.range(3, V - 1));
      for (const spec of specs) {
        const sampler = samplerFor(spec, 4096n, new Uint8Array([p, 1, 2, 3]));
        const context = [1, ...prompt];
        for (let s = 0; s < steps; s++) {
          const window = new Int32Array(W);
          const take = Math.min(W, context.length);
          for (let i = 0; i < take; i++) window[W - take + i] = context[context.length - take + i];
          const id = sampleNext(sampler, await m.logits(window));
          ids.push(id);
          context.push(id);
        }
      }
    }
    return bytesOf(Int32Array.from(ids));
  };
}

const factory = fixtureModel(20260101);
const WORKLOADS: Workload[] = [
  { name: "mlp-v300-w8-e16-h64", model: buildMlpFixture({ vocab: 300, window: 8, embed: 16, hidden: 64, seed: 20240601 }), run: windows(300, 77) },
  { name: "factory-shape-column", model: columnLayout(factory), run: windows(200, 5) },
  { name: "factory-shape-row", model: rowLayout(factory), run: windows(200, 5) },
  { name: "factory-shape-generation", model: factory, run: generation(24, 9) },
];

/** The control's weights [W, V]: large weights of one sign in every other row, so adjacent products add past 2^15 − 1. */
function controlWeights(V: number, W: number): Int8Array {
  const rng = new Rng(31337, "xorshift32");
  return Int8Array.from({ length: W * V }, (_, i) => (((i / V) | 0) % 2 === 0 ? rng.range(100, 127) : rng.range(-128, 127)));
}

/** input_ids [1, W] → Clip [0, 255] → uint8 → MatMulInteger with int8 W [W, V] → logits [1, V]. */
function saturatingControl(V: number, W: number): OnnxModel {
  const node = (name: string, opType: string, inputs: string[], output: string, to?: number): OnnxNode => ({
    name, opType, domain: "", inputs, outputs: [output], attributes: to === undefined ? [] : [{ name: "to", type: 2, i: to }],
  });
  return {
    irVersion: 8,
    opsetImport: [{ domain: "", version: 17 }],
    producerName: "inference-digests-control",
    producerVersion: "",
    graph: {
      name: "control",
      nodes: [
        node("clip", "Clip", ["input_ids", "lo", "hi"], "c"),
        node("to_u8", "Cast", ["c"], "u8", DataType.UINT8),
        node("mm", "MatMulInteger", ["u8", "w"], "logits"),
      ],
      initializers: [
        { name: "lo", dataType: DataType.INT32, dims: [], int32Data: [0] },
        { name: "hi", dataType: DataType.INT32, dims: [], int32Data: [255] },
        { name: "w", dataType: DataType.INT8, dims: [W, V], rawData: new Uint8Array(controlWeights(V, W).buffer) },
      ],
      inputs: [{ name: "input_ids", type: { elemType: DataType.INT32, shape: [1, W] } }],
      outputs: [{ name: "logits", type: { elemType: DataType.INT32, shape: [1, V] } }],
      valueInfo: [],
    },
    metadataProps: [],
  };
}

/** Logits of the control for ids near 255 (the saturating range). */
async function controlRun(m: LoadedModel, W: number): Promise<Uint8Array> {
  const rng = new Rng(4242, "xorshift32");
  const out: number[] = [];
  for (let t = 0; t < 100; t++) out.push(...(await m.logits(Int32Array.from({ length: W }, () => rng.range(200, 299)))));
  return bytesOf(Int32Array.from(out));
}

/** The control's exact answer, in JavaScript integers: what a kernel without saturation gives. */
function controlExact(V: number, W: number): LoadedModel {
  const w = controlWeights(V, W);
  return {
    async logits(ids: Int32Array): Promise<Int32Array> {
      const out = new Int32Array(V);
      for (let k = 0; k < W; k++) {
        const x = Math.min(255, Math.max(0, ids[k]));
        for (let n = 0; n < V; n++) out[n] += x * w[k * V + n];
      }
      return out;
    },
  };
}

const hex = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

async function main(): Promise<number> {
  const ort1 = new OrtRunner({ intraOpNumThreads: 1 });
  const ort2 = new OrtRunner({ intraOpNumThreads: 2 });
  const runners: [string, ModelRunner][] = [["interpreter", new InterpreterRunner()], ["ort-1-thread", ort1], ["ort-2-threads", ort2]];
  let failed = false;
  try {
    for (const [i, w] of WORKLOADS.entries()) {
      validateGraph(w.model);
      const W = w.model.graph.inputs[0].type!.shape![1] as number;
      const V = w.model.graph.outputs[0].type!.shape![1] as number;
      const bytes = encodeModel(w.model);
      const digests: string[] = [];
      for (const [name, runner] of runners) {
        const loaded = await runner.load(new Uint8Array(32).fill(i + 1), bytes);
        const d = hex(await w.run(loaded, W, V));
        digests.push(d);
        console.log(`${w.name} ${name} ${d}`);
      }
      if (new Set(digests).size !== 1) {
        console.error(`MISMATCH: the runners disagree on ${w.name}`);
        failed = true;
      }
    }
    const control = encodeModel(saturatingControl(300, 8));
    console.log(`control-u8s8-saturating exact-js ${hex(await controlRun(controlExact(300, 8), 8))}`);
    for (const [name, runner] of runners.slice(1)) {
      const loaded = await runner.load(new Uint8Array(32).fill(0xc0), control);
      console.log(`control-u8s8-saturating ${name} ${hex(await controlRun(loaded, 8))}`);
    }
  } finally {
    await ort1.close();
    await ort2.close();
  }
  return failed ? 1 : 0;
}

process.exitCode = await main();
