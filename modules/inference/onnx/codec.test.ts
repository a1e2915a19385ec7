import { describe, expect, it } from "vitest";
import { decodeModel, encodeModel } from "./codec.ts";
import { OnnxDecodeError } from "./errors.ts";
import { AttributeType, DataType, type OnnxModel } from "./types.ts";
import { WireWriter } from "./wire.ts";

function sampleModel(): OnnxModel {
  return {
    irVersion: 8,
    opsetImport: [{ domain: "", version: 17 }],
    producerName: "tributary-test",
    producerVersion: "1",
    metadataProps: [
      { key: "tributary.format", value: "tributary-mlp-v1" },
      { key: "ünïcode", value: "✓" },
    ],
    graph: {
      name: "g",
      nodes: [
        { inputs: ["x", "d"], outputs: ["y"], name: "div", opType: "Div", domain: "", attributes: [] },
        { inputs: ["y", "", "hi"], outputs: ["z"], name: "clip", opType: "Clip", domain: "", attributes: [] },
        {
          inputs: ["z"],
          outputs: ["w"],
          name: "cast",
          opType: "Cast",
          domain: "ai.onnx",
          attributes: [
            { name: "to", type: AttributeType.INT, i: DataType.INT8 },
            { name: "neg", type: AttributeType.INT, i: -5 },
            { name: "ints", type: AttributeType.INTS, ints: [1, -1, 2 ** 40] },
            { name: "empty", type: AttributeType.INTS, ints: [] },
            { name: "s", type: AttributeType.STRING, s: new Uint8Array([104, 105]) },
            { name: "f", type: AttributeType.FLOAT, f: 0.5 },
            { name: "t", type: AttributeType.TENSOR, t: { name: "", dataType: DataType.INT32, dims: [2], int32Data: [-1, 3] } },
          ],
        },
      ],
      initializers: [
        { name: "d", dataType: DataType.INT32, dims: [], int32Data: [7] },
        { name: "hi", dataType: DataType.INT32, dims: [1], int32Data: [-2147483648] },
        { name: "w8", dataType: DataType.INT8, dims: [2, 3], rawData: new Uint8Array([0x80, 1, 2, 3, 4, 0xff]) },
        { name: "shape", dataType: DataType.INT64, dims: [2], int64Data: [1n, -1n] },
      ],
      inputs: [{ name: "x", type: { elemType: DataType.INT32, shape: [1, "W"] } }],
      outputs: [{ name: "w", type: { elemType: DataType.INT8, shape: [1, null] } }],
      valueInfo: [
        { name: "y", type: { elemType: DataType.INT32 } },
        { name: "z", type: { elemType: DataType.INT32, shape: [] } },
        { name: "untyped" },
      ],
    },
  };
}

/** Decoding reuses the artifact's bytes; compare as plain arrays. */
function plain(x: unknown): unknown {
  return JSON.parse(JSON.stringify(x, (_k, v) => (v instanceof Uint8Array ? Array.from(v) : typeof v === "bigint" ? `${v}n` : v)));
}

