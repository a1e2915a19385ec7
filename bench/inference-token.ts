/**
 * Per-token latency: one forward pass of the default factory shape (V=1024, W=8,
 * E=32, H=128; the seeded fixture of test/support/mlpFixture.ts) through onnxruntime-node
 * (one and two intra-op threads, the node's fixed session options) and through the
 * pure-TypeScript interpreter (the App's default), in the graph layout the factory exports
 * (`column`: modules/inference/onnx/mlpGraph.ts, weights transposed as the left operand) and in
 * the row layout it exported before (`row`, bench/lib/inferenceModels.ts: `x · W`, same
 * integers); then the whole per-token cost of generation as MsgRequestInference runs it
 * (modules/inference/generate.ts: window assembly, forward pass, sampling), greedy and top-k,
 * and sampling alone.
 *
 * Every runner's logits are checked equal to the interpreter's on every measured window
 * (`same_logits`). cpu_mean_us is process CPU time per pass (wall time on a busy shared
 * machine includes time slices lost to other processes).
 *
 *   npx tsx bench/inference-token.ts
 *   BENCH_INFERENCE_PASSES=3000      forward passes per runner and layout
 *   BENCH_INFERENCE_REQUESTS=40      64-token generations per runner, layout and sampling mode
 */
import { sha256 } from "@noble/hashes/sha2.js";
import type { LoadedModel, ModelRunner } from "../modules/inference/expected.ts";
import { generate } from "../modules/inference/generate.ts";
import { encodeModel } from "../modules/inference/onnx/codec.ts";
import { Rng } from "../test/support/rng.ts";
import { InterpreterRunner } from "../modules/inference/onnx/interpreter.ts";
import type { OnnxModel } from "../modules/inference/onnx/types.ts";
import { validateGraph } from "../modules/inference/onnx/validate.ts";
import { sampleNext, samplerFor } from "../modules/inference/sampling.ts";
import type { Sampling } from "../modules/inference/types.ts";
import { OrtRunner } from "../node/inference/ortRunner.ts";
import { emit, note } from "./lib/emit.ts";
import { DEFAULT_SHAPE, fixtureModel, rowLayout, withoutEos } from "../test/support/inferenceModels.ts";
import { nowMs, summarize } from "./lib/stats.ts";

const PASSES = Number(process.env.BENCH_INFERENCE_PASSES ?? 3000);
const REQUESTS = Number(process.env.BENCH_INFERENCE_REQUESTS ?? 40);
const TOKENS = 64;
const WARM = 300;
const { vocab: V, window: W } = DEFAULT_SHAPE;

interface Runner {
  name: string;
  runner: ModelRunner;
  close(): Promise<void>;
}

function runners(): Runner[] {
  const ort1 = new OrtRunner();
  const ort2 = new OrtRunner({ intraOpNumThreads: 2 });
  return [
    { name: "interpreter", runner: new InterpreterRunner(), close: async () => undefined },
    { name: "ort_1_thread", runner: ort1, close: () => ort1.close() },
    { name: "ort_2_threads", runner: ort2, close: () => ort2.close() },
  ];
}

function windows(n: number, seed: number): Int32Array[] {
  const rng = new Rng(seed);
  return Array.from({ length: n }, () => Int32Array.from({ length: W }, () => rng.int(V)));
}

const sameArray = (a: Int32Array, b: Int32Array) => a.length === b.length && a.every((x, i) => x === b[i]);

/** p50/p99 of one forward pass, and whether every pass gave the reference logits. */
async function forwardPasses(model: LoadedModel, ws: Int32Array[], reference: Int32Array[]): Promise<{ us: number[]; cpuMeanUs: number; same: boolean }> {
  for (let i = 0; i < WARM; i++) await model.logits(ws[i % ws.length]!);
  const us: number[] = [];
  let same = true;
  const c0 = process.cpuUsage();
  for (let i = 0; i < ws.length; i++) {
    const t0 = nowMs();
    const l = await model.logits(ws[i]!);
    us.push((nowMs() - t0) * 1000);
    same &&= sameArray(l, reference[i]!);
  }
  const c = process.cpuUsage(c0);
  return { us, cpuMeanUs: (c.user + c.system) / ws.length, same };
}

