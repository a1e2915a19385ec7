import { checkHeader, checkIo } from "./conventions.ts";
import { type GraphLocation, OnnxValidationError } from "./errors.ts";
import { ALLOWED_OPS, opSpec } from "./ops.ts";
import type { Kernel, NodeCheck, OpSpec, ValueFacts } from "./opTypes.ts";
import { ALLOWED_TYPES, DATA_TYPES, elementSize, fmtShape, type IntArray, MAX_VALUE_ELEMENTS, minMax, product, tensorData } from "./tensor.ts";

export { MAX_VALUE_ELEMENTS };
import { AttributeType, DataType, dataTypeName, FORMAT_MLP_V1, INPUT_NAME, type OnnxModel, type OnnxNode, OUTPUT_NAME } from "./types.ts";

/**
 * The graph validator. It accepts any graph of allow-listed integer ops that follows the
 * tributary-mlp-v1 input/output convention and whose static range analysis proves that no
 * intermediate leaves its integer type for input ids in [0, V). The same walk compiles the graph
 * into the interpreter's plan, so what is validated is exactly what the interpreter runs.
 */

export interface GraphInfo {
  /** Metadata tributary.format (always "tributary-mlp-v1" today). */
  format: string;
  /** V: logits per step, the tokenizer's vocabulary size. */
  vocab: number;
  /** W: token ids per step. */
  window: number;
  /** S: logits / S ≈ nats (sampling temperature unit). */
  logitScale: bigint;
  /** The tokenizer definition from metadata (parsed by modules/inference/tokenizer.ts). */
  tokenizerJson: string;
  /** Σ M·K·N over MatMulInteger nodes: multiply-accumulates per forward pass (for gas). */
  macsPerToken: bigint;
  /** Σ output elements over all nodes: the elementwise work per forward pass (for gas). */
  elementsPerToken: bigint;
  /** Σ initializer bytes. */
  paramsBytes: number;
  nodeCount: number;
}

export type ModelGraphInfo = GraphInfo;

/** One node of the plan: slots are indices into the interpreter's value table. */
export interface Step {
  kernel: Kernel;
  inputs: readonly number[];
  output: number;
}

export interface CompiledModel {
  readonly info: GraphInfo;
  readonly steps: readonly Step[];
  /** Initial value table: initializers filled in, everything else undefined. */
  readonly constants: readonly (IntArray | undefined)[];
  readonly inputSlot: number;
  readonly outputSlot: number;
}

export const MAX_NODES = 4096;
/** Slot index standing for an omitted optional input (""). */
const ABSENT = -1;

const graphFail = (problem: string, hint?: string): never => {
  throw new OnnxValidationError({}, problem, hint ? { hint } : {});
};

/** Validates the model and returns what the chain records about it. PERF: O(params + graph). */
export function validateGraph(model: OnnxModel): GraphInfo {
  return compileModel(model).info;
}

