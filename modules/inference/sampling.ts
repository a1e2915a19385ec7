import { sha256 } from "@noble/hashes/sha2.js";

/**
 * Next-token sampling, integer only, so every validator picks the same token.
 *
 * - GREEDY: the highest logit; the lowest id on ties.
 * - TOP_K (k in 1..64, seed u64): the k highest logits (ties → lower id) are the candidates, in
 *   that order. With m the highest logit and S the model's logit scale (logits / S ≈ nats),
 *   candidate i weighs w_i = EXP16[min(d_i, 255)] where d_i = ⌊(m − l_i) · 16 / S⌋, i.e. ≈ 2^20 ·
 *   e^(−(m − l_i) / S) in steps of 1/16 nat. A draw r = state mod Σw picks the first candidate
 *   whose cumulative weight exceeds r. The top candidate weighs 2^20, so Σw > 0.
 * - Randomness: per step, state = the first 8 bytes (big-endian) of
 *   sha256(seedContext ‖ seed as u64 BE ‖ step as u32 BE). seedContext is the caller's (the
 *   inference module passes the tx hash and the inference id), so two requests with the same
 *   seed still draw different streams, and step n's draw does not depend on earlier draws.
 * - PAD (0) and BOS (1) are never sampled: their logits are ignored.
 */

/** EXP16[j] = ⌊2^20 · e^(−j/16)⌋, frozen (sampling.test.ts regenerates it with floats and compares). */
export const EXP16: readonly number[] = Object.freeze([
  1048576, 985045, 925365, 869300, 816631, 767154, 720675, 677011, 635993, 597460, 561262, 527257,
  495312, 465302, 437111, 410628, 385749, 362378, 340422, 319797, 300422, 282220, 265121, 249058,
  233968, 219793, 206476, 193967, 182215, 171175, 160804, 151061, 141909, 133311, 125234, 117646,
  110519, 103823, 97532, 91623, 86072, 80857, 75958, 71356, 67033, 62971, 59156, 55572,
  52205, 49042, 46071, 43279, 40657, 38194, 35880, 33706, 31664, 29745, 27943, 26250,
  24660, 23166, 21762, 20443, 19205, 18041, 16948, 15921, 14957, 14050, 13199, 12399,
  11648, 10942, 10279, 9657, 9071, 8522, 8005, 7520, 7065, 6637, 6235, 5857,
  5502, 5169, 4855, 4561, 4285, 4025, 3781, 3552, 3337, 3135, 2945, 2766,
  2599, 2441, 2293, 2154, 2024, 1901, 1786, 1678, 1576, 1480, 1391, 1306,
  1227, 1153, 1083, 1017, 956, 898, 843, 792, 744, 699, 657, 617,
  579, 544, 511, 480, 451, 424, 398, 374, 351, 330, 310, 291,
  273, 257, 241, 227, 213, 200, 188, 176, 166, 156, 146, 137,
  129, 121, 114, 107, 100, 94, 88, 83, 78, 73, 69, 65,
  61, 57, 53, 50, 47, 44, 42, 39, 37, 34, 32, 30,
  28, 27, 25, 23, 22, 21, 19, 18, 17, 16, 15, 14,
  13, 12, 12, 11, 10, 9, 9, 8, 8, 7, 7, 6,
  6, 6, 5, 5, 5, 4, 4, 4, 3, 3, 3, 3,
  3, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0,
]);

export const MAX_TOP_K = 64;
/** Ids below this are never sampled (PAD = 0, BOS = 1). */
export const FIRST_SAMPLED_ID = 2;

export interface SamplingSpec {
  mode: "GREEDY" | "TOP_K";
  topK: number;
  seed: bigint;
}

export class SamplingError extends Error {
  override name = "SamplingError";
  readonly hint?: string;
  constructor(message: string, hint?: string) {
    super(hint ? `${message} (hint: ${hint})` : message);
    this.hint = hint;
  }
}

export interface SamplerState {
  readonly mode: "GREEDY" | "TOP_K";
  readonly k: number;
  readonly logitScale: bigint;
  readonly seed: bigint;
  readonly seedContext: Uint8Array;
  /** Draws made so far (the next draw's step number). */
  step: number;
}

