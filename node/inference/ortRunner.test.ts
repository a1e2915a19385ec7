import { afterAll, describe, expect, it } from "vitest";
import { encodeModel } from "../../modules/inference/onnx/codec.ts";
import { buildMlpFixture } from "../../test/support/mlpFixture.ts";
import { Rng } from "../../test/support/rng.ts";
import { interpret } from "../../modules/inference/onnx/interpreter.ts";
import { compileModel } from "../../modules/inference/onnx/validate.ts";
import { OrtRunner, OrtRunnerError } from "./ortRunner.ts";

const opts = { vocab: 320, window: 5, embed: 8, hidden: 24, seed: 21 };
const model = buildMlpFixture(opts);
const bytes = encodeModel(model);
const compiled = compileModel(model);
const hash = (n: number) => new Uint8Array(32).fill(n);

describe("OrtRunner", () => {
  const one = new OrtRunner();
  const two = new OrtRunner({ intraOpNumThreads: 2 });
  afterAll(async () => {
    await one.close();
    await two.close();
  });

  it("gives the interpreter's logits with one and with two intra-op threads", async () => {
    const [a, b] = [await one.load(hash(1), bytes), await two.load(hash(1), bytes)];
    const rng = new Rng(9);
    for (let t = 0; t < 20; t++) {
      const ids = Int32Array.from({ length: opts.window }, () => rng.int(opts.vocab));
      const want = interpret(compiled, ids);
      expect(await a.logits(ids)).toEqual(want);
      expect(await b.logits(ids)).toEqual(want);
    }
  });

  it("reuses the session of a hash it has loaded", async () => {
    const a = await one.load(hash(2), bytes);
    expect(await one.load(hash(2), new Uint8Array([1, 2, 3]))).toBe(a);
  });

  it("calls an artifact reader only when it has no session for the hash, and a failing reader caches nothing", async () => {
    let reads = 0;
    const reader = () => (reads++, bytes);
    const a = await one.load(hash(6), reader);
    expect(await one.load(hash(6), reader)).toBe(a);
    expect(reads).toBe(1);
    const failing = () => {
      throw new Error("artifact missing from state");
    };
    await expect(one.load(hash(7), failing)).rejects.toThrow(/artifact missing from state/);
    expect(await one.load(hash(7), reader)).toBeDefined();
    expect(reads).toBe(2);
  });

  it("refuses a window of the wrong length or an id outside the vocabulary", async () => {
    const a = await one.load(hash(1), bytes);
    await expect(a.logits(new Int32Array(4))).rejects.toThrow(/the window has 4 ids, the model takes 5/);
    await expect(a.logits(Int32Array.from([0, 0, 0, 0, -1]))).rejects.toThrow(OrtRunnerError);
    await expect(a.logits(Int32Array.from([0, 0, 0, 0, 320]))).rejects.toThrow(/id 320 at position 4 is outside \[0, 320\)/);
  });

  it("fails to load bytes that are not a model, and does not cache the failure", async () => {
    await expect(one.load(hash(3), new Uint8Array([0xff, 0xff]))).rejects.toThrow(/onnx decode/);
    expect(await one.load(hash(3), bytes)).toBeDefined();
  });

  it("releases the oldest session beyond maxSessions", async () => {
    const small = new OrtRunner({ maxSessions: 1 });
    const a = await small.load(hash(4), bytes);
    await small.load(hash(5), bytes);
    expect(await small.load(hash(4), bytes)).not.toBe(a);
    await small.close();
  });

  it("refuses a thread count that is not a positive integer", () => {
    expect(() => new OrtRunner({ intraOpNumThreads: 0 })).toThrow(/intraOpNumThreads must be a positive integer/);
  });
});
