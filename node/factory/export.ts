/**
 * Writes a quantised MLP as the "tributary-mlp-v1" ONNX graph (opset 17, IR 8) through the
 * chain's own codec, with the tokenizer, window and logit scale in metadata_props (so the
 * artifact hash covers them):
 *
 *   Gather(emb, input_ids) → Reshape [1, W·E] → MatMulInteger(W1) → Add(b1) → Clip(0, 2^24)
 *   → Div(d1) → Clip(−127, 127) → Cast(INT8) → MatMulInteger(W2) → Add(b2) → logits
 */
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex } from "@noble/hashes/utils.js";
import { encodeModel } from "../../modules/inference/onnx/codec.ts";
import { DataType, FORMAT_MLP_V1, INPUT_NAME, META, type OnnxModel, type OnnxNode, type OnnxTensor, OUTPUT_NAME } from "../../modules/inference/onnx/types.ts";
import { type Tokenizer, tokenizerJson } from "../../modules/inference/tokenizer.ts";
import { Q_MAX, type QuantizedMlp, RELU_MAX } from "./quantize.ts";
import { TRIBUTARY_VERSION } from "../version.ts";

export const IR_VERSION = 8;
export const OPSET = 17;

function int8(name: string, dims: number[], data: Int8Array): OnnxTensor {
  return { name, dataType: DataType.INT8, dims, rawData: new Uint8Array(data.buffer, data.byteOffset, data.byteLength).slice() };
}

function int32(name: string, dims: number[], data: ArrayLike<number>): OnnxTensor {
  const raw = new Uint8Array(data.length * 4);
  const view = new DataView(raw.buffer);
  for (let i = 0; i < data.length; i++) view.setInt32(i * 4, data[i], true);
  return { name, dataType: DataType.INT32, dims, rawData: raw };
}

const node = (name: string, opType: string, inputs: string[], output: string, attributes: OnnxNode["attributes"] = []): OnnxNode => ({ name, opType, domain: "", inputs, outputs: [output], attributes });

/** The ONNX model (plain objects) of a quantised MLP. */
export function mlpToOnnx(q: QuantizedMlp, tok: Tokenizer): OnnxModel {
  const { vocab: V, window: W, embed: E, hidden: H } = q.shape;
  if (tok.vocabSize !== V) throw new Error(`the tokenizer has ${tok.vocabSize} ids, the model ${V}`);
  const initializers: OnnxTensor[] = [
    int8("emb", [V, E], q.emb),
    { name: "flat_shape", dataType: DataType.INT64, dims: [2], int64Data: [1n, BigInt(W * E)] },
    int8("w1", [W * E, H], q.w1),
    int32("b1", [H], q.b1),
    int32("relu_min", [], [0]),
    int32("relu_max", [], [RELU_MAX]),
    int32("d1", [], [q.d1]),
    int32("q_min", [], [-Q_MAX]),
    int32("q_max", [], [Q_MAX]),
    int8("w2", [H, V], q.w2),
    int32("b2", [V], q.b2),
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
    irVersion: IR_VERSION,
    opsetImport: [{ domain: "", version: OPSET }],
    producerName: "tributary-factory",
    producerVersion: TRIBUTARY_VERSION,
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
      { key: META.tokenizer, value: tokenizerJson(tok) },
      { key: META.window, value: String(W) },
      { key: META.logitScale, value: String(q.logitScale) },
    ],
  };
}

/** The artifact bytes and their sha256 (hex). */
export function exportMlp(q: QuantizedMlp, tok: Tokenizer): { bytes: Uint8Array; sha256: string } {
  const bytes = encodeModel(mlpToOnnx(q, tok));
  return { bytes, sha256: bytesToHex(sha256(bytes)) };
}
