/**
 * The evaluation LM: interpolated Witten–Bell of order ORDER over an NgramIndex,
 *   p_n(w | h) = (c(h w) + T(h) · p_{n−1}(w | h')) / (c(h) + T(h))   when c(h) > 0, else p_{n−1},
 * with p_0 = 1/V, c(h) the count of h followed by a token of its document and T(h) the number of
 * distinct such tokens. All counts of a contributor subset S are interval counts over S, so the
 * model of S (and of D∖c) is exact, not retrained. Floats are fine here (not consensus code).
 */
import { type NgramIndex, ORDER, PAD } from "./ngramIndex.ts";

/**
 * The intervals of one scored position: for order n (index n−1), the context interval
 * [ctx[2(n−1)], ctx[2(n−1)+1]) at depth n−1 and the n-gram interval in gram[...]. `orders` is the
 * number of usable orders (history long enough and context seen in training).
 */
export interface PositionIntervals {
  orders: number;
  ctx: Int32Array;
  gram: Int32Array;
}

export function newPositionIntervals(): PositionIntervals {
  return { orders: 0, ctx: new Int32Array(2 * ORDER), gram: new Int32Array(2 * ORDER) };
}

/** Fills `out` for predicting seq[i] from seq[..i). PERF: O(ORDER²) binary searches. */
export function positionIntervals(index: NgramIndex, seq: Int32Array, i: number, out: PositionIntervals): void {
  const r = new Int32Array(2);
  out.orders = 0;
  for (let n = 1; n <= ORDER && i - n + 1 >= 0; n++) {
    let lo = 0;
    let hi = index.size;
    for (let k = 0; k < n - 1 && lo < hi; k++) {
      index.narrow(lo, hi, k, seq[i - n + 1 + k]!, r);
      lo = r[0]!;
      hi = r[1]!;
    }
    if (lo >= hi) return;
    out.ctx[2 * (n - 1)] = lo;
    out.ctx[2 * (n - 1) + 1] = hi;
    index.narrow(lo, hi, n - 1, seq[i]!, r);
    out.gram[2 * (n - 1)] = r[0]!;
    out.gram[2 * (n - 1) + 1] = r[1]!;
    out.orders = n;
  }
}

/** Counts of one training subset: c(h) and T(h) of a context interval, c(h w) of an n-gram interval. */
export interface Counter {
  context(lo: number, hi: number, depth: number): { count: number; types: number };
  gram(lo: number, hi: number): number;
}

/** The Witten–Bell recursion over `orders` levels of counts. */
export function interpolate(vocabSize: number, orders: number, ch: ArrayLike<number>, types: ArrayLike<number>, chw: ArrayLike<number>): number {
  let p = 1 / vocabSize;
  for (let n = 0; n < orders; n++) if (ch[n]! > 0) p = (chw[n]! + types[n]! * p) / (ch[n]! + types[n]!);
  return p;
}

/** log p(seq[i] | seq[..i)) summed over i in [start, seq.length). */
export function logProb(index: NgramIndex, counter: Counter, seq: Int32Array, start: number): number {
  const pos = newPositionIntervals();
  const ch = new Float64Array(ORDER);
  const ty = new Float64Array(ORDER);
  const chw = new Float64Array(ORDER);
  let sum = 0;
  for (let i = start; i < seq.length; i++) {
    positionIntervals(index, seq, i, pos);
    for (let n = 0; n < pos.orders; n++) {
      const c = counter.context(pos.ctx[2 * n]!, pos.ctx[2 * n + 1]!, n);
      ch[n] = c.count;
      ty[n] = c.types;
      chw[n] = counter.gram(pos.gram[2 * n]!, pos.gram[2 * n + 1]!);
    }
    sum += Math.log(interpolate(index.vocabSize, pos.orders, ch, ty, chw));
  }
  return sum;
}

/**
 * Counts over any contributor subset by scanning intervals: the obviously-correct reference
 * (tests compare the batched LOCO and half-set paths with it). PERF: O(interval size).
 */
export class SubsetCounter implements Counter {
  constructor(
    private readonly index: NgramIndex,
    private readonly inSubset: Uint8Array,
  ) {}

  context(lo: number, hi: number, depth: number): { count: number; types: number } {
    let count = 0;
    let types = 0;
    for (let s = lo; s < hi; ) {
      const e = this.index.runEnd(s, hi, depth);
      if (this.index.key(this.index.sorted[s]!, depth) !== PAD) {
        const c = this.gram(s, e);
        count += c;
        if (c > 0) types++;
      }
      s = e;
    }
    return { count, types };
  }

  gram(lo: number, hi: number): number {
    let c = 0;
    for (let i = lo; i < hi; i++) c += this.inSubset[this.index.sortedContributor[i]!]!;
    return c;
  }
}

/** Counts of the whole training set, with the context results of large intervals cached. */
export class FullCounter implements Counter {
  private readonly cache = new Map<number, { count: number; types: number }>();

  constructor(private readonly index: NgramIndex) {}

  context(lo: number, hi: number, depth: number): { count: number; types: number } {
    const big = hi - lo >= 64;
    const key = intervalKey(lo, hi, depth);
    if (big) {
      const hit = this.cache.get(key);
      if (hit) return hit;
    }
    let count = 0;
    let types = 0;
    for (let s = lo; s < hi; ) {
      const e = this.index.runEnd(s, hi, depth);
      if (this.index.key(this.index.sorted[s]!, depth) !== PAD) {
        count += e - s;
        types++;
      }
      s = e;
    }
    const r = { count, types };
    if (big) this.cache.set(key, r);
    return r;
  }

  gram(lo: number, hi: number): number {
    return hi - lo;
  }
}

/** A numeric cache key of an interval at a depth (exact while the index has < 2^24 positions). */
export function intervalKey(lo: number, hi: number, depth: number): number {
  return (lo * 16777216 + (hi - lo)) * 8 + depth;
}
