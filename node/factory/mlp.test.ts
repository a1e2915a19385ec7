import { describe, expect, it } from "vitest";
import { accumulateGradients, forward, layoutOf, type MlpShape, nllRow, Scratch, tensorsOf } from "./mlp.ts";
import { Rng } from "./rng.ts";

const SHAPE: MlpShape = { vocab: 11, window: 3, embed: 4, hidden: 9 };

function setup(seed: number) {
  const rng = new Rng(seed);
  const flat = new Float32Array(layoutOf(SHAPE).size).map(() => (rng.float() * 2 - 1) * 0.8);
  const n = 5;
  const ctx = new Int32Array(n * SHAPE.window).map(() => rng.below(SHAPE.vocab));
  ctx[0] = ctx[1] = 0; // a repeated id: its embedding gradient accumulates
  const targets = new Int32Array(n).map(() => rng.below(SHAPE.vocab));
  return { flat, n, ctx, targets };
}

function loss(flat: Float32Array, ctx: Int32Array, targets: Int32Array, n: number): number {
  const sc = new Scratch(SHAPE, n);
  forward(SHAPE, tensorsOf(SHAPE, flat), ctx, n, sc);
  let s = 0;
  for (let b = 0; b < n; b++) s += nllRow(sc.logits, b, SHAPE.vocab, targets[b]!);
  return s;
}

describe("MLP forward/backward", () => {
  it("matches central finite differences on every parameter", () => {
    const { flat, n, ctx, targets } = setup(3);
    const grads = new Float32Array(flat.length);
    const total = accumulateGradients(SHAPE, tensorsOf(SHAPE, flat), tensorsOf(SHAPE, grads), ctx, targets, n, new Scratch(SHAPE, n));
    expect(total).toBeCloseTo(loss(flat, ctx, targets, n), 5);
    const eps = 1e-2;
    let checked = 0;
    for (let i = 0; i < flat.length; i++) {
      const keep = flat[i]!;
      flat[i] = keep + eps;
      const up = loss(flat, ctx, targets, n);
      flat[i] = keep - eps;
      const down = loss(flat, ctx, targets, n);
      flat[i] = keep;
      const numeric = (up - down) / (2 * eps);
      // ReLU kinks make a few differences meaningless: skip parameters next to one.
      if (Math.abs(numeric - grads[i]!) > 2e-3 * Math.max(1, Math.abs(numeric))) {
        const again = (loss(Object.assign(Float32Array.from(flat), { [i]: keep + eps / 10 }), ctx, targets, n) - loss(Object.assign(Float32Array.from(flat), { [i]: keep - eps / 10 }), ctx, targets, n)) / (eps / 5);
        expect(again, `parameter ${i}`).toBeCloseTo(grads[i]!, 2);
      }
      checked++;
    }
    expect(checked).toBe(layoutOf(SHAPE).size);
  });

  it("gives a zero gradient to embeddings of ids not in the batch", () => {
    const { flat, n, ctx, targets } = setup(4);
    const grads = new Float32Array(flat.length);
    accumulateGradients(SHAPE, tensorsOf(SHAPE, flat), tensorsOf(SHAPE, grads), ctx, targets, n, new Scratch(SHAPE, n));
    const g = tensorsOf(SHAPE, grads);
    const used = new Set(ctx);
    for (let v = 0; v < SHAPE.vocab; v++) {
      const row = g.emb.subarray(v * SHAPE.embed, (v + 1) * SHAPE.embed);
      expect(row.some((x) => x !== 0)).toBe(used.has(v));
    }
  });
});
