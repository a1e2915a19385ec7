/**
 * The counterfactual metrics of the evaluation: LOCO Spearman per output and the linear
 * datamodeling score (LDS) over contributor half-sets. Credits are points per training
 * contributor (dense, index = contributor id).
 */
import { spearman } from "./spearman.ts";

/**
 * LOCO Spearman of one output: over the contributors that have credit > 0 or |Δ_c| > ε, the rank
 * correlation of credit with Δ_c, where |Δ_c| ≤ ε counts as 0 (tied). NaN when fewer than two
 * contributors qualify or a side is constant (reported separately, not averaged).
 */
export function locoSpearman(credit: ArrayLike<number>, delta: ArrayLike<number>, epsilon: number): number {
  const x: number[] = [];
  const y: number[] = [];
  for (let c = 0; c < credit.length; c++) {
    const dc = delta[c]!;
    const d = Math.abs(dc) > epsilon ? dc : 0;
    if (credit[c]! > 0 || d !== 0) {
      x.push(credit[c]!);
      y.push(d);
    }
  }
  return spearman(x, y);
}

/** Σ_{c∈S_j} credit_c for each half-set j (masks: W words per contributor). */
export function halfSetPredictions(credit: ArrayLike<number>, masks: Uint32Array, words: number, sets: number): Float64Array {
  const pred = new Float64Array(sets);
  for (let c = 0; c < credit.length; c++) {
    const v = credit[c]!;
    if (v === 0) continue;
    for (let j = 0; j < sets; j++) if ((masks[c * words + (j >>> 5)]! >>> (j & 31)) & 1) pred[j]! += v;
  }
  return pred;
}

/**
 * LDS of one output: Spearman over half-sets of the actual log p_{S_j}(o) with the predicted
 * Σ_{c∈S_j} credit_c. A constant prediction (no credit) scores 0: it ranks nothing.
 */
export function ldsOne(setLogProb: ArrayLike<number>, prediction: ArrayLike<number>): number {
  const r = spearman(setLogProb, prediction);
  return Number.isNaN(r) ? 0 : r;
}
