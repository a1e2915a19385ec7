/**
 * Plain typed objects for the subset of `onnx.proto` Tributary reads and writes
 * (field numbers: see codec.ts). The factory builds an `OnnxModel` and calls `encodeModel`;
 * the chain calls `decodeModel` on an uploaded artifact, then `validateGraph`.
 *
 * Conventions (stable API, the factory codes against it):
 * - int64 scalars that are small by nature (ir_version, opset versions, dims, attribute `i` /
 *   `ints`) are `number`; the decoder refuses values outside ±(2^53 − 1) rather than round them.
 * - Tensor payloads are `rawData` (little-endian, fixed width, the usual exporter choice),
 *   `int32Data` (for int8/uint8/int32 elements, one element per entry) or `int64Data` (bigint).
 *   Exactly one of them is set on an initializer with elements.
 * - Strings are JS strings (UTF-8 on the wire; invalid UTF-8 is refused).
 * - Optional proto fields absent on the wire are `""` / `0` / `[]` here, except the few where
 *   presence matters (`OnnxAttribute` value fields, `OnnxValueInfo.type`, `OnnxTensorType.shape`).
 */

/** TensorProto.DataType (onnx.proto numbering). */
export const DataType = {
  UNDEFINED: 0,
  FLOAT: 1,
  UINT8: 2,
  INT8: 3,
  UINT16: 4,
  INT16: 5,
  INT32: 6,
  INT64: 7,
  STRING: 8,
  BOOL: 9,
  FLOAT16: 10,
  DOUBLE: 11,
  UINT32: 12,
  UINT64: 13,
  COMPLEX64: 14,
  COMPLEX128: 15,
  BFLOAT16: 16,
} as const;

/** AttributeProto.AttributeType (onnx.proto numbering). */
export const AttributeType = {
  UNDEFINED: 0,
  FLOAT: 1,
  INT: 2,
  STRING: 3,
  TENSOR: 4,
  GRAPH: 5,
  FLOATS: 6,
  INTS: 7,
  STRINGS: 8,
  TENSORS: 9,
  GRAPHS: 10,
  SPARSE_TENSOR: 11,
  SPARSE_TENSORS: 12,
} as const;

/** Name of a TensorProto.DataType number, for error messages. */
export function dataTypeName(t: number): string {
  for (const [name, v] of Object.entries(DataType)) if (v === t) return name;
  return `data type ${t}`;
}

export interface OnnxModel {
  irVersion: number;
  opsetImport: OnnxOpset[];
  producerName: string;
  producerVersion: string;
  graph: OnnxGraph;
  metadataProps: OnnxMetadataEntry[];
}

/** OperatorSetIdProto; domain "" (or "ai.onnx") is the standard operator set. */
export interface OnnxOpset {
  domain: string;
  version: number;
}

export interface OnnxMetadataEntry {
  key: string;
  value: string;
}

export interface OnnxGraph {
  name: string;
  /** In topological order (onnx.proto requires it; the validator checks it). */
  nodes: OnnxNode[];
  initializers: OnnxTensor[];
  inputs: OnnxValueInfo[];
  outputs: OnnxValueInfo[];
  valueInfo: OnnxValueInfo[];
}

export interface OnnxNode {
  /** Value names; "" is an omitted optional input. */
  inputs: string[];
  outputs: string[];
  name: string;
  opType: string;
  /** "" (or "ai.onnx") for the standard operator set. */
  domain: string;
  attributes: OnnxAttribute[];
}

/** AttributeProto: `type` says which one value field is set. */
export interface OnnxAttribute {
  name: string;
  type: number;
  /** float (decoded only so the validator can name and refuse it). */
  f?: number;
  i?: number;
  s?: Uint8Array;
  t?: OnnxTensor;
  floats?: number[];
  ints?: number[];
  strings?: Uint8Array[];
}

export interface OnnxTensor {
  name: string;
  dataType: number;
  dims: number[];
  rawData?: Uint8Array;
  int32Data?: number[];
  int64Data?: bigint[];
}

export interface OnnxValueInfo {
  name: string;
  /** TypeProto.tensor_type; absent when the producer gave no type. */
  type?: OnnxTensorType;
}

export interface OnnxTensorType {
  elemType: number;
  /** Absent: unknown rank. A dimension is a `number` (dim_value), a `string` (dim_param) or `null` (neither). */
  shape?: (number | string | null)[];
}

/** The metadata keys of the "tributary-mlp-v1" convention. */
export const META = {
  format: "tributary.format",
  tokenizer: "tributary.tokenizer",
  window: "tributary.window",
  logitScale: "tributary.logit_scale",
} as const;

export const FORMAT_MLP_V1 = "tributary-mlp-v1";
export const INPUT_NAME = "input_ids";
export const OUTPUT_NAME = "logits";
