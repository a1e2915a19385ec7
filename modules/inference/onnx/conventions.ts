import { OnnxValidationError } from "./errors.ts";
import { fmtShape } from "./tensor.ts";
import { DataType, dataTypeName, FORMAT_MLP_V1, INPUT_NAME, META, type OnnxModel, OUTPUT_NAME, type OnnxValueInfo } from "./types.ts";

/**
 * The model-level conventions of "tributary-mlp-v1": IR and opset versions, the metadata keys,
 * the single int32 [1, W] input "input_ids" and the single int32 [1, V] output "logits".
 */

export const OPSET_VERSION = 17;
export const MIN_IR_VERSION = 4;
export const MAX_IR_VERSION = 10;
export const MAX_WINDOW = 4096;
export const MAX_VOCAB = 1 << 20;
export const MAX_LOGIT_SCALE = 2 ** 31 - 1;

const fail = (problem: string, hint?: string): never => {
  throw new OnnxValidationError({}, problem, hint ? { hint } : {});
};

export interface Header {
  window: number;
  logitScale: number;
  tokenizerJson: string;
}

/** A decimal integer in [1, max] written canonically (no sign, no leading zero). */
function positiveDecimal(key: string, s: string, max: number): number {
  if (!/^[1-9][0-9]{0,15}$/.test(s) || Number(s) > max) fail(`metadata ${key} is ${JSON.stringify(s)}, expected a decimal integer in [1, ${max}]`);
  return Number(s);
}

export function checkHeader(m: OnnxModel): Header {
  if (m.irVersion < MIN_IR_VERSION || m.irVersion > MAX_IR_VERSION) fail(`ir_version ${m.irVersion} is not supported`, `use IR version ${MIN_IR_VERSION}..${MAX_IR_VERSION} (the factory writes 8)`);
  const [opset] = m.opsetImport;
  if (m.opsetImport.length !== 1 || opset === undefined || !["", "ai.onnx"].includes(opset.domain) || opset.version !== OPSET_VERSION) {
    const got = m.opsetImport.map((o) => `${o.domain || "ai.onnx"} v${o.version}`).join(", ") || "none";
    fail(`opset_import is ${got}`, `import exactly the ai.onnx domain at version ${OPSET_VERSION}`);
  }
  const meta = new Map<string, string>();
  for (const { key, value } of m.metadataProps) {
    if (meta.has(key)) fail(`metadata key ${JSON.stringify(key)} appears twice`);
    meta.set(key, value);
  }
  const get = (key: string): string => {
    const v = meta.get(key);
    if (v === undefined) return fail(`metadata ${key} is missing`, `metadata_props must carry ${Object.values(META).join(", ")}`);
    return v;
  };
  const format = get(META.format);
  if (format !== FORMAT_MLP_V1) fail(`metadata ${META.format} is ${JSON.stringify(format)}, expected ${JSON.stringify(FORMAT_MLP_V1)}`);
  const tokenizerJson = get(META.tokenizer);
  if (tokenizerJson.length === 0) fail(`metadata ${META.tokenizer} is empty`);
  return {
    window: positiveDecimal(META.window, get(META.window), MAX_WINDOW),
    logitScale: positiveDecimal(META.logitScale, get(META.logitScale), MAX_LOGIT_SCALE),
    tokenizerJson,
  };
}

function describeType(v: OnnxValueInfo): string {
  if (!v.type) return "untyped";
  return `${dataTypeName(v.type.elemType)} ${v.type.shape ? fmtShape(v.type.shape) : "of unknown shape"}`;
}

/** Checks the graph's input and output declarations; returns the vocabulary size V. */
export function checkIo(m: OnnxModel, window: number): number {
  const { inputs, outputs } = m.graph;
  const [input] = inputs;
  if (inputs.length !== 1 || input === undefined || input.name !== INPUT_NAME) {
    return fail(`graph inputs are ${JSON.stringify(inputs.map((i) => i.name))}`, `declare exactly one input "${INPUT_NAME}" (initializers must not be listed as inputs)`);
  }
  const inT = input.type;
  if (!inT || inT.elemType !== DataType.INT32 || !inT.shape || inT.shape.length !== 2 || inT.shape[0] !== 1 || inT.shape[1] !== window) {
    fail(`input "${INPUT_NAME}" is ${describeType(input)}, expected INT32 [1, ${window}] (the metadata window)`);
  }
  const [output] = outputs;
  if (outputs.length !== 1 || output === undefined || output.name !== OUTPUT_NAME) {
    return fail(`graph outputs are ${JSON.stringify(outputs.map((o) => o.name))}`, `declare exactly one output "${OUTPUT_NAME}"`);
  }
  const outT = output.type;
  const v = outT?.shape?.[1];
  if (!outT || outT.elemType !== DataType.INT32 || !outT.shape || outT.shape.length !== 2 || outT.shape[0] !== 1 || typeof v !== "number" || v < 3 || v > MAX_VOCAB) {
    fail(`output "${OUTPUT_NAME}" is ${describeType(output)}, expected INT32 [1, V] with V in [3, ${MAX_VOCAB}]`);
  }
  return v as number;
}
