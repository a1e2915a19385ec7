import { WIRE_I32, WIRE_LEN, WIRE_VARINT, WireReader, WireWriter } from "./wire.ts";
import {
  AttributeType,
  type OnnxAttribute,
  type OnnxGraph,
  type OnnxMetadataEntry,
  type OnnxModel,
  type OnnxNode,
  type OnnxOpset,
  type OnnxTensor,
  type OnnxTensorType,
  type OnnxValueInfo,
} from "./types.ts";

/**
 * ModelProto codec for the subset of onnx.proto in types.ts, with the official field numbers
 * (onnx/onnx.proto, IR version 8):
 *
 *   ModelProto        1 ir_version · 2 producer_name · 3 producer_version · 7 graph ·
 *                     8 opset_import · 14 metadata_props
 *   GraphProto        1 node · 2 name · 5 initializer · 11 input · 12 output · 13 value_info
 *   NodeProto         1 input · 2 output · 3 name · 4 op_type · 5 attribute · 7 domain
 *   AttributeProto    1 name · 2 f · 3 i · 4 s · 5 t · 7 floats · 8 ints · 9 strings · 20 type
 *   TensorProto       1 dims · 2 data_type · 5 int32_data · 7 int64_data · 8 name · 9 raw_data
 *   ValueInfoProto    1 name · 2 type;  TypeProto 1 tensor_type;  TypeProto.Tensor 1 elem_type · 2 shape
 *   TensorShapeProto  1 dim;  Dimension 1 dim_value · 2 dim_param
 *   OperatorSetIdProto 1 domain · 2 version;  StringStringEntryProto 1 key · 2 value
 *
 * Decoding is strict, because the chain validates what it decodes but onnxruntime executes
 * the original bytes: a field onnxruntime would act on and we would not see (sparse or external
 * tensors, subgraphs, functions, training info, a repeated singular field) is refused, not
 * skipped. Only documentation-like fields (doc_string, model domain/version, denotations) are
 * skipped. Encoding writes fields in field-number order as protoc does.
 */

type FieldHandler = (r: WireReader, wire: number) => void;

/** Reads a message: known fields go to their handler; singular fields may appear once. */
function readMessage(
  r: WireReader,
  handlers: Record<number, FieldHandler>,
  opts: { repeated?: readonly number[]; ignored?: readonly number[]; refused?: Record<number, string> },
): void {
  const seen = new Set<number>();
  while (!r.done()) {
    const at = r.pos;
    const { field, wire } = r.tag();
    const handler = handlers[field];
    if (handler) {
      if (!opts.repeated?.includes(field)) {
        if (seen.has(field)) {
          r.pos = at;
          r.fail(`field ${field} appears twice`, "a canonical protobuf encoder writes a singular field once");
        }
        seen.add(field);
      }
      handler(r, wire);
    } else if (opts.ignored?.includes(field)) {
      r.skip(wire);
    } else {
      r.pos = at;
      const why = opts.refused?.[field];
      r.fail(why ?? `unsupported field ${field}`, why ? undefined : "Tributary accepts a subset of onnx.proto: see modules/inference/onnx/README.md");
    }
  }
}

function expectWire(r: WireReader, wire: number, want: number, what: string): void {
  if (wire !== want) r.fail(`${what} has wire type ${wire}, expected ${want}`);
}

/** A repeated scalar field, accepted packed (wire 2) or one element per tag. */
function readRepeated<T>(r: WireReader, wire: number, elemWire: number, what: string, read: (r: WireReader) => T, into: T[]): void {
  if (wire === WIRE_LEN) {
    const sub = r.sub(`${r.path}.${what}`);
    while (!sub.done()) into.push(read(sub));
  } else {
    expectWire(r, wire, elemWire, what);
    into.push(read(r));
  }
}

/** Decodes an artifact (tensor payloads are views into `bytes`). PERF: O(bytes). */
export function decodeModel(bytes: Uint8Array): OnnxModel {
  const r = new WireReader(bytes, 0, bytes.length, "ModelProto");
  const m: OnnxModel = { irVersion: 0, opsetImport: [], producerName: "", producerVersion: "", graph: emptyGraph(), metadataProps: [] };
  let hasGraph = false;
  readMessage(
    r,
    {
      1: (r, w) => (expectWire(r, w, WIRE_VARINT, "ir_version"), (m.irVersion = r.int64Safe("ir_version"))),
      2: (r, w) => (expectWire(r, w, WIRE_LEN, "producer_name"), (m.producerName = r.string("producer_name"))),
      3: (r, w) => (expectWire(r, w, WIRE_LEN, "producer_version"), (m.producerVersion = r.string("producer_version"))),
      7: (r, w) => (expectWire(r, w, WIRE_LEN, "graph"), (m.graph = decodeGraph(r.sub("ModelProto.graph"))), (hasGraph = true)),
      8: (r, w) => (expectWire(r, w, WIRE_LEN, "opset_import"), m.opsetImport.push(decodeOpset(r.sub(`ModelProto.opset_import[${m.opsetImport.length}]`)))),
      14: (r, w) => (expectWire(r, w, WIRE_LEN, "metadata_props"), m.metadataProps.push(decodeEntry(r.sub(`ModelProto.metadata_props[${m.metadataProps.length}]`)))),
    },
    {
      repeated: [8, 14],
      ignored: [4, 5, 6],
      refused: { 20: "training_info is not supported", 25: "model-local functions are not supported", 30: "global_mutable_initializer_name is not supported" },
    },
  );
  if (!hasGraph) r.fail("no graph", "ModelProto field 7 (graph) is required");
  return m;
}