/** Per-token wall time of 64-token generations (no EOS), one value per request. */
async function generations(model: LoadedModel, sampling: Sampling, logitScale: bigint): Promise<{ perTokenUs: number[]; tokens: number; outputs: string }> {
  const prompts = windows(REQUESTS, 99).map((w) => w.map((x) => 3 + (x % (V - 3))));
  const perTokenUs: number[] = [];
  let tokens = 0;
  const digest: number[] = [];
  for (const [i, promptIds] of prompts.entries()) {
    const t0 = nowMs();
    const g = await generate({ model, window: W, promptIds, maxTokens: TOKENS, sampling, logitScale, seedContext: sha256(Uint8Array.of(i)), onStep: () => undefined });
    perTokenUs.push(((nowMs() - t0) * 1000) / g.ids.length);
    tokens += g.ids.length;
    digest.push(...g.ids);
  }
  return { perTokenUs, tokens, outputs: Buffer.from(sha256(new Uint8Array(Int32Array.from(digest).buffer))).toString("hex").slice(0, 16) };
}

function samplingCost(mode: Sampling, logitScale: bigint, logits: Int32Array[]): number[] {
  const state = samplerFor(mode, logitScale, new Uint8Array(40));
  for (let i = 0; i < WARM; i++) sampleNext(state, logits[i % logits.length]!);
  return logits.map((l) => {
    const t0 = nowMs();
    sampleNext(state, l);
    return (nowMs() - t0) * 1000;
  });
}

async function main(): Promise<void> {
  const base = withoutEos(fixtureModel(7));
  const layouts: [string, OnnxModel][] = [["column", base], ["row", rowLayout(base)]];
  const info = validateGraph(base);
  const logitScale = info.logitScale;
  note(`fixture V=${V} W=${W} E=${DEFAULT_SHAPE.embed} H=${DEFAULT_SHAPE.hidden}: ${info.macsPerToken} MACs per token`);
  const ws = windows(PASSES, 1);
  const reference = await (async () => {
    const m = await new InterpreterRunner().load(new Uint8Array(32), encodeModel(base));
    return Promise.all(ws.map((w) => m.logits(w)));
  })();
  const modes: [string, Sampling][] = [["greedy", { mode: "GREEDY", topK: 0, seed: 0n }], ["top_k_40", { mode: "TOP_K", topK: 40, seed: 12345n }]];
  const outputsBy = new Map<string, Set<string>>();
  const rs = runners();
  try {
    for (const [layout, model] of layouts) {
      const artifact = encodeModel(model);
      const hash = sha256(artifact);
      for (const r of rs) {
        note(`${r.name}, ${layout} layout`);
        const loaded = await r.runner.load(hash, artifact);
        const f = await forwardPasses(loaded, ws, reference);
        const s = summarize(f.us);
        emit("inference_forward_pass", { runner: r.name, layout, passes: PASSES, p50_us: s.p50, p99_us: s.p99, mean_us: s.mean, cpu_mean_us: f.cpuMeanUs, macs: Number(info.macsPerToken), same_logits: f.same });
        for (const [mode, sampling] of modes) {
          const g = await generations(loaded, sampling, logitScale);
          const t = summarize(g.perTokenUs);
          emit("inference_token_in_generation", { runner: r.name, layout, sampling: mode, requests: REQUESTS, tokens: g.tokens, per_token_p50_us: t.p50, per_token_p99_us: t.p99, overhead_over_forward_p50_us: t.p50 - s.p50 });
          const set = outputsBy.get(mode) ?? new Set<string>();
          set.add(g.outputs);
          outputsBy.set(mode, set);
        }
      }
    }
  } finally {
    for (const r of rs) await r.close();
  }
  for (const [mode, set] of outputsBy) emit("inference_token_same_outputs", { sampling: mode, runs: rs.length * layouts.length, identical: set.size === 1 });
  for (const [mode, sampling] of modes) {
    const s = summarize(samplingCost(sampling, logitScale, reference));
    emit("inference_sampling", { sampling: mode, vocab: V, p50_us: s.p50, p99_us: s.p99 });
  }
}

await main();
