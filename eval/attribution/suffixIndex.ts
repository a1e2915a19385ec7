/**
 * The evaluation's own suffix-array view of the training corpus (documents joined by 1, ending
 * in 0), used by the stand-in attributor, the baselines and the planted-source ground truth
 * (who holds a span). The suffix array comes from the engine's SA-IS; the searches here are
 * written independently of the engine's matcher, so the two can be compared.
 */
import { suffixArray } from "../../modules/attribution/engine/sais.ts";

export interface IndexedDoc {
  tokens: Int32Array;
  contributor: number;
}

export class SuffixIndex {
  readonly tokens: Int32Array;
  readonly sa: Int32Array;
  readonly docStart: Int32Array;
  readonly docContributor: Int32Array;
  /** Contributor of each stream position (separators: the document before). */
  readonly posContributor: Int32Array;
  readonly contributors: number;

  constructor(docs: readonly IndexedDoc[], contributors: number) {
    let n = 0;
    for (const d of docs) n += d.tokens.length + 1;
    this.tokens = new Int32Array(Math.max(1, n));
    this.posContributor = new Int32Array(this.tokens.length);
    this.docStart = new Int32Array(docs.length);
    this.docContributor = new Int32Array(docs.length);
    let p = 0;
    docs.forEach((d, i) => {
      this.docStart[i] = p;
      this.docContributor[i] = d.contributor;
      this.tokens.set(d.tokens, p);
      this.posContributor.fill(d.contributor, p, p + d.tokens.length + 1);
      p += d.tokens.length;
      this.tokens[p++] = i === docs.length - 1 ? 0 : 1;
    });
    this.sa = suffixArray(this.tokens);
    this.contributors = contributors;
  }

  /** Compares the suffix at `pos` with pat[from..from+m): negative, 0 (pattern is a prefix) or positive. */
  private compare(pos: number, pat: Int32Array, from: number, m: number): number {
    const t = this.tokens;
    for (let j = 0; j < m; j++) {
      const a = pos + j < t.length ? t[pos + j]! : -2;
      const b = pat[from + j]!;
      if (a !== b) return a < b ? -1 : 1;
    }
    return 0;
  }

  private lcp(pos: number, pat: Int32Array, from: number, m: number): number {
    const t = this.tokens;
    let j = 0;
    while (j < m && pos + j < t.length && t[pos + j] === pat[from + j]) j++;
    return j;
  }

  /** Length of the longest prefix of pat[from..from+m) that occurs in the corpus. PERF: O(m log N). */
  longestPrefix(pat: Int32Array, from: number, m: number): number {
    let lo = 0;
    let hi = this.sa.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.compare(this.sa[mid]!, pat, from, m) < 0) lo = mid + 1;
      else hi = mid;
    }
    let best = 0;
    if (lo < this.sa.length) best = this.lcp(this.sa[lo]!, pat, from, m);
    if (lo > 0) best = Math.max(best, this.lcp(this.sa[lo - 1]!, pat, from, m));
    return best;
  }

  /** The suffix-array interval [lo, hi) of pat[from..from+m). */
  interval(pat: Int32Array, from: number, m: number): [number, number] {
    let lo = 0;
    let hi = this.sa.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.compare(this.sa[mid]!, pat, from, m) < 0) lo = mid + 1;
      else hi = mid;
    }
    let a = lo;
    let b = this.sa.length;
    while (a < b) {
      const mid = (a + b) >>> 1;
      if (this.compare(this.sa[mid]!, pat, from, m) <= 0) a = mid + 1;
      else b = mid;
    }
    return [lo, a];
  }

  /** Sorted distinct contributors holding pat[from..from+m) (every occurrence scanned). */
  holders(pat: Int32Array, from: number, m: number): number[] {
    const [lo, hi] = this.interval(pat, from, m);
    const set = new Set<number>();
    for (let i = lo; i < hi; i++) set.add(this.posContributor[this.sa[i]!]!);
    return [...set].sort((a, b) => a - b);
  }
}
