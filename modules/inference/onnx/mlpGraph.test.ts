import { describe, expect, it } from "vitest";
import { decodeModel, encodeModel } from "./codec.ts";
import { Rng } from "../../../test/support/rng.ts";
import { interpret } from "./interpreter.ts";
import { mlpGraph, type MlpWeights } from "./mlpGraph.ts";
import { DataType, INPUT_NAME, type OnnxModel, type OnnxNode, OUTPUT_NAME } from "./types.ts";
import { compileModel, validateGraph } from "./validate.ts";
import { take } from "../../../test/support/take.ts";

const shape = { vocab: 280, window: 5, embed: 6, hidden: 24 };
const meta = { tokenizerJson: '{"type":"bpe-bytes-v1","merges":[]}', logitScale: 4096, producerName: "test", producerVersion: "1" };

function weights(seed: number): MlpWeights {
  const rng = new Rng(seed);
  const { vocab: V, window: W, embed: E, hidden: H } = shape;
  const i8 = (n: number, lo: number) => Int8Array.from({ length: n }, () => rng.range(lo, 127));
  const i32 = (n: number) => Int32Array.from({ length: n }, () => rng.range(-40_000, 40_000));
  return { ...shape, emb: i8(V * E, -128), w1: i8(W * E * H, -127), b1: i32(H), w2: i8(H * V, -127), b2: i32(V), d1: 512 };
}

/**
 * The same weights in the row layout the factory exported before (`x [1, K] · W [K, N]`,
 * biases [N], no final Reshape), written out here as an independent second graph.
 */
function rowGraph(w: MlpWeights): OnnxModel {
  const { window: W, embed: E, hidden: H, vocab: V } = w;
  const m = mlpGraph(w, meta);
  const raw = (a: Int8Array) => new Uint8Array(a.buffer, a.byteOffset, a.length).slice();
  const op = (name: string, opType: string, inputs: string[], output: string): OnnxNode => ({ name, opType, domain: "", inputs, outputs: [output], attributes: [] });
  const byName = new Map(m.graph.initializers.map((t) => [t.name, t]));
  m.graph.initializers = [
    byName.get("emb")!,
    { name: "flat", dataType: DataType.INT64, dims: [2], int64Data: [1n, BigInt(W * E)] },
    { name: "w1", dataType: DataType.INT8, dims: [W * E, H], rawData: raw(w.w1) },
    { name: "b1", dataType: DataType.INT32, dims: [H], int32Data: Array.from(w.b1) },
    ...["relu_min", "relu_max", "d1", "q_min", "q_max"].map((n) => byName.get(n)!),
    { name: "w2", dataType: DataType.INT8, dims: [H, V], rawData: raw(w.w2) },
    { name: "b2", dataType: DataType.INT32, dims: [V], int32Data: Array.from(w.b2) },
  ];
  const [embed, , , , relu, requant, sat, cast] = take(m.graph.nodes, 8);
  m.graph.nodes = [
    embed, op("flatten", "Reshape", ["e", "flat"], "x"), op("fc1", "MatMulInteger", ["x", "w1"], "h_acc"), op("fc1_bias", "Add", ["h_acc", "b1"], "h_biased"),
    relu, requant, sat, cast, op("fc2", "MatMulInteger", ["h", "w2"], "l_acc"), op("fc2_bias", "Add", ["l_acc", "b2"], OUTPUT_NAME),
  ];
  return m;
}

describe("mlpGraph (tributary-mlp-v1, column layout)", () => {
  const w = weights(31);
  const model = decodeModel(encodeModel(mlpGraph(w, meta)));

  it("stores the weights transposed as MatMulInteger's constant left operand, activations as columns", () => {
    const nodes = model.graph.nodes;
    expect(nodes.map((n) => n.opType)).toEqual(["Gather", "Reshape", "MatMulInteger", "Add", "Clip", "Div", "Clip", "Cast", "MatMulInteger", "Add", "Reshape"]);
    const dims = Object.fromEntries(model.graph.initializers.map((t) => [t.name, t.dims]));
    expect(dims).toMatchObject({ w1: [shape.hidden, shape.window * shape.embed], w2: [shape.vocab, shape.hidden], b1: [shape.hidden, 1], b2: [shape.vocab, 1] });
    expect(nodes[2]!.inputs).toEqual(["w1", "x"]);
    expect(nodes[8]!.inputs).toEqual(["w2", "h"]);
    expect(nodes[0]!.inputs[1]).toBe(INPUT_NAME);
    expect(nodes[10]!.outputs).toEqual([OUTPUT_NAME]);
    // W1ᵀ[j, k] = W1[k, j].
    const raw = model.graph.initializers.find((t) => t.name === "w1")!.rawData!;
    const w1t = new Int8Array(raw.buffer, raw.byteOffset, raw.length);
    const K = shape.window * shape.embed;
    expect(w1t[3 * K + 7]).toBe(w.w1[7 * shape.hidden + 3]);
  });

  it("gives the integers of the row layout x · W on every window (same MACs, both validated)", () => {
    const row = rowGraph(w);
    const [colInfo, rowInfo] = [validateGraph(model), validateGraph(row)];
    expect(colInfo.macsPerToken).toBe(rowInfo.macsPerToken);
    const [c, r] = [compileModel(model), compileModel(row)];
    const rng = new Rng(4);
    const distinct = new Set<string>();
    for (let t = 0; t < 60; t++) {
      const ids = Int32Array.from({ length: shape.window }, (_, i) => (t % 5 === 0 && i < 2 ? 0 : rng.range(0, shape.vocab - 1)));
      const out = interpret(c, ids);
      expect(out).toEqual(interpret(r, ids));
      distinct.add(out.join(","));
    }
    // Not a degenerate model: the windows give different logits.
    expect(distinct.size).toBeGreaterThan(50);
  });
});