function emptyGraph(): OnnxGraph {
  return { name: "", nodes: [], initializers: [], inputs: [], outputs: [], valueInfo: [] };
}

function decodeGraph(r: WireReader): OnnxGraph {
  const g = emptyGraph();
  const p = r.path;
  readMessage(
    r,
    {
      1: (r, w) => (expectWire(r, w, WIRE_LEN, "node"), g.nodes.push(decodeNode(r.sub(`${p}.node[${g.nodes.length}]`)))),
      2: (r, w) => (expectWire(r, w, WIRE_LEN, "name"), (g.name = r.string("name"))),
      5: (r, w) => (expectWire(r, w, WIRE_LEN, "initializer"), g.initializers.push(decodeTensor(r.sub(`${p}.initializer[${g.initializers.length}]`)))),
      11: (r, w) => (expectWire(r, w, WIRE_LEN, "input"), g.inputs.push(decodeValueInfo(r.sub(`${p}.input[${g.inputs.length}]`)))),
      12: (r, w) => (expectWire(r, w, WIRE_LEN, "output"), g.outputs.push(decodeValueInfo(r.sub(`${p}.output[${g.outputs.length}]`)))),
      13: (r, w) => (expectWire(r, w, WIRE_LEN, "value_info"), g.valueInfo.push(decodeValueInfo(r.sub(`${p}.value_info[${g.valueInfo.length}]`)))),
    },
    {
      repeated: [1, 5, 11, 12, 13],
      ignored: [10],
      refused: { 14: "quantization_annotation is not supported", 15: "sparse initializers are not supported", 16: "graph metadata_props is not supported" },
    },
  );
  return g;
}

function decodeNode(r: WireReader): OnnxNode {
  const n: OnnxNode = { inputs: [], outputs: [], name: "", opType: "", domain: "", attributes: [] };
  readMessage(
    r,
    {
      1: (r, w) => (expectWire(r, w, WIRE_LEN, "input"), n.inputs.push(r.string("input"))),
      2: (r, w) => (expectWire(r, w, WIRE_LEN, "output"), n.outputs.push(r.string("output"))),
      3: (r, w) => (expectWire(r, w, WIRE_LEN, "name"), (n.name = r.string("name"))),
      4: (r, w) => (expectWire(r, w, WIRE_LEN, "op_type"), (n.opType = r.string("op_type"))),
      5: (r, w) => (expectWire(r, w, WIRE_LEN, "attribute"), n.attributes.push(decodeAttribute(r.sub(`${r.path}.attribute[${n.attributes.length}]`)))),
      7: (r, w) => (expectWire(r, w, WIRE_LEN, "domain"), (n.domain = r.string("domain"))),
    },
    { repeated: [1, 2, 5], ignored: [6], refused: { 8: "node overload is not supported", 9: "node metadata_props is not supported" } },
  );
  return n;
}

function decodeAttribute(r: WireReader): OnnxAttribute {
  const a: OnnxAttribute = { name: "", type: AttributeType.UNDEFINED };
  const ints: number[] = [];
  const floats: number[] = [];
  const strings: Uint8Array[] = [];
  readMessage(
    r,
    {
      1: (r, w) => (expectWire(r, w, WIRE_LEN, "name"), (a.name = r.string("name"))),
      2: (r, w) => (expectWire(r, w, WIRE_I32, "f"), (a.f = r.float32())),
      3: (r, w) => (expectWire(r, w, WIRE_VARINT, "i"), (a.i = r.int64Safe("attribute i"))),
      4: (r, w) => (expectWire(r, w, WIRE_LEN, "s"), (a.s = r.bytes())),
      5: (r, w) => (expectWire(r, w, WIRE_LEN, "t"), (a.t = decodeTensor(r.sub(`${r.path}.t`)))),
      7: (r, w) => readRepeated(r, w, WIRE_I32, "floats", (s) => s.float32(), floats),
      8: (r, w) => readRepeated(r, w, WIRE_VARINT, "ints", (s) => s.int64Safe("attribute ints element"), ints),
      9: (r, w) => (expectWire(r, w, WIRE_LEN, "strings"), strings.push(r.bytes())),
      20: (r, w) => (expectWire(r, w, WIRE_VARINT, "type"), (a.type = r.int32("attribute type"))),
    },
    {
      repeated: [7, 8, 9],
      ignored: [13],
      refused: {
        6: "graph attributes (subgraphs) are not supported",
        10: "tensor-list attributes are not supported",
        11: "graph attributes (subgraphs) are not supported",
        21: "ref_attr_name is only valid inside functions",
        22: "sparse tensor attributes are not supported",
        23: "sparse tensor attributes are not supported",
      },
    },
  );
  if (ints.length > 0 || a.type === AttributeType.INTS) a.ints = ints;
  if (floats.length > 0 || a.type === AttributeType.FLOATS) a.floats = floats;
  if (strings.length > 0 || a.type === AttributeType.STRINGS) a.strings = strings;
  return a;
}

