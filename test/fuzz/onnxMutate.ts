/**
 * Mutations of an ONNX model at the graph level (the decoded OnnxModel of
 * modules/inference/onnx/types.ts): ops, domains, node order and wiring, shapes, initializers
 * (data type, dims, raw data), attributes, opsets and the tributary.* metadata the chain
 * reads (tokenizer, window, logit scale, format).
 */
import { ALLOWED_OPS } from "../../modules/inference/onnx/ops.ts";
import { AttributeType, DataType, type OnnxModel, type OnnxTensor } from "../../modules/inference/onnx/types.ts";
import type { Rng } from "../support/rng.ts";

const OPS = [...ALLOWED_OPS, "Conv", "Loop", "If", "Scan", "MatMul", "Softmax", "Gemm", "Reshape", "Identity", "", "Custom"];
const DIMS = [0, 1, 2, -1, 3, 7, 255, 65_536, 2 ** 31 - 1, 2 ** 31, 2 ** 40, 2 ** 53];
const DATA_TYPES: number[] = [...Object.values(DataType), 0, 99];
const META_VALUES = ["", "0", "-1", "1", "4", "64", "4096", "1e9", "9007199254740993", "abc", "{", "{\"type\":\"bpe-bytes-v1\",\"merges\":[]}", "{\"type\":\"bpe-bytes-v1\",\"merges\":[[1,1]]}", "null"];

type ModelMutation = (m: OnnxModel, rng: Rng) => string;

const pickIndex = (n: number, rng: Rng) => (n === 0 ? -1 : rng.int(n));

function tensor(m: OnnxModel, rng: Rng): OnnxTensor | undefined {
  const i = pickIndex(m.graph.initializers.length, rng);
  return i < 0 ? undefined : m.graph.initializers[i];
}

