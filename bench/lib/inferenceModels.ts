/**
 * Models for the inference benchmarks and the replay test: the seeded tributary-mlp-v1 fixture,
 * and two rewrites of any mlp-v1 graph (plain ONNX edits, validated by the chain as any
 * registration is):
 *
 * - `withoutEos`: the EOS logit's bias pushed to −10^8, so generation always runs to
 *   max_output_tokens (the block benchmark needs 64 tokens per request, not an early stop).
 * - `columnLayout`: every `MatMulInteger(x [1, K], W [K, N])` with a constant W becomes
 *   `Reshape(x → [K, 1])`, `MatMulInteger(Wᵀ [N, K], x_col)`, `Reshape(→ [1, N])`: the same
 *   integers (each output is the same dot product), but onnxruntime then packs a K-byte
 *   column per call instead of the whole K×N weight matrix (its int8×int8 MatMulInteger
 *   re-packs a non-prepacked B on every run; see bench/RESULTS.md, inference section).
 */
import { buildMlpFixture } from "../../modules/inference/onnx/fixture.ts";
import { DataType, type OnnxModel, type OnnxNode, type OnnxTensor } from "../../modules/inference/onnx/types.ts";
import { EOS_ID } from "../../modules/inference/tokenizer.ts";

/** The default factory shape (node/factory DEFAULT_FACTORY_OPTIONS). */
export const DEFAULT_SHAPE = { vocab: 1024, window: 8, embed: 32, hidden: 128 } as const;

export function fixtureModel(seed: number, shape: { vocab: number; window: number; embed: number; hidden: number } = DEFAULT_SHAPE): OnnxModel {
  return buildMlpFixture({ ...shape, seed });
}

const clone = (m: OnnxModel): OnnxModel => structuredClone(m);

function int32Values(t: OnnxTensor): Int32Array {
  if (t.int32Data) return Int32Array.from(t.int32Data);
  if (t.rawData) return new Int32Array(t.rawData.slice().buffer);
  throw new Error(`initializer ${t.name} has no int32 payload`);
}

/** The output bias (the Add whose output is the graph's output) with EOS at −10^8. */
export function withoutEos(model: OnnxModel): OnnxModel {
  const m = clone(model);
  const out = m.graph.outputs[0].name;
  const add = m.graph.nodes.find((n) => n.opType === "Add" && n.outputs[0] === out);
  const bias = add && m.graph.initializers.find((t) => t.dataType === DataType.INT32 && add.inputs.includes(t.name));
  if (!bias) throw new Error("no output bias initializer to edit");
  const values = int32Values(bias);
  values[EOS_ID] = -100_000_000;
  delete bias.rawData;
  bias.int32Data = Array.from(values);
  return m;
}

function transposeInt8(t: OnnxTensor): OnnxTensor {
  if (t.dataType !== DataType.INT8 || t.dims.length !== 2 || !t.rawData) throw new Error(`initializer ${t.name}: expected a 2-D int8 tensor in raw_data`);
  const [K, N] = t.dims;
  const out = new Uint8Array(K * N);
  for (let k = 0; k < K; k++) for (let n = 0; n < N; n++) out[n * K + k] = t.rawData[k * N + n];
  return { name: `${t.name}_t`, dataType: DataType.INT8, dims: [N, K], rawData: out };
}

const shape = (name: string, dims: number[]): OnnxTensor => ({ name, dataType: DataType.INT64, dims: [2], int64Data: dims.map(BigInt) });
const op = (name: string, opType: string, inputs: string[], output: string): OnnxNode => ({ name, opType, domain: "", inputs, outputs: [output], attributes: [] });

/** Every MatMulInteger with a constant 2-D B rewritten as Wᵀ × column (same integers). */
export function columnLayout(model: OnnxModel): OnnxModel {
  const m = clone(model);
  const g = m.graph;
  const nodes: OnnxNode[] = [];
  for (const n of g.nodes) {
    const w = n.opType === "MatMulInteger" && n.inputs.length === 2 ? g.initializers.find((t) => t.name === n.inputs[1]) : undefined;
    if (!w) {
      nodes.push(n);
      continue;
    }
    const [K, N] = w.dims;
    const wt = transposeInt8(w);
    g.initializers.push(wt, shape(`${n.name}_col_shape`, [K, 1]), shape(`${n.name}_row_shape`, [1, N]));
    nodes.push(
      op(`${n.name}_to_col`, "Reshape", [n.inputs[0], `${n.name}_col_shape`], `${n.name}_x_col`),
      op(n.name, "MatMulInteger", [wt.name, `${n.name}_x_col`], `${n.name}_y_col`),
      op(`${n.name}_to_row`, "Reshape", [`${n.name}_y_col`, `${n.name}_row_shape`], n.outputs[0]),
    );
  }
  g.nodes = nodes;
  const used = new Set(nodes.flatMap((n) => n.inputs));
  g.initializers = g.initializers.filter((t) => used.has(t.name));
  return m;
}
