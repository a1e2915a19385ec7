import { describe, expect, it } from "vitest";
import { decodeModel, encodeModel } from "./codec.ts";
import { OnnxRuntimeError } from "./errors.ts";
import { buildMlpFixture } from "../../../test/support/mlpFixture.ts";
import { Rng } from "../../../test/support/rng.ts";
import { interpret, InterpreterRunner } from "./interpreter.ts";
import type { OnnxModel } from "./types.ts";
import { compileModel } from "./validate.ts";
import { take } from "../../../test/support/take.ts";

const opts = { vocab: 300, window: 6, embed: 8, hidden: 32, seed: 11 };

/**
 * The fixture graph written out longhand in bigint arithmetic: an independent reference. The
 * weights are stored transposed (W1ᵀ [H, W·E], W2ᵀ [V, H]; mlpGraph.ts's column layout).
 */
function reference(m: OnnxModel, ids: Int32Array): bigint[] {
  const get = (name: string): bigint[] => {
    const t = m.graph.initializers.find((x) => x.name === name)!;
    if (t.rawData) return Array.from(new Int8Array(t.rawData.buffer, t.rawData.byteOffset, t.rawData.length), BigInt);
    return (t.int32Data ?? []).map(BigInt);
  };
  const { vocab: V, window: W, embed: E, hidden: H } = opts;
  const [emb, w1, b1, w2, b2] = take(["emb", "w1", "b1", "w2", "b2"].map(get), 5);
  const d1 = get("d1")[0]!;
  const x: bigint[] = [];
  for (let i = 0; i < W; i++) for (let e = 0; e < E; e++) x.push(emb[ids[i]! * E + e]!);
  const h: bigint[] = [];
  for (let j = 0; j < H; j++) {
    let acc = b1[j]!;
    for (let k = 0; k < W * E; k++) acc += x[k]! * w1[j * W * E + k]!;
    const relu = acc < 0n ? 0n : acc > 1n << 24n ? 1n << 24n : acc;
    const q = relu / d1; // bigint division truncates toward zero, like ONNX Div on int32
    h.push(q < -127n ? -127n : q > 127n ? 127n : q);
  }
  const logits: bigint[] = [];
  for (let v = 0; v < V; v++) {
    let acc = b2[v]!;
    for (let j = 0; j < H; j++) acc += h[j]! * w2[v * H + j]!;
    logits.push(acc);
  }
  return logits;
}

describe("interpreter", () => {
  const model = buildMlpFixture(opts);
  const compiled = compileModel(model);

  it("matches a longhand bigint evaluation of the graph on random windows", () => {
    const rng = new Rng(5);
    for (let t = 0; t < 25; t++) {
      const ids = Int32Array.from({ length: opts.window }, () => rng.int(opts.vocab));
      expect(Array.from(interpret(compiled, ids), BigInt)).toEqual(reference(model, ids));
    }
  });

  it("accepts a decoded model as well as a compiled one", () => {
    const ids = Int32Array.from([0, 0, 1, 5, 299, 17]);
    expect(interpret(decodeModel(encodeModel(model)), ids)).toEqual(interpret(compiled, ids));
  });

  it("refuses a window of the wrong length or an id outside the vocabulary", () => {
    expect(() => interpret(compiled, new Int32Array(5))).toThrow(OnnxRuntimeError);
    expect(() => interpret(compiled, new Int32Array(5))).toThrow(/the window has 5 ids, the model takes 6/);
    expect(() => interpret(compiled, Int32Array.from([0, 0, 0, 0, 0, 300]))).toThrow(/id 300 at position 5 is outside \[0, 300\)/);
    expect(() => interpret(compiled, Int32Array.from([-1, 0, 0, 0, 0, 0]))).toThrow(/id -1/);
  });

  it("runs as a ModelRunner, caching by artifact hash", async () => {
    const runner = new InterpreterRunner();
    const bytes = encodeModel(model);
    const hash = new Uint8Array(32).fill(7);
    const a = await runner.load(hash, bytes);
    // Same hash: the cached model is used, whatever bytes come with it.
    const b = await runner.load(hash, new Uint8Array());
    const ids = Int32Array.from([3, 4, 5, 6, 7, 8]);
    expect(await b.logits(ids)).toEqual(await a.logits(ids));
    expect(await a.logits(ids)).toEqual(interpret(compiled, ids));
  });

  it("reads the artifact through a reader only on a cache miss", async () => {
    const runner = new InterpreterRunner();
    let reads = 0;
    const reader = () => (reads++, encodeModel(model));
    const ids = Int32Array.from([3, 4, 5, 6, 7, 8]);
    expect(await (await runner.load(new Uint8Array(32).fill(1), reader)).logits(ids)).toEqual(interpret(compiled, ids));
    await runner.load(new Uint8Array(32).fill(1), reader);
    expect(reads).toBe(1);
    await runner.load(new Uint8Array(32).fill(2), reader);
    expect(reads).toBe(2);
  });
});
