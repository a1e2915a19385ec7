/**
 * Sampling from the full-data LM at a temperature: q(w) ∝ p(w | h)^(1/T) over the whole
 * vocabulary, exactly. p(w | h) = β·p_1(w) + s(w), where s is non-zero only on the
 * continuations U of the one-token context (every longer context's continuations are among
 * them), so the dense part is drawn from a precomputed table of p_1^(1/T) by rejecting U.
 * BOS, EOS and PAD are never emitted.
 */
import type { Rng } from "../rng.ts";
import { FullCounter, intervalKey, newPositionIntervals, positionIntervals } from "./model.ts";
import { BOS, EOS, type NgramIndex, PAD } from "./ngramIndex.ts";

interface Continuations {
  types: Int32Array;
  counts: Int32Array;
}

export class Sampler {
  private readonly counter: FullCounter;
  private readonly p1: Float64Array;
  private readonly p1t: Float64Array;
  private readonly cum: Float64Array;
  private readonly cache = new Map<number, Continuations>();
  private readonly invT: number;

  constructor(
    private readonly index: NgramIndex,
    temperature: number,
  ) {
    this.invT = 1 / temperature;
    this.counter = new FullCounter(index);
    const V = index.vocabSize;
    const uni = this.counter.context(0, index.size, 0);
    const counts = new Float64Array(V);
    for (let p = 0; p < index.size; p++) counts[index.tokens[p]!]!++;
    this.p1 = new Float64Array(V);
    this.p1t = new Float64Array(V);
    this.cum = new Float64Array(V);
    let acc = 0;
    for (let w = 0; w < V; w++) {
      const p1 = (counts[w]! + uni.types / V) / (uni.count + uni.types);
      const p1t = w === PAD || w === BOS || w === EOS ? 0 : Math.pow(p1, this.invT);
      this.p1[w] = p1;
      this.p1t[w] = p1t;
      acc += p1t;
      this.cum[w] = acc;
    }
  }

  private continuations(lo: number, hi: number, depth: number): Continuations {
    const key = intervalKey(lo, hi, depth);
    const hit = this.cache.get(key);
    if (hit) return hit;
    const types: number[] = [];
    const counts: number[] = [];
    for (let s = lo; s < hi; ) {
      const e = this.index.runEnd(s, hi, depth);
      const w = this.index.key(this.index.sorted[s]!, depth);
      if (w !== PAD) {
        types.push(w);
        counts.push(e - s);
      }
      s = e;
    }
    const r = { types: Int32Array.from(types), counts: Int32Array.from(counts) };
    if (hi - lo >= 64) this.cache.set(key, r);
    return r;
  }

  /** `length` tokens following `prompt` (the history starts with BOS, as documents do). */
  generate(prompt: Int32Array, length: number, rng: Rng): Int32Array {
    const seq = new Int32Array(1 + prompt.length + length);
    seq[0] = BOS;
    seq.set(prompt, 1);
    for (let i = 1 + prompt.length; i < seq.length; i++) seq[i] = this.next(seq, i, rng);
    return seq.slice(1 + prompt.length);
  }

  /** One draw for position i of seq (seq[i] is overwritten by the caller). */
  private next(seq: Int32Array, i: number, rng: Rng): number {
    const pos = newPositionIntervals();
    positionIntervals(this.index, seq, i, pos);
    const levels: { cont: Continuations; count: number; types: number }[] = [];
    for (let n = 1; n < pos.orders; n++) {
      const [lo, hi] = [pos.ctx[2 * n]!, pos.ctx[2 * n + 1]!];
      const c = this.counter.context(lo, hi, n);
      levels.push({ cont: this.continuations(lo, hi, n), count: c.count, types: c.types });
    }
    let beta = 1;
    for (const l of levels) if (l.count > 0) beta *= l.types / (l.count + l.types);
    const U = levels[0]?.cont.types ?? new Int32Array(0);
    const q = new Float64Array(U.length);
    let sparse = 0;
    let inU = 0;
    for (let u = 0; u < U.length; u++) {
      const w = U[u]!;
      if (w === BOS || w === EOS) continue;
      let p = this.p1[w]!;
      for (const l of levels) {
        if (l.count === 0) continue;
        p = (countOf(l.cont, w) + l.types * p) / (l.count + l.types);
      }
      const qu = Math.pow(p, this.invT);
      q[u] = qu;
      sparse += qu;
      inU += this.p1t[w]!;
    }
    const dense = Math.pow(beta, this.invT) * Math.max(0, this.cum[this.cum.length - 1]! - inU);
    let x = rng.float() * (sparse + dense);
    if (x < sparse) {
      for (let u = 0; u < U.length; u++) {
        const qu = q[u]!;
        x -= qu;
        if (x < 0 && qu > 0) return U[u]!;
      }
      for (let u = U.length - 1; u >= 0; u--) if (q[u]! > 0) return U[u]!;
    }
    return this.drawOutside(U, rng);
  }

  /** A draw from p_1^(1/T) restricted to words outside U (sorted). */
  private drawOutside(U: Int32Array, rng: Rng): number {
    const total = this.cum[this.cum.length - 1]!;
    for (let tries = 0; tries < 10_000; tries++) {
      const w = upperBound(this.cum, rng.float() * total);
      if (this.p1t[w]! > 0 && !sortedHas(U, w)) return w;
    }
    for (let w = 0; w < this.p1t.length; w++) if (this.p1t[w]! > 0 && !sortedHas(U, w)) return w;
    throw new Error("sampler: the vocabulary has no word outside the context's continuations");
  }
}

function countOf(c: Continuations, w: number): number {
  const j = lowerBound(c.types, w);
  return j < c.types.length && c.types[j] === w ? c.counts[j]! : 0;
}

function sortedHas(xs: Int32Array, w: number): boolean {
  const j = lowerBound(xs, w);
  return j < xs.length && xs[j] === w;
}

function lowerBound(xs: Int32Array, w: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const m = (lo + hi) >>> 1;
    if (xs[m]! < w) lo = m + 1;
    else hi = m;
  }
  return lo;
}

/** First index whose cumulative weight exceeds x. */
function upperBound(cum: Float64Array, x: number): number {
  let lo = 0;
  let hi = cum.length - 1;
  while (lo < hi) {
    const m = (lo + hi) >>> 1;
    if (cum[m]! <= x) lo = m + 1;
    else hi = m;
  }
  return lo;
}