/** A sampler for one generation; refuses parameters the rules above do not cover. */
export function samplerFor(s: SamplingSpec, logitScale: bigint, seedContext: Uint8Array): SamplerState {
  if (s.mode !== "GREEDY" && s.mode !== "TOP_K") throw new SamplingError(`unknown sampling mode ${JSON.stringify(s.mode)}`, "GREEDY or TOP_K");
  if (s.mode === "TOP_K" && (!Number.isInteger(s.topK) || s.topK < 1 || s.topK > MAX_TOP_K)) {
    throw new SamplingError(`top_k ${s.topK} is out of range`, `k must be in 1..${MAX_TOP_K}`);
  }
  if (s.seed < 0n || s.seed >= 1n << 64n) throw new SamplingError(`seed ${s.seed} is not a u64`);
  if (logitScale < 1n || logitScale > 0x7fffffffn) throw new SamplingError(`logit scale ${logitScale} is out of range [1, 2^31 − 1]`);
  return { mode: s.mode, k: s.mode === "TOP_K" ? s.topK : 1, logitScale, seed: s.seed, seedContext: seedContext.slice(), step: 0 };
}

/** Picks the next id and advances the sampler by one step. PERF: O(V · k). */
export function sampleNext(state: SamplerState, logits: Int32Array): number {
  const step = state.step;
  if (step > 0xffffffff) throw new SamplingError("more than 2^32 sampling steps");
  state.step = step + 1;
  if (state.mode === "GREEDY") return greedy(logits);
  return topK(logits, state.k, state.logitScale, stepDraw(state.seedContext, state.seed, step));
}

function checkLogits(logits: Int32Array): void {
  if (logits.length <= FIRST_SAMPLED_ID) throw new SamplingError(`${logits.length} logits: nothing to sample besides PAD and BOS`);
}

/** The highest logit's id (lowest id on ties), PAD and BOS excluded. PERF: O(V). */
export function greedy(logits: Int32Array): number {
  checkLogits(logits);
  let best = FIRST_SAMPLED_ID;
  for (let i = FIRST_SAMPLED_ID + 1; i < logits.length; i++) if (logits[i]! > logits[best]!) best = i;
  return best;
}

/** The step's 64-bit draw: sha256(seedContext ‖ seed u64 BE ‖ step u32 BE)[0..8] as a big-endian integer. */
export function stepDraw(seedContext: Uint8Array, seed: bigint, step: number): bigint {
  const msg = new Uint8Array(seedContext.length + 12);
  msg.set(seedContext, 0);
  const view = new DataView(msg.buffer);
  view.setBigUint64(seedContext.length, seed, false);
  view.setUint32(seedContext.length + 8, step, false);
  return new DataView(sha256(msg).buffer).getBigUint64(0, false);
}

/** The k best ids, highest logit first, lower id first on ties (PAD and BOS excluded). PERF: O(V · k). */
export function topCandidates(logits: Int32Array, k: number): number[] {
  checkLogits(logits);
  const ids: number[] = [];
  for (let id = FIRST_SAMPLED_ID; id < logits.length; id++) {
    const l = logits[id]!;
    if (ids.length === k && l <= logits[ids[k - 1]!]!) continue;
    // Insert after every candidate with a logit ≥ l: ids arrive ascending, so ties keep the lower id first.
    let at = ids.length;
    while (at > 0 && logits[ids[at - 1]!]! < l) at--;
    ids.splice(at, 0, id);
    if (ids.length > k) ids.pop();
  }
  return ids;
}

/** Weighted draw among the top k (see the rules at the top of this file). */
export function topK(logits: Int32Array, k: number, logitScale: bigint, draw: bigint): number {
  const ids = topCandidates(logits, k);
  const m = logits[ids[0]!]!;
  const s = Number(logitScale);
  const weights = ids.map((id) => {
    const x = (m - logits[id]!) * 16; // ≤ 2^36: exact
    const d = (x - (x % s)) / s;
    return EXP16[d > 255 ? 255 : d]!;
  });
  const total = weights.reduce((a, b) => a + b, 0);
  let r = Number(draw % BigInt(total));
  for (let i = 0; i < ids.length; i++) {
    if (r < weights[i]!) return ids[i]!;
    r -= weights[i]!;
  }
  throw new Error("unreachable: r < Σw");
}