function decodeTensor(r: WireReader): OnnxTensor {
  const t: OnnxTensor = { name: "", dataType: 0, dims: [] };
  const int32: number[] = [];
  const int64: bigint[] = [];
  readMessage(
    r,
    {
      1: (r, w) => readRepeated(r, w, WIRE_VARINT, "dims", (s) => s.int64Safe("dim"), t.dims),
      2: (r, w) => (expectWire(r, w, WIRE_VARINT, "data_type"), (t.dataType = r.int32("data_type"))),
      5: (r, w) => readRepeated(r, w, WIRE_VARINT, "int32_data", (s) => s.int32("int32_data element"), int32),
      7: (r, w) => readRepeated(r, w, WIRE_VARINT, "int64_data", (s) => s.int64(), int64),
      8: (r, w) => (expectWire(r, w, WIRE_LEN, "name"), (t.name = r.string("name"))),
      9: (r, w) => (expectWire(r, w, WIRE_LEN, "raw_data"), (t.rawData = r.bytes())),
      14: (r, w) => {
        expectWire(r, w, WIRE_VARINT, "data_location");
        if (r.int32("data_location") !== 0) r.fail("external tensor data is not supported", "embed the tensor in the model file");
      },
    },
    {
      repeated: [1, 5, 7],
      ignored: [12],
      refused: {
        3: "segmented tensors are not supported",
        4: "float_data: float tensors are not supported",
        6: "string tensors are not supported",
        10: "double_data: float tensors are not supported",
        11: "uint64_data is not supported",
        13: "external tensor data is not supported",
      },
    },
  );
  if (int32.length > 0) t.int32Data = int32;
  if (int64.length > 0) t.int64Data = int64;
  return t;
}

function decodeValueInfo(r: WireReader): OnnxValueInfo {
  const v: OnnxValueInfo = { name: "" };
  readMessage(
    r,
    {
      1: (r, w) => (expectWire(r, w, WIRE_LEN, "name"), (v.name = r.string("name"))),
      2: (r, w) => (expectWire(r, w, WIRE_LEN, "type"), (v.type = decodeTypeProto(r.sub(`${r.path}.type`)))),
    },
    { ignored: [3], refused: { 4: "value_info metadata_props is not supported" } },
  );
  return v;
}

function decodeTypeProto(r: WireReader): OnnxTensorType {
  let t: OnnxTensorType | undefined;
  readMessage(
    r,
    { 1: (r, w) => (expectWire(r, w, WIRE_LEN, "tensor_type"), (t = decodeTensorType(r.sub(`${r.path}.tensor_type`)))) },
    {
      ignored: [6],
      refused: { 4: "sequence types are not supported", 5: "map types are not supported", 8: "sparse tensor types are not supported", 9: "optional types are not supported" },
    },
  );
  if (!t) return r.fail("type is not a tensor type");
  return t;
}

function decodeTensorType(r: WireReader): OnnxTensorType {
  const t: OnnxTensorType = { elemType: 0 };
  readMessage(
    r,
    {
      1: (r, w) => (expectWire(r, w, WIRE_VARINT, "elem_type"), (t.elemType = r.int32("elem_type"))),
      2: (r, w) => (expectWire(r, w, WIRE_LEN, "shape"), (t.shape = decodeShape(r.sub(`${r.path}.shape`)))),
    },
    {},
  );
  return t;
}

function decodeShape(r: WireReader): (number | string | null)[] {
  const dims: (number | string | null)[] = [];
  readMessage(r, { 1: (r, w) => (expectWire(r, w, WIRE_LEN, "dim"), dims.push(decodeDim(r.sub(`${r.path}.dim[${dims.length}]`)))) }, { repeated: [1] });
  return dims;
}

