import { DataType, FORMAT_MLP_V1, INPUT_NAME, META, type OnnxModel, type OnnxNode, type OnnxTensor, OUTPUT_NAME } from "./types.ts";

/**
 * A seeded random "tributary-mlp-v1" model, for tests and benchmarks (the real exporter is
 * node/factory). Same seed, same bytes. The graph is the one in the design:
 *
 *   Gather(emb, input_ids) → Reshape [1, W·E] → MatMulInteger(W1) → Add(b1) → Clip(0, 2^24)
 *   → Div(d1) → Clip(−127, 127) → Cast(INT8) → MatMulInteger(W2) → Add(b2) → logits
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

/** xorshift32: a tiny deterministic stream (not cryptographic; fixtures only). */
export function xorshift32(seed: number): () => number {
  let s = seed >>> 0 || 0x9e3779b9;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s;
  };
}

/** An integer in [lo, hi] from the stream. */
export function randInt(next: () => number, lo: number, hi: number): number {
  return lo + (next() % (hi - lo + 1));
}

/** Random int8 elements in [lo, 127]: weights are symmetric ([-127, 127], see opsMatmul.ts), embeddings may use -128. */
export function int8Tensor(name: string, dims: number[], next: () => number, lo = -127): OnnxTensor {
  const n = dims.reduce((p, d) => p * d, 1);
  const raw = new Uint8Array(n);
  for (let i = 0; i < n; i++) raw[i] = randInt(next, lo, 127) & 0xff;
  return { name, dataType: DataType.INT8, dims, rawData: raw };
}

function int32Tensor(name: string, dims: number[], values: number[]): OnnxTensor {
  return { name, dataType: DataType.INT32, dims, int32Data: values };
}

/** A bpe-bytes-v1 definition with exactly `vocab` ids (merges of two letters each). */
export function fixtureTokenizerJson(vocab: number): string {
  const letters: number[] = [];
  for (let c = 0x61; c <= 0x7a; c++) letters.push(c);
  for (let c = 0x41; c <= 0x5a; c++) letters.push(c);
  const merges: string[] = [];
  for (let i = 0; merges.length < vocab - 259; i++) {
    const a = letters[Math.floor(i / letters.length) % letters.length];
    const b = letters[i % letters.length];
    merges.push(`[${3 + a},${3 + b}]`);
  }
  return `{"type":"bpe-bytes-v1","merges":[${merges.join(",")}]}`;
}

const node = (name: string, opType: string, inputs: string[], output: string, attributes: OnnxNode["attributes"] = []): OnnxNode => ({
  name,
  opType,
  domain: "",
  inputs,
  outputs: [output],
  attributes,
});

export function buildMlpFixture(o: MlpFixtureOptions): OnnxModel {
  const { vocab: V, window: W, embed: E, hidden: H } = o;
  const next = xorshift32(o.seed);
  const br = o.biasRange ?? 50_000;
  const bias = (n: number) => Array.from({ length: n }, () => randInt(next, -br, br));
  const initializers: OnnxTensor[] = [
    int8Tensor("emb", [V, E], next, -128),
    { name: "flat_shape", dataType: DataType.INT64, dims: [2], int64Data: [1n, BigInt(W * E)] },
    int8Tensor("w1", [W * E, H], next),
    int32Tensor("b1", [H], bias(H)),
    int32Tensor("relu_min", [], [0]),
    int32Tensor("relu_max", [], [1 << 24]),
    int32Tensor("d1", [], [o.divisor ?? 1024]),
    int32Tensor("q_min", [], [-127]),
    int32Tensor("q_max", [], [127]),
    int8Tensor("w2", [H, V], next),
    int32Tensor("b2", [V], bias(V)),
  ];
  const nodes: OnnxNode[] = [
    node("embed", "Gather", ["emb", INPUT_NAME], "e", [{ name: "axis", type: 2, i: 0 }]),
    node("flatten", "Reshape", ["e", "flat_shape"], "x"),
    node("fc1", "MatMulInteger", ["x", "w1"], "h_acc"),
    node("fc1_bias", "Add", ["h_acc", "b1"], "h_biased"),
    node("relu", "Clip", ["h_biased", "relu_min", "relu_max"], "h_relu"),
    node("requant", "Div", ["h_relu", "d1"], "h_scaled"),
    node("sat", "Clip", ["h_scaled", "q_min", "q_max"], "h_sat"),
    node("to_int8", "Cast", ["h_sat"], "h", [{ name: "to", type: 2, i: DataType.INT8 }]),
    node("fc2", "MatMulInteger", ["h", "w2"], "l_acc"),
    node("fc2_bias", "Add", ["l_acc", "b2"], OUTPUT_NAME),
  ];
  return {
    irVersion: 8,
    opsetImport: [{ domain: "", version: 17 }],
    producerName: "tributary-fixture",
    producerVersion: "1",
    graph: {
      name: "tributary_mlp_v1",
      nodes,
      initializers,
      inputs: [{ name: INPUT_NAME, type: { elemType: DataType.INT32, shape: [1, W] } }],
      outputs: [{ name: OUTPUT_NAME, type: { elemType: DataType.INT32, shape: [1, V] } }],
      valueInfo: [],
    },
    metadataProps: [
      { key: META.format, value: FORMAT_MLP_V1 },
      { key: META.tokenizer, value: fixtureTokenizerJson(V) },
      { key: META.window, value: String(W) },
      { key: META.logitScale, value: String(o.logitScale ?? 4096) },
    ],
  };
}
