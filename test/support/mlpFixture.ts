import { mlpGraph } from "../../modules/inference/onnx/mlpGraph.ts";
import type { OnnxModel } from "../../modules/inference/onnx/types.ts";
import { Rng } from "./rng.ts";

/**
 * A seeded random "tributary-mlp-v1" model, for tests and benchmarks (the real exporter is
 * node/factory). Same seed, same bytes. The graph is mlpGraph.ts's.
 */

export interface MlpFixtureOptions {
  vocab: number;
  window: number;
  embed: number;
  hidden: number;
  seed: number;
  /** Requantisation divisor after the first layer (default 1024). */
  divisor?: number;
  /** Written to metadata tributary.logit_scale (default 4096). */
  logitScale?: number;
  /** Biases are drawn from [−biasRange, biasRange] (default 50,000). */
  biasRange?: number;
}

/** A bpe-bytes-v1 definition with exactly `vocab` ids (merges of two letters each). */
export function fixtureTokenizerJson(vocab: number): string {
  const letters: number[] = [];
  for (let c = 0x61; c <= 0x7a; c++) letters.push(c);
  for (let c = 0x41; c <= 0x5a; c++) letters.push(c);
  const merges: string[] = [];
  for (let i = 0; merges.length < vocab - 259; i++) {
    const a = letters[Math.floor(i / letters.length) % letters.length]!;
    const b = letters[i % letters.length]!;
    merges.push(`[${3 + a},${3 + b}]`);
  }
  return `{"type":"bpe-bytes-v1","merges":[${merges.join(",")}]}`;
}

export function buildMlpFixture(o: MlpFixtureOptions): OnnxModel {
  const { vocab: V, window: W, embed: E, hidden: H } = o;
  // xorshift32: the models' bytes are pinned (golden app hashes, inference digests).
  const rng = new Rng(o.seed, "xorshift32");
  const br = o.biasRange ?? 50_000;
  const int8 = (n: number, lo: number) => Int8Array.from({ length: n }, () => rng.range(lo, 127));
  const bias = (n: number) => Int32Array.from({ length: n }, () => rng.range(-br, br));
  // Drawn in this order (emb, w1, b1, w2, b2) so a seed keeps naming the same model.
  const emb = int8(V * E, -128);
  const w1 = int8(W * E * H, -127);
  const b1 = bias(H);
  const w2 = int8(H * V, -127);
  const b2 = bias(V);
  return mlpGraph(
    { vocab: V, window: W, embed: E, hidden: H, emb, w1, b1, w2, b2, d1: o.divisor ?? 1024 },
    { tokenizerJson: fixtureTokenizerJson(V), logitScale: o.logitScale ?? 4096, producerName: "tributary-fixture", producerVersion: "1" },
  );
}
