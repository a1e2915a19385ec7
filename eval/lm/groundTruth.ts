/**
 * Batched ground truth for one scored sequence: log p_D, Δ_c = log p_D − log p_{D∖c} for every
 * training contributor c, and log p_{S_j} for every half-set S_j, in one pass over its positions.
 *
 * D∖c differs from D only through c's counts. The orders above 1 involve only contributors who
 * hold the one-token context (a holder of a longer context holds it too); for everyone else
 * p_{D∖c} = A + B · p¹_{D∖c} with the affine map (A, B) of D's upper orders, so the dense work per
 * position is one unigram-level value and one log per contributor.
 */
import type { HalfSetMasks, IntervalStats, IntervalStatsScanner } from "./intervalStats.ts";
import { interpolate, newPositionIntervals, positionIntervals } from "./model.ts";
import { type NgramIndex, ORDER } from "./ngramIndex.ts";

export interface GroundTruth {
  logProb: number;
  /** Per training contributor: log p_D(o) − log p_{D∖c}(o). */
  delta: Float64Array;
  /** Per half-set: log p_{S_j}(o). */
  setLogProb: Float64Array;
}

export class GroundTruthEvaluator {
  private readonly soleUnigram: Int32Array;
  private readonly sub: Int32Array[] = [];
  private readonly subSole: Int32Array[] = [];
  private readonly subGram: Int32Array[] = [];
  private readonly pc: Float64Array;

  constructor(
    private readonly index: NgramIndex,
    private readonly stats: IntervalStatsScanner,
    private readonly half: HalfSetMasks,
  ) {
    const C = index.contributors;
    this.soleUnigram = new Int32Array(C);
    const s0 = stats.context(0, index.size, 0);
    for (let t = 0; t < s0.contribs.length; t++) this.soleUnigram[s0.contribs[t]!] = s0.sole[t]!;
    for (let n = 0; n < ORDER; n++) {
      this.sub.push(new Int32Array(C));
      this.subSole.push(new Int32Array(C));
      this.subGram.push(new Int32Array(C));
    }
    this.pc = new Float64Array(C);
  }

  /** Scores seq[start..) given seq[..start). PERF: O(L · (C + ORDER · M) + interval scans). */
  evaluate(seq: Int32Array, start: number): GroundTruth {
    const { index, half } = this;
    const C = index.contributors;
    const V = index.vocabSize;
    const delta = new Float64Array(C);
    const setLogProb = new Float64Array(half.sets);
    const pos = newPositionIntervals();
    const ctx: IntervalStats[] = [];
    const gram: IntervalStats[] = [];
    const ch = new Float64Array(ORDER);
    const ty = new Float64Array(ORDER);
    const chw = new Float64Array(ORDER);
    let logProb = 0;
    for (let i = start; i < seq.length; i++) {
      positionIntervals(index, seq, i, pos);
      const orders = pos.orders;
      ctx.length = 0;
      gram.length = 0;
      for (let n = 0; n < orders; n++) {
        const c = this.stats.context(pos.ctx[2 * n]!, pos.ctx[2 * n + 1]!, n);
        const g = this.stats.gram(pos.gram[2 * n]!, pos.gram[2 * n + 1]!);
        ctx.push(c);
        gram.push(g);
        ch[n] = c.count;
        ty[n] = c.types;
        chw[n] = g.count;
      }
      const pD = interpolate(V, orders, ch, ty, chw);
      const logPD = Math.log(pD);
      logProb += logPD;
      for (let j = 0; j < half.sets; j++) {
        for (let n = 0; n < orders; n++) {
          ch[n] = ctx[n]!.setCount[j]!;
          ty[n] = ctx[n]!.setTypes[j]!;
          chw[n] = gram[n]!.setCount[j]!;
        }
        setLogProb[j]! += Math.log(interpolate(V, orders, ch, ty, chw));
      }
      this.leaveOneOut(ctx, gram, orders, delta, logPD);
    }
    return { logProb, delta, setLogProb };
  }

  /** Adds log p_D − log p_{D∖c} of one position to delta[c] for every c. */
  private leaveOneOut(ctx: IntervalStats[], gram: IntervalStats[], orders: number, delta: Float64Array, logPD: number): void {
    const { index, pc, sub, subSole, subGram } = this;
    const C = index.contributors;
    const V = index.vocabSize;
    // The affine map of D's orders 2..: p ↦ A + B·p.
    let A = 0;
    let B = 1;
    for (let n = 1; n < orders; n++) {
      const c = ctx[n]!.count;
      if (c === 0) continue;
      const t = ctx[n]!.types;
      A = (gram[n]!.count + t * A) / (c + t);
      B = (t * B) / (c + t);
    }
    for (let n = 0; n < orders; n++) {
      const cn = ctx[n]!;
      const gn = gram[n]!;
      const subN = sub[n]!;
      const subSoleN = subSole[n]!;
      const subGramN = subGram[n]!;
      for (let t = 0; t < cn.contribs.length; t++) {
        subN[cn.contribs[t]!] = cn.counts[t]!;
        subSoleN[cn.contribs[t]!] = cn.sole[t]!;
      }
      for (let t = 0; t < gn.contribs.length; t++) subGramN[gn.contribs[t]!] = gn.counts[t]!;
    }
    const c0 = ctx[0]!.count;
    const t0 = ctx[0]!.types;
    const g0 = gram[0]!.count;
    const sub0 = sub[0]!;
    const sole0 = this.soleUnigram;
    const gram0 = subGram[0]!;
    for (let c = 0; c < C; c++) {
      const cc = c0 - sub0[c]!;
      const tt = t0 - sole0[c]!;
      const p1 = cc > 0 ? (g0 - gram0[c]! + tt / V) / (cc + tt) : 1 / V;
      pc[c] = A + B * p1;
    }
    if (orders > 1) {
      for (const c of ctx[1]!.contribs) {
        let p = 1 / V;
        for (let n = 0; n < orders; n++) {
          const cn = ctx[n]!;
          const cc = cn.count - sub[n]![c]!;
          if (cc <= 0) continue;
          const tt = cn.types - subSole[n]![c]!;
          p = (gram[n]!.count - subGram[n]![c]! + tt * p) / (cc + tt);
        }
        pc[c] = p;
      }
    }
    for (let c = 0; c < C; c++) delta[c]! += logPD - Math.log(pc[c]!);
    for (let n = 0; n < orders; n++) {
      const subN = sub[n]!;
      const subSoleN = subSole[n]!;
      const subGramN = subGram[n]!;
      for (const c of ctx[n]!.contribs) {
        subN[c] = 0;
        subSoleN[c] = 0;
      }
      for (const c of gram[n]!.contribs) subGramN[c] = 0;
    }
  }
}
