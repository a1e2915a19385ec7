import { describe, expect, it } from "vitest";
import { Rng } from "../rng.ts";
import { Sampler } from "./generate.ts";
import { GroundTruthEvaluator } from "./groundTruth.ts";
import { inHalfSet, makeHalfSets } from "./halfSets.ts";
import { IntervalStatsScanner } from "./intervalStats.ts";
import { FullCounter, logProb, SubsetCounter } from "./model.ts";
import { BOS, NgramIndex, type TrainingDoc } from "./ngramIndex.ts";

const V = 13;
const CONTRIBUTORS = 6;

/**
 * Documents over a tiny vocabulary (ids 3..11) so that n-grams repeat across contributors;
 * word 12 only in contributor 5's documents, so removing 5 also removes a unigram type.
 */
function toyDocs(seed: number): TrainingDoc[] {
  const rng = new Rng(seed);
  const docs: TrainingDoc[] = [];
  for (let d = 0; d < 18; d++) {
    const sole = d % CONTRIBUTORS === 5;
    const tokens = Int32Array.from({ length: 5 + rng.int(30) }, () => (sole && rng.int(4) === 0 ? 12 : 3 + rng.int(V - 4 - (d % 3) * 2)));
    docs.push({ tokens, contributor: sole ? 5 : rng.int(CONTRIBUTORS - 1) });
  }
  return docs;
}

function scoredSeq(seed: number): Int32Array {
  const rng = new Rng(seed);
  return Int32Array.from({ length: 40 }, (_, i) => (i === 0 ? BOS : 3 + rng.int(V - 3)));
}

/** log p of scoredSeq(7) under a model trained from scratch on the kept contributors' documents. */
function retrained(docs: TrainingDoc[], keep: (c: number) => boolean): number {
  const index = new NgramIndex(docs.filter((d) => keep(d.contributor)), CONTRIBUTORS, V);
  return logProb(index, new FullCounter(index), scoredSeq(7), 4);
}

describe("evaluation LM (interpolated Witten–Bell over a sorted n-gram index)", () => {
  it("is a probability distribution at every context", () => {
    const index = new NgramIndex(toyDocs(1), CONTRIBUTORS, V);
    const counter = new FullCounter(index);
    for (const ctx of [[BOS], [BOS, 3, 4], [5, 6, 7, 8], [11, 11, 11, 11]]) {
      let total = 0;
      for (let w = 0; w < V; w++) total += Math.exp(logProb(index, counter, Int32Array.from([...ctx, w]), ctx.length));
      expect(total).toBeCloseTo(1, 12);
    }
  });

  it("subtracting a contributor's counts equals training without that contributor", () => {
    const docs = toyDocs(2);
    const index = new NgramIndex(docs, CONTRIBUTORS, V);
    const half = makeHalfSets(CONTRIBUTORS, 5, new Rng(3));
    const gt = new GroundTruthEvaluator(index, new IntervalStatsScanner(index, half), half).evaluate(scoredSeq(7), 4);
    const full = retrained(docs, () => true);
    expect(gt.logProb).toBeCloseTo(full, 10);
    for (let c = 0; c < CONTRIBUTORS; c++) {
      const without = retrained(docs, (x) => x !== c);
      expect(gt.delta[c]).toBeCloseTo(full - without, 10);
      const inS = Uint8Array.from({ length: CONTRIBUTORS }, (_, x) => (x === c ? 0 : 1));
      expect(logProb(index, new SubsetCounter(index, inS), scoredSeq(7), 4)).toBeCloseTo(without, 10);
    }
    expect(Math.max(...gt.delta.map(Math.abs))).toBeGreaterThan(0.01);
  });

  it("the model of a half-set equals training on that half-set", () => {
    const docs = toyDocs(4);
    const index = new NgramIndex(docs, CONTRIBUTORS, V);
    const half = makeHalfSets(CONTRIBUTORS, 40, new Rng(5));
    const gt = new GroundTruthEvaluator(index, new IntervalStatsScanner(index, half), half).evaluate(scoredSeq(7), 4);
    for (let j = 0; j < half.sets; j++) expect(gt.setLogProb[j]).toBeCloseTo(retrained(docs, (c) => inHalfSet(half, c, j)), 10);
    expect(new Set(gt.setLogProb).size).toBeGreaterThan(5);
  });

  it("samples deterministically for a seed, never BOS or EOS, and prefers seen continuations at low temperature", () => {
    const docs = [{ tokens: Int32Array.from([3, 4, 5, 6, 7, 3, 4, 5, 6, 7, 3, 4, 5, 6, 7]), contributor: 0 }];
    const index = new NgramIndex(docs, 1, 20);
    const cold = new Sampler(index, 0.3);
    const a = cold.generate(Int32Array.from([3, 4]), 50, new Rng(9));
    expect(cold.generate(Int32Array.from([3, 4]), 50, new Rng(9))).toEqual(a);
    expect(a.every((w) => w >= 3)).toBe(true);
    let follows = 0;
    const seq = [3, 4, ...a];
    for (let i = 2; i < seq.length; i++) if (seq[i] === (seq[i - 1] === 7 ? 3 : seq[i - 1]! + 1)) follows++;
    expect(follows).toBeGreaterThan(45);
  });
});