export function compileModel(model: OnnxModel): CompiledModel {
  const header = checkHeader(model);
  const vocab = checkIo(model, header.window);
  const g = model.graph;
  if (g.nodes.length > MAX_NODES) graphFail(`the graph has ${g.nodes.length} nodes; at most ${MAX_NODES}`);

  const slotOf = new Map<string, number>();
  const facts: ValueFacts[] = [];
  const constants: (IntArray | undefined)[] = [];
  const define = (name: string, f: ValueFacts) => {
    slotOf.set(name, facts.length);
    facts.push(f);
    constants.push(f.data);
    return facts.length - 1;
  };

  const inputSlot = define(INPUT_NAME, { dtype: DataType.INT32, shape: [1, header.window], lo: 0n, hi: BigInt(vocab - 1) });
  let paramsBytes = 0;
  for (const t of g.initializers) {
    const what = `initializer ${JSON.stringify(t.name)}`;
    if (!t.name) graphFail("an initializer has no name");
    if (slotOf.has(t.name)) graphFail(`${what} is defined twice (or shadows the input)`);
    if (!ALLOWED_TYPES.includes(t.dataType)) {
      graphFail(`${what} is ${dataTypeName(t.dataType)}: only INT8, UINT8, INT32 (and INT64 shapes) are allowed, no float tensors`, "quantise weights to int8 and biases to int32");
    }
    if (t.dims.some((d) => d < 0)) graphFail(`${what} has negative dims ${fmtShape(t.dims)}`);
    if (product(t.dims) > MAX_VALUE_ELEMENTS) graphFail(`${what} has ${product(t.dims)} elements; at most ${MAX_VALUE_ELEMENTS}`);
    let data: IntArray;
    try {
      data = tensorData(t);
    } catch (e) {
      return graphFail(`${what} ${(e as Error).message}`);
    }
    const [lo, hi] = minMax(data);
    paramsBytes += data.length * elementSize(t.dataType);
    define(t.name, { dtype: t.dataType, shape: [...t.dims], lo, hi, data });
  }

  // Names produced by nodes, with the producing node: tells "out of order" from "unknown".
  const producer = new Map<string, number>();
  g.nodes.forEach((n, i) => n.outputs.forEach((o) => producer.has(o) || producer.set(o, i)));

  const steps: Step[] = [];
  let macsPerToken = 0;
  let elementsPerToken = 0;
  g.nodes.forEach((node, index) => {
    const loc: GraphLocation = { nodeIndex: index, nodeName: node.name, opType: node.opType };
    const fail = (problem: string, hint?: string): never => {
      throw new OnnxValidationError(loc, problem, hint ? { hint } : {});
    };
    if (node.domain !== "" && node.domain !== "ai.onnx") fail(`domain ${JSON.stringify(node.domain)} is not allowed`, "use ops of the standard ai.onnx domain");
    const spec = opSpec(node.opType);
    if (!spec) fail(`op ${node.opType} is not allowed; allowed: ${ALLOWED_OPS.join(", ")}`);
    checkArity(node, spec as OpSpec, fail);
    checkAttributes(node, spec as OpSpec, fail);

    const inputSlots = node.inputs.map((name, i) => {
      if (name === "") {
        if (node.opType !== "Clip" || i === 0) fail(`input ${i} is empty; only Clip's min and max may be omitted`);
        return ABSENT;
      }
      const slot = slotOf.get(name);
      if (slot !== undefined) return slot;
      const later = producer.get(name);
      if (later !== undefined) {
        return fail(
          later === index ? `input ${JSON.stringify(name)} is its own output (a cycle)` : `input ${JSON.stringify(name)} is produced only later, by node ${later} (out of topological order, or a cycle)`,
          "nodes must be listed so that every input is defined before it is used",
        );
      }
      return fail(`input ${JSON.stringify(name)} is not defined (not the graph input, an initializer, or an earlier node's output)`);
    });

    const check: NodeCheck = {
      node,
      index,
      inputs: inputSlots.map((s) => (s === ABSENT ? undefined : facts[s])),
      fail,
      attrInt(name, dflt) {
        const a = node.attributes.find((x) => x.name === name);
        if (!a) return dflt === undefined ? fail(`attribute ${name} is required`) : dflt;
        if (a.i === undefined) return fail(`attribute ${name} has no integer value`);
        return a.i;
      },
      input(i) {
        const slot = inputSlots[i];
        const f = slot !== undefined && slot !== ABSENT ? facts[slot] : undefined;
        return f ?? fail(`input ${i} is missing`);
      },
    };
    const { out, kernel, macs } = (spec as OpSpec).analyse(check);
    const n = product(out.shape);
    if (n > MAX_VALUE_ELEMENTS) fail(`the output has ${n} elements; at most ${MAX_VALUE_ELEMENTS}`);
    // checkArity: exactly one named output.
    const outName = node.outputs[0]!;
    if (slotOf.has(outName)) fail(`output ${JSON.stringify(outName)} is already defined`, "every value must be assigned once");
    const output = define(outName, { ...out, data: undefined });
    steps.push({ kernel, inputs: inputSlots, output });
    macsPerToken += macs ?? 0;
    elementsPerToken += n;
  });

  const outputSlot = slotOf.get(OUTPUT_NAME);
  if (outputSlot === undefined || outputSlot < inputSlot + 1 + g.initializers.length) {
    graphFail(`output "${OUTPUT_NAME}" is not computed by any node`);
  }
  const logits = facts[outputSlot as number]!;
  if (logits.dtype !== DataType.INT32 || logits.shape.length !== 2 || logits.shape[0] !== 1 || logits.shape[1] !== vocab) {
    graphFail(`output "${OUTPUT_NAME}" is computed as ${dataTypeName(logits.dtype)} ${fmtShape(logits.shape)}, declared INT32 [1, ${vocab}]`);
  }
  checkValueInfo(model, slotOf, facts);

  return {
    info: {
      format: FORMAT_MLP_V1,
      vocab,
      window: header.window,
      logitScale: BigInt(header.logitScale),
      tokenizerJson: header.tokenizerJson,
      macsPerToken: BigInt(macsPerToken),
      elementsPerToken: BigInt(elementsPerToken),
      paramsBytes,
      nodeCount: g.nodes.length,
    },
    steps,
    constants,
    inputSlot,
    outputSlot: outputSlot as number,
  };
}

