import { describe, expect, it } from "vitest";
import { makeHalfSets } from "../lm/halfSets.ts";
import { Rng } from "../rng.ts";
import { halfSetPredictions, ldsOne, locoSpearman } from "./attributionMetrics.ts";
import { scorePlant } from "./planted.ts";
import { averageRanks, quantile, spearman } from "./spearman.ts";

describe("Spearman with ties", () => {
  it("gives tied values the mean of their ranks", () => {
    expect([...averageRanks([10, 20, 20, 5, 20])]).toEqual([2, 4, 4, 1, 4]);
  });

  it("matches the textbook value on a tied example", () => {
    // x ranks 1, 2.5, 2.5, 4; y ranks 1, 2, 3, 4: ρ = Pearson of the ranks = 0.9486833
    expect(spearman([1, 2, 2, 3], [1, 2, 3, 4])).toBeCloseTo(0.9486832980505138, 12);
    expect(spearman([1, 2, 3, 4, 5], [50, 40, 30, 20, 10])).toBe(-1);
    expect(spearman([1, 2, 3], [7, 7, 7])).toBeNaN();
  });

  it("is invariant under monotone maps", () => {
    const x = [3, 1, 4, 1, 5, 9, 2, 6];
    const y = [2, 7, 1, 8, 2, 8, 1, 8];
    expect(spearman(x.map((v) => Math.exp(v)), y.map((v) => v * 3 - 1))).toBeCloseTo(spearman(x, y), 12);
  });

  it("takes nearest-rank quantiles of finite values", () => {
    expect(quantile([NaN, 4, 1, 3, 2], 0.25)).toBe(1);
    expect(quantile([4, 1, 3, 2], 0.75)).toBe(3);
  });
});

describe("LOCO Spearman", () => {
  it("ranks over contributors with credit or a non-negligible Δ, small Δ tied at 0", () => {
    // c0 credit 5, Δ 2; c1 credit 3, Δ 1; c2 credit 0, Δ 0.5; c3 no credit, Δ below ε: left out.
    expect(locoSpearman([5, 3, 0, 0], [2, 1, 0.5, 1e-9], 1e-6)).toBeCloseTo(1, 12);
    // c2's Δ below ε is tied at 0 with nothing else: ranks credit (5, 3, 1) vs Δ (2, 1, 0).
    expect(locoSpearman([5, 3, 1], [2, 1, 1e-9], 1e-6)).toBeCloseTo(1, 12);
    // credit ranks (2, 3, 1) against Δ ranks (3, 2, 1)
    expect(locoSpearman([1, 3, 0], [2, 1, 0.5], 0)).toBeCloseTo(0.5, 12);
  });
});

describe("LDS", () => {
  it("is 1 when the log-likelihood of each half-set is additive in per-contributor effects with matching credit", () => {
    const C = 20;
    const half = makeHalfSets(C, 64, new Rng(1));
    const effect = Array.from({ length: C }, (_, c) => (c * 7) % 11);
    const logp = new Float64Array(half.sets);
    const member = (c: number, j: number) => ((half.masks[c * half.words + (j >>> 5)]! >>> (j & 31)) & 1) === 1;
    for (let j = 0; j < half.sets; j++) for (let c = 0; c < C; c++) if (member(c, j)) logp[j]! += effect[c]! - 3;
    // Exactly half of the contributors in every set, so the constant per member cancels (integers:
    // equal sums tie exactly on both sides).
    expect(ldsOne(logp, halfSetPredictions(effect, half.masks, half.words, half.sets))).toBeCloseTo(1, 12);
    // Reversed credit reverses the ranking; no credit ranks nothing.
    expect(ldsOne(logp, halfSetPredictions(effect.map((e) => 10 - e), half.masks, half.words, half.sets))).toBeCloseTo(-1, 12);
    expect(ldsOne(logp, halfSetPredictions(new Array(C).fill(0), half.masks, half.words, half.sets))).toBe(0);
  });

  it("predicts Σ credit over each half-set's members", () => {
    const half = makeHalfSets(4, 3, new Rng(2));
    const pred = halfSetPredictions([1, 10, 100, 1000], half.masks, half.words, half.sets);
    for (let j = 0; j < 3; j++) {
      let want = 0;
      for (const [c, credit] of [1, 10, 100, 1000].entries()) if ((half.masks[c * half.words]! >>> j) & 1) want += credit;
      expect(pred[j]).toBe(want);
    }
    expect(Array.from({ length: 3 }, (_, j) => [0, 1, 2, 3].filter((c) => (half.masks[c]! >>> j) & 1).length)).toEqual([2, 2, 2]);
  });
});

describe("planted-source scoring", () => {
  const P = 100;
  const plant = { len: 10, noise: 0, output: new Int32Array(0), blanked: new Int32Array(0), truth: [7, 9] };

  it("scores the credit the plant causes, not the filler's", () => {
    // Filler alone credits 3 (heavily) and 5; the plant adds 600 to 7, 200 to 9 and 100 to 5.
    const blanked = new Map([[3, 5_000], [5, 50]]);
    const withPlant = new Map([[3, 5_000], [5, 150], [7, 600], [9, 200]]);
    const s = scorePlant(plant, withPlant, blanked, P);
    expect(s.top1).toBe(1);
    expect(s.top1Whole).toBe(0);
    expect(s.recall3).toBe(1);
    expect(s.mass).toBeCloseTo(0.8, 12);
    expect(s.falseCredit).toBeCloseTo(100 / 900, 12);
  });

  it("misses when another contributor gains most, and scores nothing when nothing is credited", () => {
    const s = scorePlant(plant, new Map([[4, 700], [9, 100]]), new Map(), P);
    expect(s).toMatchObject({ top1: 0, recall3: 0.5, mass: 0.1 });
    expect(scorePlant(plant, new Map(), new Map(), P)).toEqual({ top1: 0, recall3: 0, top1Whole: 0, mass: 0, falseCredit: 0 });
  });
});
