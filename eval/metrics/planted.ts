/**
 * Planted sources: a span of ℓ tokens from a known training document, with a
 * fraction of its tokens replaced by random words, spliced over LM filler. Its true sources are
 * the contributors holding the clean span. The LM filler is itself made of training text and
 * earns credit of its own, so the scores read the credit the plant causes: credit(output) −
 * credit(the same output with the window blanked to −1, a word no index holds). Top-1 on the
 * whole output is reported beside it.
 */
import type { Credit } from "../attribution/standIn.ts";
import type { IndexedDoc, SuffixIndex } from "../attribution/suffixIndex.ts";
import type { Rng } from "../rng.ts";

export interface Plant {
  len: number;
  noise: number;
  output: Int32Array;
  /** The output with the planted window set to −1 (a word no index holds). */
  blanked: Int32Array;
  /** Sorted contributors holding the clean span. */
  truth: number[];
}

export interface PlantOptions {
  docs: readonly IndexedDoc[];
  index: SuffixIndex;
  fillers: readonly Int32Array[];
  lengths: readonly number[];
  noises: readonly number[];
  perCell: number;
  /** Noise words are drawn from [3, vocabSize). */
  vocabSize: number;
  /** A clean span that occurs more often than this is not a "known source"; another is drawn. */
  maxOccurrences: number;
  rng: Rng;
}

/** Plants for every (length, noise) cell; the same sources across noise levels of a length. */
export function makePlants(o: PlantOptions): Plant[] {
  const plants: Plant[] = [];
  for (const len of o.lengths) {
    const eligible = o.docs.filter((d) => d.tokens.length >= len);
    for (let k = 0; k < o.perCell; k++) {
      const rng = o.rng.fork(len * 100_003 + k);
      let span: Int32Array | undefined;
      let truth: number[] = [];
      for (let tries = 0; tries < 1_000 && !span; tries++) {
        const d = eligible[rng.int(eligible.length)];
        if (!d) throw new Error(`planted: no document has ${len} tokens`);
        const off = rng.int(d.tokens.length - len + 1);
        const cand = d.tokens.slice(off, off + len);
        const [lo, hi] = o.index.interval(cand, 0, len);
        if (hi - lo <= o.maxOccurrences) {
          span = cand;
          truth = o.index.holders(cand, 0, len);
        }
      }
      if (!span) throw new Error(`planted: no span of ${len} tokens occurs at most ${o.maxOccurrences} times after 1,000 draws`);
      const filler = o.fillers[rng.int(o.fillers.length)];
      if (!filler) throw new Error("planted: no filler outputs");
      const at = rng.int(filler.length - len + 1);
      for (const noise of o.noises) {
        const nrng = rng.fork(Math.round(noise * 1e4));
        const noisy = Int32Array.from(span, (w) => (nrng.float() < noise ? randomOtherWord(w, o.vocabSize, nrng) : w));
        const output = Int32Array.from(filler);
        output.set(noisy, at);
        const blanked = Int32Array.from(filler);
        blanked.fill(-1, at, at + len);
        plants.push({ len, noise, output, blanked, truth });
      }
    }
  }
  return plants;
}

function randomOtherWord(w: number, vocabSize: number, rng: Rng): number {
  for (;;) {
    const x = 3 + rng.int(vocabSize - 3);
    if (x !== w) return x;
  }
}

export interface PlantScore {
  /** The contributor the plant raised most is a true source. */
  top1: number;
  /** Share of the true sources (at most 3) among the three contributors the plant raised most. */
  recall3: number;
  /** The top contributor of the whole output (filler credit included) is a true source. */
  top1Whole: number;
  /** Credit the plant caused on its true sources, over its full value ℓ·P. */
  mass: number;
  /** Share of the credit the plant caused that went to other contributors. */
  falseCredit: number;
}

/** Contributors by (points desc, id asc), positive points only. */
export function ranking(credit: Credit): number[] {
  return [...credit].filter(([, p]) => p > 0).sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([c]) => c);
}

/** credit − blankedCredit per contributor: the credit the planted window causes. */
export function plantEffect(credit: Credit, blankedCredit: Credit): Credit {
  const d: Credit = new Map();
  for (const c of new Set([...credit.keys(), ...blankedCredit.keys()])) d.set(c, (credit.get(c) ?? 0) - (blankedCredit.get(c) ?? 0));
  return d;
}

export function scorePlant(plant: Plant, credit: Credit, blankedCredit: Credit, pointsPerToken: number): PlantScore {
  const truth = new Set(plant.truth);
  const effect = plantEffect(credit, blankedCredit);
  const order = ranking(effect);
  const whole = ranking(credit);
  let onTruth = 0;
  let elsewhere = 0;
  for (const [c, d] of effect) {
    if (d <= 0) continue;
    if (truth.has(c)) onTruth += d;
    else elsewhere += d;
  }
  return {
    top1: order[0] !== undefined && truth.has(order[0]) ? 1 : 0,
    recall3: order.slice(0, 3).filter((c) => truth.has(c)).length / Math.min(3, truth.size),
    top1Whole: whole[0] !== undefined && truth.has(whole[0]) ? 1 : 0,
    mass: onTruth / (plant.len * pointsPerToken),
    falseCredit: onTruth + elsewhere > 0 ? elsewhere / (onTruth + elsewhere) : 0,
  };
}
