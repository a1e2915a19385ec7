import { describe, expect, it } from "vitest";
import { decodeModel, encodeModel } from "./codec.ts";
import { OnnxDecodeError, OnnxValidationError } from "./errors.ts";
import { buildMlpFixture } from "../../../test/support/mlpFixture.ts";
import { Rng } from "../../../test/support/rng.ts";
import { AttributeType, DataType, META, type OnnxModel, type OnnxNode } from "./types.ts";
import { validateGraph } from "./validate.ts";

const V = 300;
const W = 4;
const E = 4;
const H = 8;

/** A fresh valid model to mutate (through the codec, so every test starts from decoded bytes). */
function base(): OnnxModel {
  return decodeModel(encodeModel(buildMlpFixture({ vocab: V, window: W, embed: E, hidden: H, seed: 3 })));
}

const nodeNamed = (m: OnnxModel, name: string): OnnxNode => {
  const n = m.graph.nodes.find((x) => x.name === name);
  if (!n) throw new Error(`no node ${name}`);
  return n;
};
const init = (m: OnnxModel, name: string) => {
  const t = m.graph.initializers.find((x) => x.name === name);
  if (!t) throw new Error(`no initializer ${name}`);
  return t;
};

function rejection(m: OnnxModel): OnnxValidationError {
  try {
    validateGraph(m);
  } catch (e) {
    expect(e).toBeInstanceOf(OnnxValidationError);
    return e as OnnxValidationError;
  }
  throw new Error("the model was accepted");
}

/** Expects a rejection naming node `index` "name" (op) and matching `pattern`. */
function expectNodeRejection(m: OnnxModel, index: number, pattern: RegExp): OnnxValidationError {
  const err = rejection(m);
  const n = m.graph.nodes[index]!;
  expect(err.location).toEqual({ nodeIndex: index, nodeName: n.name, opType: n.opType });
  expect(err.message.startsWith(`node ${index} ${JSON.stringify(n.name)} (${n.opType}): `)).toBe(true);
  expect(err.message).toMatch(pattern);
  return err;
}

function expectGraphRejection(m: OnnxModel, pattern: RegExp): OnnxValidationError {
  const err = rejection(m);
  expect(err.location).toEqual({});
  expect(err.message).toMatch(pattern);
  return err;
}

const i32 = (name: string, values: number[], dims: number[] = []) => ({ name, dataType: DataType.INT32, dims, int32Data: values });

