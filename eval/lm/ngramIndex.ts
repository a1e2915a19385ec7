/**
 * The count store of the evaluation LM: every training position's ORDER-token key, kept inside
 * its document, sorted once with an LSD radix sort. Any n-gram (n ≤ ORDER) is then one
 * contiguous interval of `sorted`, its count is the interval's size, and the interval's
 * positions name the contributors who hold it. Training on a contributor subset is the same
 * intervals counted over that subset, with no retraining.
 *
 * Each document is laid out as [BOS, words…, EOS]; a key stops after EOS (offsets past it read
 * PAD), so no n-gram crosses documents and counts are exact sums over documents.
 */

export const ORDER = 5;
export const PAD = 0;
export const BOS = 1;
export const EOS = 2;

export interface TrainingDoc {
  tokens: Int32Array;
  contributor: number;
}

export class NgramIndex {
  /** The stream: each document as [BOS, words…, EOS]. */
  readonly tokens: Int32Array;
  /** Position of the EOS that ends each position's document. */
  readonly limit: Int32Array;
  /** Positions sorted by their ORDER-token key (ties by position). */
  readonly sorted: Int32Array;
  /** Contributor of sorted[i] (the scans read this, in sorted order). */
  readonly sortedContributor: Int32Array;
  /** Tokens (BOS and EOS included) per contributor. */
  readonly contributorTokens: Int32Array;
  readonly contributors: number;
  /** One more than the largest token id the model may see (fixes the uniform floor 1/V). */
  readonly vocabSize: number;

  constructor(docs: readonly TrainingDoc[], contributors: number, vocabSize: number) {
    let n = 0;
    for (const d of docs) n += d.tokens.length + 2;
    this.tokens = new Int32Array(n);
    this.limit = new Int32Array(n);
    const posContributor = new Int32Array(n);
    this.contributorTokens = new Int32Array(contributors);
    let p = 0;
    for (const d of docs) {
      const end = p + d.tokens.length + 1;
      this.tokens[p] = BOS;
      this.tokens.set(d.tokens, p + 1);
      this.tokens[end] = EOS;
      this.limit.fill(end, p, end + 1);
      posContributor.fill(d.contributor, p, end + 1);
      this.contributorTokens[d.contributor]! += end + 1 - p;
      p = end + 1;
    }
    this.contributors = contributors;
    this.vocabSize = vocabSize;
    this.sorted = this.radixSort();
    this.sortedContributor = new Int32Array(n);
    for (let i = 0; i < n; i++) this.sortedContributor[i] = posContributor[this.sorted[i]!]!;
  }

  get size(): number {
    return this.tokens.length;
  }

  /** The token at offset k of the key of position p (PAD past the document's EOS). */
  key(p: number, k: number): number {
    return p + k <= this.limit[p]! ? this.tokens[p + k]! : PAD;
  }

  /** Stable counting sort by offset ORDER−1 down to 0. PERF: O(ORDER · (N + V)). */
  private radixSort(): Int32Array {
    const n = this.tokens.length;
    let cur = new Int32Array(n);
    for (let i = 0; i < n; i++) cur[i] = i;
    let next = new Int32Array(n);
    const count = new Int32Array(this.vocabSize + 1);
    for (let k = ORDER - 1; k >= 0; k--) {
      count.fill(0);
      for (let i = 0; i < n; i++) count[this.key(cur[i]!, k) + 1]!++;
      for (let v = 1; v <= this.vocabSize; v++) count[v]! += count[v - 1]!;
      for (let i = 0; i < n; i++) next[count[this.key(cur[i]!, k)]!++] = cur[i]!;
      [cur, next] = [next, cur];
    }
    return cur;
  }

  /** First i in [lo, hi) whose key at offset k is ≥ tok (all of [lo, hi) agree below k). */
  private lowerBound(lo: number, hi: number, k: number, tok: number): number {
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.key(this.sorted[mid]!, k) < tok) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * The sub-interval of [lo, hi) whose key at offset k is `tok`, written to out[0..2).
   * PERF: two binary searches.
   */
  narrow(lo: number, hi: number, k: number, tok: number, out: Int32Array): void {
    const a = this.lowerBound(lo, hi, k, tok);
    out[0] = a;
    out[1] = this.lowerBound(a, hi, k, tok + 1);
  }

  /** End of the run of equal keys at offset k that starts at s (< hi). PERF: O(log run length). */
  runEnd(s: number, hi: number, k: number): number {
    const tok = this.key(this.sorted[s]!, k);
    let known = s;
    let step = 1;
    while (known + step < hi && this.key(this.sorted[known + step]!, k) === tok) {
      known += step;
      step *= 2;
    }
    return this.lowerBound(known + 1, Math.min(known + step, hi), k, tok + 1);
  }
}
