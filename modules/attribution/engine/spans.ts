/**
 * Matching: the longest match from every output position over every
 * corpus of the manifest, the maximal spans, and the span each token is credited through; plus
 * the prompt-echo mask.
 */
import type { AttributionIndex } from "./attributionIndex.ts";
import { suffixArray } from "./sais.ts";
import { longestPrefix } from "./search.ts";
import { END, FIRST_WORD, firstTokenTable, type Segment, SEPARATOR } from "./segment.ts";

/** One index of the manifest with the output mapped through its vocabulary (truncated to L). */
export interface PreparedCorpus {
  readonly index: AttributionIndex;
  readonly output: Int32Array;
  /** limit[l] = first position ≥ l holding -1 (an unknown word), or L: no match crosses it. */
  readonly limit: Int32Array;
}

/** PERF: linear in L. */
export function wordLimits(output: Int32Array): Int32Array {
  const L = output.length;
  const limit = new Int32Array(L + 1);
  limit[L] = L;
  for (let l = L - 1; l >= 0; l--) limit[l] = output[l]! < FIRST_WORD ? l : limit[l + 1]!;
  return limit;
}

/**
 * len[l] = longest prefix of output[l .. l + nMax) found in any segment of any corpus. Since
 * end(l) = l + len[l] never decreases, len[l] ≥ len[l − 1] − 1, which bounds the work: a corpus
 * whose pattern cannot beat the best so far is not searched.
 * PERF: O(L · segments · log n) probes.
 */
export function matchLengths(corpora: readonly PreparedCorpus[], L: number, nMax: number): Int32Array {
  const len = new Int32Array(L);
  for (let l = 0; l < L; l++) {
    let best = l > 0 && len[l - 1]! > 1 ? len[l - 1]! - 1 : 0;
    for (const c of corpora) {
      const room = c.limit[l]! - l;
      const m = room < nMax ? room : nMax;
      if (m <= best) continue;
      for (const seg of c.index.segments) {
        const r = longestPrefix(seg, c.output, l, m);
        if (r > best) {
          best = r;
          if (r === m) break;
        }
      }
    }
    len[l] = best;
  }
  return len;
}

/** Starts l with len[l] ≥ minLen and end(l) > end(l − 1): the maximal spans, in order. PERF: linear in L. */
export function maximalSpans(len: Int32Array, minLen: number): number[] {
  const starts: number[] = [];
  let prevEnd = 0;
  for (let l = 0; l < len.length; l++) {
    const end = l + len[l]!;
    if (len[l]! >= minLen && end > prevEnd) starts.push(l);
    prevEnd = end;
  }
  return starts;
}

/**
 * For each token, the index (into `starts`) of the longest maximal span covering it, ties to the
 * smaller start, or -1. PERF: O(Σ span lengths) ≤ L · nMax.
 */
export function creditingSpans(starts: readonly number[], len: Int32Array): Int32Array {
  const win = new Int32Array(len.length).fill(-1);
  for (let s = 0; s < starts.length; s++) {
    const l = starts[s]!;
    const m = len[l]!;
    for (let i = l; i < l + m; i++) {
      const w = win[i]!;
      if (w < 0 || len[starts[w]!]! < m) win[i] = s;
    }
  }
  return win;
}

/** A segment-shaped view of a prompt, for searching only (no documents). */
function promptSegment(prompt: Int32Array): Segment {
  const tokens = new Int32Array(prompt.length + 1);
  for (const [i, t] of prompt.entries()) tokens[i] = t >= FIRST_WORD ? t : SEPARATOR;
  tokens[prompt.length] = END;
  return {
    tokens,
    sa: suffixArray(tokens),
    docStart: new Int32Array(0),
    docContribution: new BigUint64Array(0),
    docContributor: new Uint32Array(0),
    firstTokenStart: firstTokenTable(tokens),
  };
}

/**
 * echo[i] = 1 when output token i lies in a run of ≥ minLen tokens that also occurs in the
 * prompt. Searching runs of at most nMax (≥ minLen) from each start covers the same tokens as
 * unbounded runs. PERF: linear build over the prompt, then O(L log prompt).
 */
export function echoMask(output: Int32Array, prompt: Int32Array, minLen: number, nMax: number): Uint8Array {
  const L = output.length;
  const echo = new Uint8Array(L);
  if (prompt.length < minLen) return echo;
  const seg = promptSegment(prompt);
  const limit = wordLimits(output);
  let coveredTo = 0;
  for (let l = 0; l < L; l++) {
    const room = limit[l]! - l;
    const m = room < nMax ? room : nMax;
    if (m < minLen) continue;
    const r = longestPrefix(seg, output, l, m);
    if (r < minLen) continue;
    for (let i = l > coveredTo ? l : coveredTo; i < l + r; i++) echo[i] = 1;
    if (l + r > coveredTo) coveredTo = l + r;
  }
  return echo;
}