describe("validateGraph", () => {
  it("accepts the mlp-v1 fixture and reports its sizes", () => {
    const info = validateGraph(base());
    expect(info).toMatchObject({ format: "tributary-mlp-v1", vocab: V, window: W, logitScale: 4096n, nodeCount: 11 });
    expect(info.macsPerToken).toBe(BigInt(W * E * H + H * V));
    // emb + w1 + w2 (int8), b1 + b2 + 5 scalars (int32), the two int64 shapes.
    expect(info.paramsBytes).toBe(V * E + W * E * H + H * V + 4 * (H + V + 5) + 32);
    expect(JSON.parse(info.tokenizerJson).merges).toHaveLength(V - 259);
  });

  describe("refuses floats anywhere", () => {
    it("a float initializer", () => {
      const m = base();
      const t = init(m, "w1");
      t.dataType = DataType.FLOAT;
      t.rawData = new Uint8Array(t.dims[0]! * t.dims[1]! * 4);
      const err = expectGraphRejection(m, /initializer "w1" is FLOAT: .*no float tensors/);
      expect(err.hint).toMatch(/quantise/);
    });
    it("a Cast to FLOAT", () => {
      const m = base();
      nodeNamed(m, "to_int8").attributes[0]!.i = DataType.FLOAT;
      expectNodeRejection(m, 7, /Cast to FLOAT is not allowed: no float tensors/);
    });
    it("a float attribute", () => {
      const m = base();
      nodeNamed(m, "embed").attributes.push({ name: "alpha", type: AttributeType.FLOAT, f: 0.5 });
      expectNodeRejection(m, 0, /attribute alpha is a float/);
    });
    it("a float value_info", () => {
      const m = base();
      m.graph.valueInfo.push({ name: "h_acc", type: { elemType: DataType.FLOAT, shape: [1, H] } });
      expectGraphRejection(m, /value_info "h_acc" is FLOAT: no float tensors/);
    });
  });

  describe("refuses ops off the allow-list", () => {
    for (const op of ["Relu", "MatMul", "Softmax"]) {
      it(op, () => {
        const m = base();
        nodeNamed(m, "relu").opType = op;
        nodeNamed(m, "relu").inputs = ["h_biased"];
        const err = expectNodeRejection(m, 4, new RegExp(`op ${op} is not allowed; allowed: Gather, MatMulInteger, Add`));
        expect(err.message).toContain('node 4 "relu" (' + op + ")");
      });
    }
    it("an op of another domain", () => {
      const m = base();
      nodeNamed(m, "fc1").domain = "com.microsoft";
      expectNodeRejection(m, 2, /domain "com.microsoft" is not allowed/);
    });
    it("MatMulInteger on uint8 × int8", () => {
      const m = base();
      init(m, "w1").dataType = DataType.UINT8;
      expectNodeRejection(m, 2, /input 0 "w1" is UINT8; MatMulInteger takes INT8 × INT8 only/);
    });
    it("MatMulInteger where both sides may hold -128", () => {
      const m = base();
      init(m, "w1").rawData![0] = 0x80;
      const err = expectNodeRejection(m, 2, /both inputs may hold -128/);
      expect(err.hint).toMatch(/\[-127, 127\]/);
    });
    it("MatMulInteger with zero points", () => {
      const m = base();
      nodeNamed(m, "fc1").inputs.push("q_min", "q_min");
      expectNodeRejection(m, 2, /has 4 inputs; MatMulInteger takes 2/);
    });
    it("an attribute the op does not take", () => {
      const m = base();
      nodeNamed(m, "fc1_bias").attributes.push({ name: "broadcast", type: AttributeType.INT, i: 1 });
      expectNodeRejection(m, 3, /attribute broadcast is not allowed on Add/);
    });
  });

  describe("refuses a wrong input or output", () => {
    it("input ids of type int64", () => {
      const m = base();
      m.graph.inputs[0]!.type = { elemType: DataType.INT64, shape: [1, W] };
      expectGraphRejection(m, /input "input_ids" is INT64 \[1, 4\], expected INT32 \[1, 4\]/);
    });
    it("input ids of the wrong shape", () => {
      const m = base();
      m.graph.inputs[0]!.type = { elemType: DataType.INT32, shape: [W] };
      expectGraphRejection(m, /input "input_ids" is INT32 \[4\], expected INT32 \[1, 4\]/);
    });
    it("a window that disagrees with the metadata", () => {
      const m = base();
      m.metadataProps.find((e) => e.key === META.window)!.value = "5";
      expectGraphRejection(m, /expected INT32 \[1, 5\] \(the metadata window\)/);
    });
    it("an initializer listed as a graph input", () => {
      const m = base();
      m.graph.inputs.push({ name: "emb", type: { elemType: DataType.INT8, shape: [V, E] } });
      expectGraphRejection(m, /graph inputs are \["input_ids","emb"\]/);
    });
    it("an output named otherwise", () => {
      const m = base();
      m.graph.outputs[0]!.name = "scores";
      expectGraphRejection(m, /graph outputs are \["scores"\]/);
    });
    it("int8 logits", () => {
      const m = base();
      m.graph.outputs[0]!.type = { elemType: DataType.INT8, shape: [1, V] };
      expectGraphRejection(m, /output "logits" is INT8 \[1, 300\], expected INT32 \[1, V\]/);
    });
    it("logits computed with another shape than declared", () => {
      const m = base();
      m.graph.outputs[0]!.type = { elemType: DataType.INT32, shape: [1, V - 1] };
      expectGraphRejection(m, /output "logits" is computed as INT32 \[1, 300\], declared INT32 \[1, 299\]/);
    });
    it("logits no node computes", () => {
      const m = base();
      nodeNamed(m, "to_row").outputs = ["l_row"];
      expectGraphRejection(m, /output "logits" is not computed by any node/);
    });
  });

  describe("refuses missing or malformed metadata", () => {
    for (const key of [META.format, META.tokenizer, META.window, META.logitScale]) {
      it(`missing ${key}`, () => {
        const m = base();
        m.metadataProps = m.metadataProps.filter((e) => e.key !== key);
        expectGraphRejection(m, new RegExp(`metadata ${key.replace(".", "\\.")} is missing`));
      });
    }
    it("another format", () => {
      const m = base();
      m.metadataProps.find((e) => e.key === META.format)!.value = "gpt2";
      expectGraphRejection(m, /metadata tributary.format is "gpt2", expected "tributary-mlp-v1"/);
    });
    it("a non-decimal logit scale", () => {
      const m = base();
      m.metadataProps.find((e) => e.key === META.logitScale)!.value = "1.5";
      expectGraphRejection(m, /metadata tributary.logit_scale is "1.5", expected a decimal integer/);
    });
    it("a duplicated key", () => {
      const m = base();
      m.metadataProps.push({ key: META.window, value: String(W) });
      expectGraphRejection(m, /metadata key "tributary.window" appears twice/);
    });
    it("another opset", () => {
      const m = base();
      m.opsetImport = [{ domain: "", version: 13 }];
      expectGraphRejection(m, /opset_import is ai.onnx v13/);
    });
  });

  describe("refuses Div by zero or by a non-constant", () => {
    it("divisor 0", () => {
      const m = base();
      init(m, "d1").int32Data = [0];
      expectNodeRejection(m, 5, /the divisor "d1" has an element 0 ≤ 0/);
    });
    it("a negative divisor", () => {
      const m = base();
      init(m, "d1").int32Data = [-4];
      expectNodeRejection(m, 5, /has an element -4 ≤ 0/);
    });
    it("a computed divisor", () => {
      const m = base();
      nodeNamed(m, "requant").inputs = ["h_relu", "h_relu"];
      expectNodeRejection(m, 5, /the divisor "h_relu" is not a constant/);
    });
  });

  describe("refuses a possible int32 overflow, naming the node", () => {
    it("a bias that can push the sum past 2^31", () => {
      const m = base();
      init(m, "b2").int32Data![7] = 2 ** 31 - 10;
      const err = expectNodeRejection(m, 9, /the result may overflow INT32: for input ids in \[0, vocab\) it can reach \[-?\d+, \d+\]/);
      expect(err.hint).toMatch(/bound the values/);
    });
    it("a MatMulInteger accumulator over int32 (partial sums)", () => {
      // 140,000 terms of (-128)·(-127) = 16,256 each: 2.28e9 > 2^31 − 1.
      const m = base();
      const K = 140_000;
      m.graph.initializers.push({ name: "big", dataType: DataType.INT8, dims: [K, 1], rawData: new Uint8Array(K).fill(0x81) });
      m.graph.initializers.push({ name: "row", dataType: DataType.INT8, dims: [1, K], rawData: new Uint8Array(K).fill(0x80) });
      m.graph.nodes.push({ name: "huge", opType: "MatMulInteger", domain: "", inputs: ["row", "big"], outputs: ["huge_out"], attributes: [] });
      expectNodeRejection(m, 11, /the int32 accumulator may overflow INT32/);
    });
    it("a Cast whose input may not fit int8", () => {
      const m = base();
      nodeNamed(m, "to_int8").inputs = ["h_scaled"];
      expectNodeRejection(m, 7, /the input may overflow INT8/);
    });
    it("a Gather whose indices can leave the table", () => {
      const m = base();
      const emb = init(m, "emb");
      emb.dims = [V - 1, E];
      emb.rawData = emb.rawData!.subarray(0, (V - 1) * E);
      expectNodeRejection(m, 0, /indices may be out of bounds: they lie in \[0, 299\] and axis 0 has size 299/);
    });
  });

  describe("refuses undefined and out-of-order values", () => {
    it("an unknown input name", () => {
      const m = base();
      nodeNamed(m, "fc1_bias").inputs = ["h_acc", "nope"];
      expectNodeRejection(m, 3, /input "nope" is not defined/);
    });
    it("nodes out of topological order", () => {
      const m = base();
      const [a, b] = [m.graph.nodes[2]!, m.graph.nodes[3]!];
      m.graph.nodes[2] = b;
      m.graph.nodes[3] = a;
      const err = expectNodeRejection(m, 2, /input "h_acc" is produced only later, by node 3 \(out of topological order, or a cycle\)/);
      expect(err.hint).toMatch(/defined before it is used/);
    });
    it("a cycle", () => {
      const m = base();
      nodeNamed(m, "fc1_bias").inputs = ["h_acc", "h_relu"];
      expectNodeRejection(m, 3, /input "h_relu" is produced only later, by node 4/);
    });
    it("a node reading its own output", () => {
      const m = base();
      nodeNamed(m, "fc1_bias").inputs = ["h_acc", "h_biased"];
      expectNodeRejection(m, 3, /input "h_biased" is its own output \(a cycle\)/);
    });
    it("a value assigned twice", () => {
      const m = base();
      nodeNamed(m, "requant").outputs = ["h_biased"];
      expectNodeRejection(m, 5, /output "h_biased" is already defined/);
    });
  });

  it("refuses a broadcast that would allocate a huge tensor, before allocating it", () => {
    const m = base();
    m.graph.initializers.push(i32("col", new Array(1 << 13).fill(1), [1 << 13, 1]), i32("row", new Array(1 << 13).fill(1), [1, 1 << 13]));
    m.graph.nodes.push({ name: "outer", opType: "Add", domain: "", inputs: ["col", "row"], outputs: ["big"], attributes: [] });
    expectNodeRejection(m, 11, /the output \[8192, 8192\] has 67108864 elements; at most 16777216/);
  });

  describe("refuses malformed initializers", () => {
    it("raw data of the wrong length", () => {
      const m = base();
      init(m, "w2").rawData = new Uint8Array(5);
      expectGraphRejection(m, /initializer "w2" raw_data has 5 bytes, dims \[300, 8\] need 2400/);
    });
    it("an int32_data element outside int8", () => {
      const m = base();
      m.graph.initializers.push({ name: "bad", dataType: DataType.INT8, dims: [1], int32Data: [200] });
      expectGraphRejection(m, /initializer "bad" int32_data element 0 \(200\) is outside INT8/);
    });
    it("a Clip bound that is not a scalar", () => {
      const m = base();
      m.graph.initializers = m.graph.initializers.map((t) => (t.name === "q_min" ? i32("q_min", [-127], [1]) : t));
      expectNodeRejection(m, 6, /min "q_min" must be an INT32 scalar \(rank 0\)/);
    });
  });
});

describe("corrupted artifacts", () => {
  it("any byte flip or truncation either decodes and validates or fails with an OnnxError, never anything else", () => {
    const good = encodeModel(buildMlpFixture({ vocab: V, window: W, embed: E, hidden: H, seed: 3 }));
    const rng = new Rng(17);
    const outcomes = { accepted: 0, decode: 0, validation: 0 };
    for (let t = 0; t < 1500; t++) {
      const bytes = good.slice(0, t % 5 === 0 ? rng.range(0, good.length - 1) : good.length);
      for (let f = rng.range(1, 3); f > 0 && bytes.length > 0; f--) bytes[rng.range(0, bytes.length - 1)] = rng.range(0, 255);
      try {
        validateGraph(decodeModel(bytes));
        outcomes.accepted++;
      } catch (e) {
        if (e instanceof OnnxDecodeError) outcomes.decode++;
        else if (e instanceof OnnxValidationError) outcomes.validation++;
        else throw e;
      }
    }
    // Most flips land in weights (still valid models); the rest must be refused by name.
    expect(outcomes.accepted).toBeGreaterThan(0);
    expect(outcomes.decode).toBeGreaterThan(0);
    expect(outcomes.validation).toBeGreaterThan(0);
  });
});
