/**
 * Synthetic corpora and outputs for the attribution engine benchmark: Zipf-distributed word ids
 * (s = 1, vocabulary growing like Heaps' law), documents of 32–1,000 words, one document in ten
 * quoting a 16–200-word run of an earlier one (like mail replies), contributors holding about
 * four documents each. Seeded, so every run sees the same corpus.
 */
import { Rng } from "../../test/support/rng.ts";

export interface SyntheticCorpus {
  /** Documents joined by 1, ending in 0 (the segment stream format). */
  tokens: Int32Array;
  docStart: Int32Array;
  docContribution: BigUint64Array;
  docContributor: Uint32Array;
  vocabulary: number;
}

const URN_BITS = 22;
const FIRST_WORD = 3;

/** Word sampler: a 2^22-slot urn filled by Zipf weight, plus 2 % uniform draws for the long tail. */
export class ZipfWords {
  private readonly urn: Int32Array;

  constructor(
    readonly vocabulary: number,
    private readonly rng: Rng,
  ) {
    const slots = 1 << URN_BITS;
    this.urn = new Int32Array(slots);
    let harmonic = 0;
    for (let r = 1; r <= vocabulary; r++) harmonic += 1 / r;
    let filled = 0;
    for (let r = 1; r <= vocabulary && filled < slots; r++) {
      const want = Math.round((slots * (1 / r)) / harmonic);
      for (let j = 0; j < want && filled < slots; j++) this.urn[filled++] = FIRST_WORD + r - 1;
      if (want === 0) break;
    }
    for (let r = 1; filled < slots; r++) this.urn[filled++] = FIRST_WORD + r - 1;
  }

  next(): number {
    const x = this.rng.u32();
    if (x % 50 === 0) return FIRST_WORD + (this.rng.u32() % this.vocabulary);
    return this.urn[x >>> (32 - URN_BITS)]!;
  }
}

export function vocabularyFor(tokens: number): number {
  return Math.max(1_000, Math.round(40 * tokens ** 0.55));
}

/** A corpus of about `target` tokens (the stream is exactly `target` long, documents cut to fit). */
export function syntheticCorpus(target: number, seed = 1): SyntheticCorpus {
  const rng = new Rng(seed);
  const vocabulary = vocabularyFor(target);
  const words = new ZipfWords(vocabulary, rng);
  const tokens = new Int32Array(target);
  const starts: number[] = [];
  let pos = 0;
  while (pos < target - 40) {
    starts.push(pos);
    const len = Math.min(rng.range(32, 1_000), target - 1 - pos - 1);
    const end = pos + len;
    let quote = starts.length > 1 && rng.chance(1, 10) ? rng.range(pos, end - 1) : -1;
    while (pos < end) {
      if (pos === quote) {
        const from = starts[rng.int(starts.length - 1)]!;
        const run = Math.min(rng.range(16, 200), end - pos);
        for (let j = 0; j < run && tokens[from + j]! >= FIRST_WORD; j++) tokens[pos++] = tokens[from + j]!;
        quote = -1;
        continue;
      }
      tokens[pos++] = words.next();
    }
    tokens[pos++] = 1;
  }
  tokens[pos - 1] = 0;
  const n = pos;
  const docs = starts.length;
  const docContribution = new BigUint64Array(docs);
  const docContributor = new Uint32Array(docs);
  const contributors = Math.max(1, Math.round(docs / 4));
  for (let d = 0; d < docs; d++) {
    docContribution[d] = BigInt(1_000 + d);
    docContributor[d] = rng.int(contributors);
  }
  // A view, not a copy: a discarded buffer freed during the build would hide part of its peak.
  return { tokens: tokens.subarray(0, n), docStart: Int32Array.from(starts), docContribution, docContributor, vocabulary };
}

/** Copy-heavy output: runs of 8–56 words copied from random corpus places, 3 % of words replaced. */
export function copyHeavyOutput(corpus: SyntheticCorpus, words: ZipfWords, rng: Rng, length = 256): Int32Array {
  const out = new Int32Array(length);
  let i = 0;
  const n = corpus.tokens.length;
  while (i < length) {
    const run = Math.min(rng.range(8, 56), length - i);
    let p = rng.int(n - 1);
    for (let j = 0; j < run; j++) {
      const t = corpus.tokens[p]!;
      out[i++] = t >= FIRST_WORD ? t : words.next();
      p = t >= FIRST_WORD ? p + 1 : rng.int(n - 1);
    }
  }
  for (let j = 0; j < length; j++) if (rng.chance(3, 100)) out[j] = rng.chance(1, 3) ? -1 : words.next();
  return out;
}

/** Random output: independent Zipf words. */
export function randomOutput(words: ZipfWords, length = 256): Int32Array {
  const out = new Int32Array(length);
  for (let j = 0; j < length; j++) out[j] = words.next();
  return out;
}