function expectDecodeError(bytes: Uint8Array, pattern: RegExp): OnnxDecodeError {
  let err: unknown;
  try {
    decodeModel(bytes);
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(OnnxDecodeError);
  expect((err as Error).message).toMatch(pattern);
  return err as OnnxDecodeError;
}

describe("onnx codec", () => {
  it("round-trips every supported field", () => {
    const m = sampleModel();
    const bytes = encodeModel(m);
    const back = decodeModel(bytes);
    expect(plain(back)).toEqual(plain(m));
    // Encoding is canonical: encoding the decoded model gives the same bytes.
    expect(encodeModel(back)).toEqual(bytes);
  });

  it("reads packed and unpacked repeated scalars alike", () => {
    // TensorProto with dims packed (protoc would write them unpacked) and int32_data unpacked.
    const tensor = new WireWriter()
      .packedVarints(1, [2, 3])
      .intField(2, DataType.INT32)
      .intField(5, -1)
      .intField(5, 2)
      .stringField(8, "t")
      .finish();
    const graph = new WireWriter().bytesField(5, tensor).finish();
    const model = new WireWriter().intField(1, 8).bytesField(7, graph).finish();
    const t = decodeModel(model).graph.initializers[0]!;
    expect(t.dims).toEqual([2, 3]);
    expect(t.int32Data).toEqual([-1, 2]);
  });

  it("skips documentation fields", () => {
    const node = new WireWriter().stringField(4, "Add").stringField(6, "doc").finish();
    const graph = new WireWriter().bytesField(1, node).stringField(10, "graph doc").finish();
    const model = new WireWriter().intField(1, 8).stringField(6, "model doc").bytesField(7, graph).finish();
    expect(decodeModel(model).graph.nodes[0]!.opType).toBe("Add");
  });

  describe("refuses malformed or unsupported bytes, naming where", () => {
    const good = encodeModel(sampleModel());

    it("truncated input", () => {
      expectDecodeError(good.subarray(0, good.length - 3), /runs past the end|truncated/);
    });
    it("empty input has no graph", () => {
      expectDecodeError(new Uint8Array(0), /ModelProto at byte 0: no graph/);
    });
    it("random bytes", () => {
      expectDecodeError(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f]), /varint|field number/);
    });
    it("wrong wire type", () => {
      const bytes = new WireWriter().stringField(1, "8").finish();
      expectDecodeError(bytes, /ir_version has wire type 2, expected 0/);
    });
    it("a singular field twice", () => {
      const bytes = new WireWriter().intField(1, 8).intField(1, 9).finish();
      expectDecodeError(bytes, /field 1 appears twice/);
    });
    it("an unknown field", () => {
      const bytes = new WireWriter().intField(1, 8).intField(99, 1).finish();
      const err = expectDecodeError(bytes, /unsupported field 99/);
      expect(err.hint).toMatch(/subset/);
    });
    it("float_data in an initializer, with the path", () => {
      const tensor = new WireWriter().intField(2, DataType.FLOAT).floatField(4, 1.5).finish();
      const graph = new WireWriter().bytesField(5, new Uint8Array(0)).bytesField(5, tensor).finish();
      const bytes = new WireWriter().intField(1, 8).bytesField(7, graph).finish();
      const err = expectDecodeError(bytes, /ModelProto\.graph\.initializer\[1\] at byte \d+: float_data: float tensors are not supported/);
      expect(err.path).toBe("ModelProto.graph.initializer[1]");
    });
    it("external data", () => {
      const tensor = new WireWriter().intField(2, DataType.INT8).intField(14, 1).finish();
      const graph = new WireWriter().bytesField(5, tensor).finish();
      const bytes = new WireWriter().intField(1, 8).bytesField(7, graph).finish();
      expectDecodeError(bytes, /external tensor data is not supported/);
    });
    it("a subgraph attribute", () => {
      const attr = new WireWriter().stringField(1, "then_branch").bytesField(6, new Uint8Array(0)).finish();
      const node = new WireWriter().stringField(4, "If").bytesField(5, attr).finish();
      const graph = new WireWriter().bytesField(1, node).finish();
      const bytes = new WireWriter().intField(1, 8).bytesField(7, graph).finish();
      expectDecodeError(bytes, /node\[0\]\.attribute\[0\] at byte \d+: graph attributes \(subgraphs\) are not supported/);
    });
    it("invalid UTF-8 in a name", () => {
      const node = new WireWriter().bytesField(4, new Uint8Array([0xc3, 0x28])).finish();
      const graph = new WireWriter().bytesField(1, node).finish();
      const bytes = new WireWriter().intField(1, 8).bytesField(7, graph).finish();
      expectDecodeError(bytes, /op_type is not valid UTF-8/);
    });
    it("an int32 field out of range", () => {
      const tensor = new WireWriter().intField(2, 2 ** 31).finish();
      const graph = new WireWriter().bytesField(5, tensor).finish();
      const bytes = new WireWriter().intField(1, 8).bytesField(7, graph).finish();
      expectDecodeError(bytes, /data_type 2147483648 does not fit int32/);
    });
    it("a dim beyond 2^53", () => {
      const tensor = new WireWriter().intField(1, 2n ** 60n).finish();
      const graph = new WireWriter().bytesField(5, tensor).finish();
      const bytes = new WireWriter().intField(1, 8).bytesField(7, graph).finish();
      expectDecodeError(bytes, /dim 1152921504606846976 is outside/);
    });
    it("a non-tensor value type", () => {
      const type = new WireWriter().bytesField(4, new Uint8Array(0)).finish();
      const vi = new WireWriter().stringField(1, "x").bytesField(2, type).finish();
      const graph = new WireWriter().bytesField(11, vi).finish();
      const bytes = new WireWriter().intField(1, 8).bytesField(7, graph).finish();
      expectDecodeError(bytes, /input\[0\]\.type at byte \d+: sequence types are not supported/);
    });
  });
});