function decodeDim(r: WireReader): number | string | null {
  let d: number | string | null = null;
  readMessage(
    r,
    {
      1: (r, w) => (expectWire(r, w, WIRE_VARINT, "dim_value"), (d = r.int64Safe("dim_value"))),
      2: (r, w) => (expectWire(r, w, WIRE_LEN, "dim_param"), (d = r.string("dim_param"))),
    },
    { ignored: [3] },
  );
  return d;
}

function decodeOpset(r: WireReader): OnnxOpset {
  const o: OnnxOpset = { domain: "", version: 0 };
  readMessage(
    r,
    {
      1: (r, w) => (expectWire(r, w, WIRE_LEN, "domain"), (o.domain = r.string("domain"))),
      2: (r, w) => (expectWire(r, w, WIRE_VARINT, "version"), (o.version = r.int64Safe("opset version"))),
    },
    {},
  );
  return o;
}

function decodeEntry(r: WireReader): OnnxMetadataEntry {
  const e: OnnxMetadataEntry = { key: "", value: "" };
  readMessage(
    r,
    {
      1: (r, w) => (expectWire(r, w, WIRE_LEN, "key"), (e.key = r.string("key"))),
      2: (r, w) => (expectWire(r, w, WIRE_LEN, "value"), (e.value = r.string("value"))),
    },
    {},
  );
  return e;
}

// ---------------------------------------------------------------------------------------------
// Encoding

/** Encodes a model canonically (fields in number order, as protoc). PERF: O(bytes · nesting depth) copying. */
export function encodeModel(m: OnnxModel): Uint8Array {
  const w = new WireWriter();
  w.intField(1, m.irVersion);
  if (m.producerName) w.stringField(2, m.producerName);
  if (m.producerVersion) w.stringField(3, m.producerVersion);
  w.message(7, (g) => encodeGraph(g, m.graph));
  for (const o of m.opsetImport) {
    w.message(8, (s) => {
      if (o.domain) s.stringField(1, o.domain);
      s.intField(2, o.version);
    });
  }
  for (const e of m.metadataProps) w.message(14, (s) => s.stringField(1, e.key).stringField(2, e.value));
  return w.finish();
}

function encodeGraph(w: WireWriter, g: OnnxGraph): void {
  for (const n of g.nodes) w.message(1, (s) => encodeNode(s, n));
  if (g.name) w.stringField(2, g.name);
  for (const t of g.initializers) w.message(5, (s) => encodeTensor(s, t));
  for (const v of g.inputs) w.message(11, (s) => encodeValueInfo(s, v));
  for (const v of g.outputs) w.message(12, (s) => encodeValueInfo(s, v));
  for (const v of g.valueInfo) w.message(13, (s) => encodeValueInfo(s, v));
}

function encodeNode(w: WireWriter, n: OnnxNode): void {
  for (const i of n.inputs) w.stringField(1, i);
  for (const o of n.outputs) w.stringField(2, o);
  if (n.name) w.stringField(3, n.name);
  w.stringField(4, n.opType);
  for (const a of n.attributes) w.message(5, (s) => encodeAttribute(s, a));
  if (n.domain) w.stringField(7, n.domain);
}

function encodeAttribute(w: WireWriter, a: OnnxAttribute): void {
  w.stringField(1, a.name);
  if (a.f !== undefined) w.floatField(2, a.f);
  if (a.i !== undefined) w.intField(3, a.i);
  if (a.s !== undefined) w.bytesField(4, a.s);
  if (a.t !== undefined) w.message(5, (s) => encodeTensor(s, a.t as OnnxTensor));
  for (const f of a.floats ?? []) w.floatField(7, f);
  for (const i of a.ints ?? []) w.intField(8, i);
  for (const s of a.strings ?? []) w.bytesField(9, s);
  w.intField(20, a.type);
}

function encodeTensor(w: WireWriter, t: OnnxTensor): void {
  for (const d of t.dims) w.intField(1, d);
  w.intField(2, t.dataType);
  if (t.int32Data) w.packedVarints(5, t.int32Data);
  if (t.int64Data) w.packedVarints(7, t.int64Data);
  if (t.name) w.stringField(8, t.name);
  if (t.rawData) w.bytesField(9, t.rawData);
}

function encodeValueInfo(w: WireWriter, v: OnnxValueInfo): void {
  w.stringField(1, v.name);
  const type = v.type;
  if (!type) return;
  w.message(2, (tp) =>
    tp.message(1, (tt) => {
      tt.intField(1, type.elemType);
      if (type.shape) {
        const shape = type.shape;
        tt.message(2, (sh) => {
          for (const d of shape) {
            sh.message(1, (dim) => {
              if (typeof d === "number") dim.intField(1, d);
              else if (typeof d === "string") dim.stringField(2, d);
            });
          }
        });
      }
    }),
  );
}
