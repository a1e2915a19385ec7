/**
 * A stand-in attributor written straight from the definitions of matching and credit
 * (modules/attribution/engine/README.md) over the evaluation's SuffixIndex:
 * longest match per start, maximal spans, each token to the longest covering span, generic
 * spans (occ > OCC_CAP) and prompt echo to the residual, distinct contributors k, each paid
 * ⌊LEN_W[m] · SPEC[k] / 32⌋ per token, then the top MAX_PAYEES. It lets the harness run before
 * the engine's matcher exists and serves as a cross-check of it afterwards; the reported
 * numbers come from the engine. The raw-occurrence baseline reuses its spans.
 */
import { type AttributionParams, pointsPerContributor } from "../../modules/attribution/engine/params.ts";
import type { SuffixIndex } from "./suffixIndex.ts";

/** Points per contributor id. */
export type Credit = Map<number, number>;

export interface MatchedSpan {
  start: number;
  len: number;
  /** Suffix-array interval of the span. */
  lo: number;
  hi: number;
  /** Output tokens that take this span. */
  tokens: number;
}

/** Tokens of `output` inside runs of ≥ minLen tokens that also occur in `prompt`. PERF: O(L · |prompt|). */
export function echoMask(output: Int32Array, prompt: Int32Array | undefined, minLen: number): Uint8Array {
  const mask = new Uint8Array(output.length);
  if (!prompt || prompt.length === 0) return mask;
  let prev = new Int32Array(prompt.length + 1);
  let cur = new Int32Array(prompt.length + 1);
  for (let i = 0; i < output.length; i++) {
    let best = 0;
    for (let j = 1; j <= prompt.length; j++) {
      cur[j] = output[i] === prompt[j - 1] ? prev[j - 1]! + 1 : 0;
      if (cur[j]! > best) best = cur[j]!;
    }
    if (best >= minLen) mask.fill(1, i - best + 1, i + 1);
    [prev, cur] = [cur, prev];
  }
  return mask;
}

/** The maximal spans of `output` and, per token, the index of the span it takes (−1: none). */
export function matchSpans(index: SuffixIndex, output: Int32Array, params: AttributionParams): { spans: MatchedSpan[]; tokenSpan: Int32Array } {
  const L = Math.min(output.length, params.lMax);
  const spans: MatchedSpan[] = [];
  let prevEnd = 0;
  for (let l = 0; l < L; l++) {
    const len = index.longestPrefix(output, l, Math.min(params.nMax, L - l));
    if (l + len > prevEnd && len >= params.minLen) {
      const [lo, hi] = index.interval(output, l, len);
      spans.push({ start: l, len, lo, hi, tokens: 0 });
    }
    prevEnd = Math.max(prevEnd, l + len);
  }
  const tokenSpan = new Int32Array(L).fill(-1);
  spans.forEach((s, i) => {
    for (let t = s.start; t < s.start + s.len; t++) {
      const cur = tokenSpan[t]!;
      if (cur < 0 || spans[cur]!.len < s.len) tokenSpan[t] = i;
    }
  });
  for (const s of tokenSpan) if (s >= 0) spans[s]!.tokens++;
  return { spans, tokenSpan };
}

/** Keeps the top `max` contributors by (points desc, id asc). */
export function topPayees(credit: Credit, max: number): Credit {
  if (credit.size <= max) return credit;
  const kept = [...credit].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, max);
  return new Map(kept);
}

/** The engine's crediting rules over the stand-in matcher. */
export function standInAttribute(index: SuffixIndex, params: AttributionParams, output: Int32Array, prompt?: Int32Array): Credit {
  const { spans, tokenSpan } = matchSpans(index, output, params);
  const echo = echoMask(output, prompt, params.minLen);
  const earning = new Int32Array(spans.length);
  for (const [t, s] of tokenSpan.entries()) if (s >= 0 && echo[t] === 0) earning[s]!++;
  const credit: Credit = new Map();
  spans.forEach((s, i) => {
    if (earning[i] === 0 || s.hi - s.lo > params.occCap) return;
    const who = new Set<number>();
    for (let j = s.lo; j < s.hi; j++) who.add(index.posContributor[index.sa[j]!]!);
    const p = pointsPerContributor(params, Math.min(s.len, params.nMax), who.size) * earning[i]!;
    if (p === 0) return;
    for (const c of who) credit.set(c, (credit.get(c) ?? 0) + p);
  });
  return topPayees(credit, params.maxPayees);
}

/**
 * Baseline: raw occurrence counts, no contributor dedup, no 1/k, no OCC_CAP: every token adds,
 * for each occurrence of its span, one point to that occurrence's contributor.
 */
export function rawOccurrenceAttribute(index: SuffixIndex, params: AttributionParams, output: Int32Array, prompt?: Int32Array): Credit {
  const { spans, tokenSpan } = matchSpans(index, output, params);
  const echo = echoMask(output, prompt, params.minLen);
  const earning = new Int32Array(spans.length);
  for (const [t, s] of tokenSpan.entries()) if (s >= 0 && echo[t] === 0) earning[s]!++;
  const credit: Credit = new Map();
  spans.forEach((s, i) => {
    if (earning[i] === 0) return;
    for (let j = s.lo; j < s.hi; j++) {
      const c = index.posContributor[index.sa[j]!]!;
      credit.set(c, (credit.get(c) ?? 0) + earning[i]!);
    }
  });
  return credit;
}
