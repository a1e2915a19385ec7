/**
 * Models for the inference benchmarks and the replay test: the seeded tributary-mlp-v1 fixture,
 * and rewrites of any mlp-v1 graph (plain ONNX edits, validated by the chain as any
 * registration is):
 *
 * - `withoutEos`: the EOS logit's bias pushed to −10^8, so generation always runs to
 *   max_output_tokens (the block benchmark needs 64 tokens per request, not an early stop).
 * - `rowLayout`: every `MatMulInteger(Wᵀ [N, K], x [K, 1])` with a constant Wᵀ becomes
 *   `Reshape(x → [1, K])`, `MatMulInteger(x_row, W [K, N])`, `Reshape(→ [N, 1])`: the layout the
 *   factory exported before mlpGraph.ts switched to columns, kept to measure the difference
 *   (onnxruntime's int8×int8 MatMulInteger re-packs its right operand on every run, so the row
 *   layout packs the whole K×N weight matrix per token; see bench/results/2026-11.md, the inference-token runs).
 * - `columnLayout`: the reverse, for graphs still in the row layout (`x [1, K] · W [K, N]`
 *   becomes `Wᵀ [N, K] × x [K, 1]`); the identity on mlpGraph.ts's graphs, which already are.
 * Both compute the same integers (each output is the same dot product).
 */
import { buildMlpFixture } from "./mlpFixture.ts";
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

/** The output bias (the last Add before the graph's output, through Reshapes) with EOS at −10^8. */
export function withoutEos(model: OnnxModel): OnnxModel {
  const m = clone(model);
  const output = m.graph.outputs[0];
  if (!output) throw new Error("the model has no output");
  let out = output.name;
  let producer = m.graph.nodes.find((n) => n.outputs[0] === out);
  while (producer?.opType === "Reshape") {
    out = producer.inputs[0]!;
    producer = m.graph.nodes.find((n) => n.outputs[0] === out);
  }
  const add = producer?.opType === "Add" ? producer : undefined;
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
  const [K, N] = t.dims as [number, number];
  const out = new Uint8Array(K * N);
  for (let k = 0; k < K; k++) for (let n = 0; n < N; n++) out[n * K + k] = t.rawData[k * N + n]!;
  return { name: t.name, dataType: DataType.INT8, dims: [N, K], rawData: out };
}

const shape = (name: string, dims: number[]): OnnxTensor => ({ name, dataType: DataType.INT64, dims: [2], int64Data: dims.map(BigInt) });
const op = (name: string, opType: string, inputs: string[], output: string): OnnxNode => ({ name, opType, domain: "", inputs, outputs: [output], attributes: [] });

const isConstant = (m: OnnxModel, name: string) => m.graph.initializers.some((t) => t.name === name);

/**
 * Every MatMulInteger whose input `from` is a constant 2-D weight (and the other input is not),
 * with the weight moved to the other side transposed and Reshapes turning the activations and
 * the result around.
 */
function swapOperands(model: OnnxModel, from: 0 | 1): OnnxModel {
  const m = clone(model);
  const g = m.graph;
  const nodes: OnnxNode[] = [];
  for (const n of g.nodes) {
    const rewrite = n.opType === "MatMulInteger" && n.inputs.length === 2 && isConstant(m, n.inputs[from]!) && !isConstant(m, n.inputs[1 - from]!);
    const w = rewrite ? g.initializers.find((t) => t.name === n.inputs[from]) : undefined;
    if (!w) {
      nodes.push(n);
      continue;
    }
    // From B [K, N] (x [1, K] · W): x becomes [K, 1], the output [N, 1] then [1, N]; from A [N, K] the reverse.
    const [K, N] = (from === 1 ? w.dims : [w.dims[1], w.dims[0]]) as [number, number];
    const wt = transposeInt8(w);
    const [xShape, yShape] = from === 1 ? [[K, 1], [1, N]] : [[1, K], [N, 1]];
    // Names tagged by direction, so rewriting a rewritten graph back defines nothing twice.
    const p = `${n.name}_${from === 1 ? "col" : "row"}`;
    g.initializers.push({ ...wt, name: `${p}_w` }, shape(`${p}_x_shape`, xShape), shape(`${p}_y_shape`, yShape));
    const x = n.inputs[1 - from]!;
    nodes.push(
      op(`${p}_x`, "Reshape", [x, `${p}_x_shape`], `${p}_x`),
      op(p, "MatMulInteger", from === 1 ? [`${p}_w`, `${p}_x`] : [`${p}_x`, `${p}_w`], `${p}_y`),
      op(`${p}_y`, "Reshape", [`${p}_y`, `${p}_y_shape`], n.outputs[0]!),
    );
  }
  g.nodes = nodes;
  const used = new Set(nodes.flatMap((n) => n.inputs));
  g.initializers = g.initializers.filter((t) => used.has(t.name));
  return m;
}

/** Every `x [1, K] · W [K, N]` (constant W) as `Wᵀ [N, K] × x [K, 1]` (same integers). */
export const columnLayout = (model: OnnxModel): OnnxModel => swapOperands(model, 1);

/** Every `Wᵀ [N, K] × x [K, 1]` (constant Wᵀ) as `x [1, K] · W [K, N]`: the layout exported before (same integers). */
export const rowLayout = (model: OnnxModel): OnnxModel => swapOperands(model, 0);
