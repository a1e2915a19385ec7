/**
 * The "tributary-mlp-v1" graph from its weights: the one definition the factory exports and the
 * test fixtures build (the validator accepts any graph within the rules; this is the one we make).
 *
 * Column layout: activations are columns and each weight is stored transposed, as the left
 * operand of MatMulInteger (`W1ᵀ [H, W·E] × x [W·E, 1]`), so the layers compute y = Wᵀ·x:
 *
 *   Gather(emb, input_ids) → Reshape [W·E, 1] → MatMulInteger(W1ᵀ, ·) → Add(b1 [H, 1])
 *   → Clip(0, 2^24) → Div(d1) → Clip(−127, 127) → Cast(INT8) → MatMulInteger(W2ᵀ, ·)
 *   → Add(b2 [V, 1]) → Reshape [1, V] → logits
 *
 * Why transposed: onnxruntime's int8 × int8 MatMulInteger packs its right operand on every run
 * (no pre-packed weights for this case), so `x [1, K] × W [K, N]` repacked the whole weight
 * matrix per token (126 µs for the default shape) while `Wᵀ × x` packs a K-byte column (34 µs).
 * Every logit is the same dot product either way, so the integers are those of the row layout
 * `x · W` (bench/results/2026-11.md, the inference-token runs; node/factory tests check them against the
 * factory's own integer forward).
 */
import { DataType, FORMAT_MLP_V1, INPUT_NAME, META, type OnnxModel, type OnnxNode, type OnnxTensor, OUTPUT_NAME } from "./types.ts";

export const MLP_IR_VERSION = 8;
export const MLP_OPSET = 17;
/** Upper clip of the ReLU: keeps the requantised range provably inside int32. */
export const RELU_MAX = 1 << 24;
export const Q_MAX = 127;

export interface MlpWeights {
  vocab: number;
  window: number;
  embed: number;
  hidden: number;
  /** [V, E] row-major, may hold −128. */
  emb: Int8Array;
  /** [W·E, H] and [H, V] row-major (x · W), in [−127, 127] (see opsMatmul.ts); stored transposed in the graph. */
  w1: Int8Array;
  w2: Int8Array;
  b1: Int32Array;
  b2: Int32Array;
  /** Requantisation divisor after the first layer (> 0). */
  d1: number;
}

export interface MlpMetadata {
  tokenizerJson: string;
  logitScale: bigint | number;
  producerName: string;
  producerVersion: string;
}

function int8(name: string, dims: number[], data: Int8Array): OnnxTensor {
  return { name, dataType: DataType.INT8, dims, rawData: new Uint8Array(data.buffer, data.byteOffset, data.byteLength).slice() };
}

/** A [K, N] row-major int8 matrix as the [N, K] tensor of its transpose. */
function int8Transposed(name: string, K: number, N: number, data: Int8Array): OnnxTensor {
  if (data.length !== K * N) throw new Error(`${name} has ${data.length} elements, [${K}, ${N}] needs ${K * N}`);
  const t = new Uint8Array(K * N);
  for (let k = 0; k < K; k++) for (let n = 0; n < N; n++) t[n * K + k] = data[k * N + n]! & 0xff;
  return { name, dataType: DataType.INT8, dims: [N, K], rawData: t };
}

function int32(name: string, dims: number[], data: ArrayLike<number>): OnnxTensor {
  return { name, dataType: DataType.INT32, dims, int32Data: Array.from(data) };
}

const shape = (name: string, dims: number[]): OnnxTensor => ({ name, dataType: DataType.INT64, dims: [dims.length], int64Data: dims.map(BigInt) });

const node = (name: string, opType: string, inputs: string[], output: string, attributes: OnnxNode["attributes"] = []): OnnxNode => ({
  name, opType, domain: "", inputs, outputs: [output], attributes,
});

export function mlpGraph(w: MlpWeights, meta: MlpMetadata): OnnxModel {
  const { vocab: V, window: W, embed: E, hidden: H } = w;
  const initializers: OnnxTensor[] = [
    int8("emb", [V, E], w.emb),
    shape("col_shape", [W * E, 1]),
    int8Transposed("w1", W * E, H, w.w1),
    int32("b1", [H, 1], w.b1),
    int32("relu_min", [], [0]),
    int32("relu_max", [], [RELU_MAX]),
    int32("d1", [], [w.d1]),
    int32("q_min", [], [-Q_MAX]),
    int32("q_max", [], [Q_MAX]),
    int8Transposed("w2", H, V, w.w2),
    int32("b2", [V, 1], w.b2),
    shape("row_shape", [1, V]),
  ];
  const nodes: OnnxNode[] = [
    node("embed", "Gather", ["emb", INPUT_NAME], "e", [{ name: "axis", type: 2, i: 0 }]),
    node("flatten", "Reshape", ["e", "col_shape"], "x"),
    node("fc1", "MatMulInteger", ["w1", "x"], "h_acc"),
    node("fc1_bias", "Add", ["h_acc", "b1"], "h_biased"),
    node("relu", "Clip", ["h_biased", "relu_min", "relu_max"], "h_relu"),
    node("requant", "Div", ["h_relu", "d1"], "h_scaled"),
    node("sat", "Clip", ["h_scaled", "q_min", "q_max"], "h_sat"),
    node("to_int8", "Cast", ["h_sat"], "h", [{ name: "to", type: 2, i: DataType.INT8 }]),
    node("fc2", "MatMulInteger", ["w2", "h"], "l_acc"),
    node("fc2_bias", "Add", ["l_acc", "b2"], "l"),
    node("to_row", "Reshape", ["l", "row_shape"], OUTPUT_NAME),
  ];
  return {
    irVersion: MLP_IR_VERSION,
    opsetImport: [{ domain: "", version: MLP_OPSET }],
    producerName: meta.producerName,
    producerVersion: meta.producerVersion,
    graph: {
      name: "tributary_mlp_v1", nodes, initializers,
      inputs: [{ name: INPUT_NAME, type: { elemType: DataType.INT32, shape: [1, W] } }],
      outputs: [{ name: OUTPUT_NAME, type: { elemType: DataType.INT32, shape: [1, V] } }],
      valueInfo: [],
    },
    metadataProps: [
      { key: META.format, value: FORMAT_MLP_V1 },
      { key: META.tokenizer, value: meta.tokenizerJson },
      { key: META.window, value: String(W) },
      { key: META.logitScale, value: String(meta.logitScale) },
    ],
  };
}
