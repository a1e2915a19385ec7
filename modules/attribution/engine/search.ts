/**
 * Pattern searches in one segment's suffix array: the longest prefix of a pattern that occurs
 * (∞-gram longest match), and the suffix-array interval of a pattern (its occurrences).
 *
 * Both are binary searches with the Manber–Myers lcp skip: between two suffixes that share
 * ℓlo and ℓhi leading tokens with the pattern, every suffix shares at least min(ℓlo, ℓhi), so a
 * comparison starts there. A search starts inside the first token's range (firstTokenStart),
 * whose suffixes all share one token with the pattern. Patterns hold word ids (≥ 3); the stream
 * ends with a unique 0 and separates documents with 1, so a comparison never runs off the end
 * nor across a document, and -1 (unknown word) or VOID never match.
 */
import type { Segment } from "./segment.ts";

/** [lo, hi): suffix-array range of the suffixes starting with `c` (empty when c is absent). */
function firstRange(seg: Segment, c: number, out: Int32Array): void {
  const t = seg.firstTokenStart;
  if (t.length === 0) {
    out[0] = 0;
    out[1] = seg.sa.length;
    return;
  }
  if (c < 0 || c + 1 >= t.length) {
    out[0] = 0;
    out[1] = 0;
    return;
  }
  out[0] = t[c]!;
  out[1] = t[c + 1]!;
}

const range = new Int32Array(2);

/**
 * Length of the longest prefix of pat[from .. from + m) that occurs in the segment (0..m).
 * PERF: O(log n) probes, each comparing tokens past the shared prefix only; stops early when the
 * whole pattern is found.
 */
export function longestPrefix(seg: Segment, pat: Int32Array, from: number, m: number): number {
  if (m <= 0) return 0;
  firstRange(seg, pat[from]!, range);
  if (range[0] === range[1]) return 0;
  const text = seg.tokens;
  const sa = seg.sa;
  const skipFirst = seg.firstTokenStart.length === 0 ? 0 : 1;
  if (m === skipFirst) return m;
  let lo = range[0]! - 1;
  let hi = range[1]!;
  let lcpLo = skipFirst;
  let lcpHi = skipFirst;
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    const p = sa[mid]!;
    let k = lcpLo < lcpHi ? lcpLo : lcpHi;
    while (k < m && text[p + k] === pat[from + k]) k++;
    if (k === m) return m;
    if (text[p + k]! > pat[from + k]!) {
      hi = mid;
      lcpHi = k;
    } else {
      lo = mid;
      lcpLo = k;
    }
  }
  return lcpLo > lcpHi ? lcpLo : lcpHi;
}

/**
 * Writes to out[0], out[1] the suffix-array interval [lo, hi) of the suffixes that start with
 * pat[from .. from + m); hi − lo is the number of occurrences. m ≥ 1.
 * PERF: two binary searches, O(log n) probes each.
 */
export function patternInterval(seg: Segment, pat: Int32Array, from: number, m: number, out: Int32Array): void {
  firstRange(seg, pat[from]!, out);
  if (out[0] === out[1]) return;
  const skipFirst = seg.firstTokenStart.length === 0 ? 0 : 1;
  if (m === skipFirst) return;
  const lo = bound(seg, pat, from, m, out[0]! - 1, out[1]!, skipFirst, false);
  const hi = bound(seg, pat, from, m, lo - 1, out[1]!, skipFirst, true);
  out[0] = lo;
  out[1] = hi;
}

/**
 * First index in (lo, hi] whose suffix's m-prefix is ≥ the pattern (upper = false) or > it
 * (upper = true); `known` tokens are shared by every suffix of the range.
 */
function bound(seg: Segment, pat: Int32Array, from: number, m: number, lo: number, hi: number, known: number, upper: boolean): number {
  const text = seg.tokens;
  const sa = seg.sa;
  let lcpLo = known;
  let lcpHi = known;
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    const p = sa[mid]!;
    let k = lcpLo < lcpHi ? lcpLo : lcpHi;
    while (k < m && text[p + k] === pat[from + k]) k++;
    const after = k < m ? text[p + k]! > pat[from + k]! : !upper;
    if (after) {
      hi = mid;
      lcpHi = k;
    } else {
      lo = mid;
      lcpLo = k;
    }
  }
  return hi;
}