function checkArity(node: OnnxNode, spec: OpSpec, fail: (p: string, h?: string) => never): void {
  const n = node.inputs.length;
  if (n < spec.minInputs || n > spec.maxInputs) {
    fail(`has ${n} inputs; ${node.opType} takes ${spec.minInputs === spec.maxInputs ? spec.minInputs : `${spec.minInputs} to ${spec.maxInputs}`}`);
  }
  if (node.outputs.length !== 1 || node.outputs[0] === "") fail(`has ${node.outputs.length} outputs; exactly one named output is allowed`);
}

function checkAttributes(node: OnnxNode, spec: OpSpec, fail: (p: string, h?: string) => never): void {
  const seen = new Set<string>();
  for (const a of node.attributes) {
    if (seen.has(a.name)) fail(`attribute ${a.name} appears twice`);
    seen.add(a.name);
    if (a.type === AttributeType.FLOAT || a.type === AttributeType.FLOATS || a.f !== undefined || a.floats !== undefined) fail(`attribute ${a.name} is a float: no floats anywhere in the graph`);
    const want = spec.attributes[a.name];
    if (want === undefined) fail(`attribute ${a.name} is not allowed on ${node.opType}${Object.keys(spec.attributes).length ? ` (allowed: ${Object.keys(spec.attributes).join(", ")})` : ""}`);
    if (a.type !== want || (want === AttributeType.INT && a.i === undefined)) fail(`attribute ${a.name} must be of type INT`);
    if (a.t !== undefined || a.s !== undefined || a.strings !== undefined || (want === AttributeType.INT && a.ints !== undefined)) fail(`attribute ${a.name} carries more than one value`);
  }
}

/** value_info may restate types (onnxruntime trusts them): they must be integer and agree. */
function checkValueInfo(model: OnnxModel, slotOf: Map<string, number>, facts: ValueFacts[]): void {
  for (const v of model.graph.valueInfo) {
    const what = `value_info ${JSON.stringify(v.name)}`;
    if (!v.type) continue;
    if (!DATA_TYPES.includes(v.type.elemType) && v.type.elemType !== DataType.INT64) graphFail(`${what} is ${dataTypeName(v.type.elemType)}: no float tensors`);
    const slot = slotOf.get(v.name);
    if (slot === undefined) graphFail(`${what} names no value of the graph`);
    const f = facts[slot as number]!;
    if (v.type.elemType !== f.dtype) graphFail(`${what} says ${dataTypeName(v.type.elemType)}, the value is ${dataTypeName(f.dtype)}`);
    const shape = v.type.shape;
    if (shape && (shape.length !== f.shape.length || shape.some((d, i) => typeof d === "number" && d !== f.shape[i]))) {
      graphFail(`${what} says shape ${fmtShape(shape)}, the value has ${fmtShape(f.shape)}`);
    }
  }
}