const MUTATIONS: ModelMutation[] = [
  (m, rng) => {
    const n = m.graph.nodes[pickIndex(m.graph.nodes.length, rng)];
    if (!n) return "no node";
    const op = rng.pick(OPS);
    n.opType = op;
    return `node ${n.name} op=${op}`;
  },
  (m, rng) => {
    const n = m.graph.nodes[pickIndex(m.graph.nodes.length, rng)];
    if (!n) return "no node";
    n.domain = rng.pick(["com.microsoft", "ai.onnx.ml", "ai.onnx", "x"]);
    return `node ${n.name} domain=${n.domain}`;
  },
  (m, rng) => {
    const nodes = m.graph.nodes;
    const i = rng.int(nodes.length);
    const k = rng.int(3);
    if (k === 0) nodes.splice(i, 1);
    else if (k === 1) nodes.splice(i, 0, { ...nodes[i]! });
    else nodes.reverse();
    return ["node dropped", "node duplicated", "nodes reversed"][k]!;
  },
  (m, rng) => {
    const n = m.graph.nodes[pickIndex(m.graph.nodes.length, rng)];
    if (!n || n.inputs.length === 0) return "no input";
    const j = rng.int(n.inputs.length);
    const names = [...m.graph.nodes.flatMap((x) => x.outputs), ...m.graph.initializers.map((t) => t.name), "", "missing", n.outputs[0] ?? "x"];
    n.inputs[j] = rng.pick(names);
    if (rng.chance(20, 100)) n.inputs.push(rng.pick(names));
    return `node ${n.name} input ${j}=${n.inputs[j]}`;
  },
  (m, rng) => {
    const t = tensor(m, rng);
    if (!t) return "no initializer";
    const k = rng.int(4);
    if (k === 0) t.dims = t.dims.map(() => rng.pick(DIMS));
    else if (k === 1) t.dims = [...t.dims, rng.pick(DIMS)];
    else if (k === 2) t.dims = t.dims.slice(1);
    else t.dims[rng.int(Math.max(1, t.dims.length))] = rng.pick(DIMS);
    return `initializer ${t.name} dims=${JSON.stringify(t.dims)}`;
  },
  (m, rng) => {
    const t = tensor(m, rng);
    if (!t) return "no initializer";
    t.dataType = rng.pick(DATA_TYPES);
    return `initializer ${t.name} dataType=${t.dataType}`;
  },
  (m, rng) => {
    const t = tensor(m, rng);
    if (!t) return "no initializer";
    const raw = t.rawData ?? new Uint8Array(0);
    const k = rng.int(4);
    if (k === 0) t.rawData = raw.slice(0, rng.int(raw.length + 1));
    else if (k === 1) t.rawData = Uint8Array.from([...raw, ...rng.bytes(1 + rng.int(16))]);
    else if (k === 2) {
      t.rawData = undefined;
      t.int32Data = Array.from({ length: rng.int(8) }, () => rng.u32() | 0);
    } else {
      t.rawData = raw.map(() => rng.pick([0x7f, 0x80, 0xff, 0]));
    }
    return `initializer ${t.name} data variant ${k}`;
  },
  (m, rng) => {
    const t = tensor(m, rng);
    if (!t) return "no initializer";
    m.graph.initializers.push({ ...t, name: rng.chance(50, 100) ? t.name : "input_ids" });
    return `initializer ${t.name} duplicated`;
  },
  (m, rng) => {
    const n = m.graph.nodes.find((x) => x.attributes.length > 0) ?? m.graph.nodes[0];
    if (!n) return "no node";
    const k = rng.int(4);
    if (k === 0 || n.attributes.length === 0) n.attributes.push({ name: rng.pick(["axis", "perm", "to", "x"]), type: AttributeType.INT, i: rng.pick(DIMS) });
    else if (k === 1) n.attributes.pop();
    else if (k === 2) n.attributes[0] = { ...n.attributes[0]!, type: rng.pick(Object.values(AttributeType)), f: 0.5, ints: [rng.pick(DIMS)] };
    else n.attributes[0] = { ...n.attributes[0]!, i: rng.pick(DIMS) * (rng.chance(50, 100) ? -1 : 1), ints: Array.from({ length: rng.int(6) }, () => rng.pick(DIMS)) };
    return `node ${n.name} attribute variant ${k}`;
  },
  (m, rng) => {
    const v = rng.pick([...m.graph.inputs, ...m.graph.outputs]);
    if (!v) return "no value info";
    const k = rng.int(3);
    if (k === 0) v.type = undefined;
    else if (k === 1) v.type = { elemType: rng.pick(DATA_TYPES), shape: v.type?.shape };
    else v.type = { elemType: v.type?.elemType ?? DataType.INT64, shape: (v.type?.shape ?? [1]).map(() => rng.pick<number | string | null>([...DIMS, "batch", null])) };
    return `value ${v.name} type variant ${k}`;
  },
  (m, rng) => {
    const e = m.metadataProps[pickIndex(m.metadataProps.length, rng)];
    if (!e) return "no metadata";
    const k = rng.int(3);
    if (k === 0) e.value = rng.pick(META_VALUES);
    else if (k === 1) e.value = e.value.slice(0, rng.int(e.value.length + 1));
    else m.metadataProps.push({ ...e, value: rng.pick(META_VALUES) });
    return `metadata ${e.key} variant ${k}`;
  },
  (m, rng) => {
    const k = rng.int(3);
    if (k === 0) m.opsetImport = [{ domain: rng.pick(["", "ai.onnx", "com.microsoft"]), version: rng.pick([0, 1, 7, 13, 21, 99_999]) }];
    else if (k === 1) m.opsetImport = [];
    else m.irVersion = rng.pick([0, 1, 3, 9, 10, 99, 2 ** 31]);
    return `opset/ir variant ${k}`;
  },
  (m, rng) => {
    const k = rng.int(2);
    if (k === 0) m.graph.outputs = [];
    else m.graph.inputs.push({ name: "extra", type: { elemType: DataType.INT64, shape: [1, rng.pick(DIMS)] } });
    return `graph io variant ${k}`;
  },
];

/** 1–3 graph mutations of `m` (in place); returns their labels. */
export function mutateModel(m: OnnxModel, rng: Rng): string[] {
  const out: string[] = [];
  for (let i = 0, n = 1 + rng.int(3); i < n; i++) out.push(rng.pick(MUTATIONS)(m, rng));
  return out;
}
