/**
 * Suffix array construction by induced sorting (SA-IS, Nong, Zhang & Chan 2009) over an int32
 * alphabet, on typed arrays only.
 *
 * The suffix array of a string is unique, so this builder, a naive sort or a native library all
 * give the same bytes: the index hash depends on the corpus alone.
 *
 * Memory: besides the text (4 B/token) and the result (4 B/token), a type bitmap (1 bit/token
 * per recursion level) and two bucket arrays of the level's alphabet size. The reduced string
 * and its suffix array live inside the result array (the classic in-place layout), and the
 * reduced level's buckets use the free middle of the result array when they fit there, so the
 * build peaks at about 8.2 B/token plus the buckets of level 1 when they do not fit.
 */
import { AttributionEngineError } from "./errors.ts";

/**
 * The suffix array of `text`, which must end with a unique 0 (the end sentinel) and hold
 * values in [0, 2^31). A text whose largest value exceeds its length is rank-compressed first
 * (same order, so the same suffix array) to keep the buckets small.
 * PERF: linear in the text length (plus n log n for a rank compression of a sparse alphabet).
 */
export function suffixArray(text: Int32Array): Int32Array {
  const n = text.length;
  if (n === 0 || text[n - 1] !== 0) throw new AttributionEngineError(`suffixArray: the text must end with the sentinel 0 (length ${n})`);
  let max = 0;
  for (let i = 0; i < n - 1; i++) {
    const c = text[i]!;
    if (c <= 0) throw new AttributionEngineError(`suffixArray: value ${c} at ${i}: only the last value may be 0 and none may be negative`);
    if (c > max) max = c;
  }
  const sa = new Int32Array(n);
  if (n === 1) return sa;
  if (max >= n) {
    const ranked = rankCompress(text);
    sais(ranked.text, sa, n, ranked.alphabet, undefined);
  } else {
    sais(text, sa, n, max + 1, undefined);
  }
  return sa;
}

/** Order-preserving renaming of a text's values to 0..V-1 (V distinct values). */
function rankCompress(text: Int32Array): { text: Int32Array; alphabet: number } {
  const sorted = Int32Array.from(text).sort();
  let v = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[v++] = sorted[i]!;
  const values = sorted.subarray(0, v);
  const out = new Int32Array(text.length);
  for (let i = 0; i < text.length; i++) {
    let lo = 0;
    let hi = v - 1;
    const c = text[i]!;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (values[mid]! < c) lo = mid + 1;
      else hi = mid;
    }
    out[i] = lo;
  }
  return { text: out, alphabet: v };
}

function isS(t: Uint8Array, i: number): boolean {
  return ((t[i >> 3]! >> (i & 7)) & 1) === 1;
}

function isLms(t: Uint8Array, i: number): boolean {
  return i > 0 && isS(t, i) && !isS(t, i - 1);
}

/** Bucket starts: c[v] = number of values < v; c[k] = n. */
function bucketStarts(text: Int32Array, n: number, k: number, c: Int32Array): void {
  c.fill(0, 0, k + 1);
  for (let i = 0; i < n; i++) c[text[i]! + 1]!++;
  for (let v = 1; v <= k; v++) c[v]! += c[v - 1]!;
}

/**
 * b[v] = start (or end) of bucket v. With `c` it is copied from the bucket starts; without,
 * recounted from the text (one pass), which saves the second array when memory is short.
 */
function setBuckets(text: Int32Array, n: number, k: number, c: Int32Array | undefined, b: Int32Array, ends: boolean): void {
  if (c !== undefined) {
    if (ends) for (let v = 0; v < k; v++) b[v] = c[v + 1]!;
    else for (let v = 0; v < k; v++) b[v] = c[v]!;
    return;
  }
  b.fill(0, 0, k);
  for (let i = 0; i < n; i++) b[text[i]!]!++;
  let sum = 0;
  for (let v = 0; v < k; v++) {
    const count = b[v]!;
    b[v] = ends ? sum + count : sum;
    sum += count;
  }
}

function induceL(text: Int32Array, sa: Int32Array, t: Uint8Array, n: number, k: number, c: Int32Array | undefined, b: Int32Array): void {
  setBuckets(text, n, k, c, b, false);
  for (let i = 0; i < n; i++) {
    const j = sa[i]! - 1;
    if (j >= 0 && ((t[j >> 3]! >> (j & 7)) & 1) === 0) sa[b[text[j]!]!++] = j;
  }
}

function induceS(text: Int32Array, sa: Int32Array, t: Uint8Array, n: number, k: number, c: Int32Array | undefined, b: Int32Array): void {
  setBuckets(text, n, k, c, b, true);
  for (let i = n - 1; i >= 0; i--) {
    const j = sa[i]! - 1;
    if (j >= 0 && ((t[j >> 3]! >> (j & 7)) & 1) === 1) sa[--b[text[j]!]!] = j;
  }
}

/** Type bitmap: bit i set when suffix i is S-type (smaller than suffix i + 1). */
function classify(text: Int32Array, n: number): Uint8Array {
  const t = new Uint8Array((n + 7) >> 3);
  t[(n - 1) >> 3]! |= 1 << ((n - 1) & 7);
  let nextS = true;
  for (let i = n - 2; i >= 0; i--) {
    const s: boolean = text[i]! < text[i + 1]! || (text[i] === text[i + 1] && nextS);
    if (s) t[i >> 3]! |= 1 << (i & 7);
    nextS = s;
  }
  return t;
}

/** Whether the LMS substrings at `a` and `b` differ (characters or types). */
function lmsDiffer(text: Int32Array, t: Uint8Array, a: number, b: number): boolean {
  for (let d = 0; ; d++) {
    if (text[a + d] !== text[b + d] || isS(t, a + d) !== isS(t, b + d)) return true;
    if (d > 0 && (isLms(t, a + d) || isLms(t, b + d))) return false;
  }
}

/**
 * SA-IS proper: `text[0..n)` over [0, k), ending with a unique 0; writes `sa[0..n)`. `work`
 * is spare int32 space the caller lends for the buckets (the free middle of its array).
 */
function sais(text: Int32Array, sa: Int32Array, n: number, k: number, work: Int32Array | undefined): void {
  const t = classify(text, n);
  // Buckets: starts (c, k + 1) and working pointers (b, k), in the lent space when both fit,
  // else b alone there (c recounted), else allocated. The reduced levels of text have nearly
  // as many names as LMS positions, so "b alone" is what keeps level 1 inside the result array.
  let c: Int32Array | undefined;
  let b: Int32Array;
  if (work !== undefined && work.length >= 2 * k + 1) {
    c = work.subarray(0, k + 1);
    b = work.subarray(k + 1, 2 * k + 1);
  } else if (work !== undefined && work.length >= k) {
    c = undefined;
    b = work.subarray(0, k);
  } else {
    c = new Int32Array(k + 1);
    b = new Int32Array(k);
  }
  if (c !== undefined) bucketStarts(text, n, k, c);

  // Stage 1: sort the LMS substrings by inducing from their unsorted positions.
  sa.fill(-1, 0, n);
  setBuckets(text, n, k, c, b, true);
  for (let i = 1; i < n; i++) if (isLms(t, i)) sa[--b[text[i]!]!] = i;
  induceL(text, sa, t, n, k, c, b);
  induceS(text, sa, t, n, k, c, b);

  let n1 = 0;
  for (let i = 0; i < n; i++) {
    const p = sa[i]!;
    if (isLms(t, p)) sa[n1++] = p;
  }
  // Name the sorted LMS substrings; names go to sa[n1 + pos/2] (LMS positions are never adjacent).
  sa.fill(-1, n1, n);
  let names = 0;
  let prev = -1;
  for (let i = 0; i < n1; i++) {
    const pos = sa[i]!;
    if (prev === -1 || lmsDiffer(text, t, pos, prev)) {
      names++;
      prev = pos;
    }
    sa[n1 + (pos >> 1)] = names - 1;
  }
  for (let i = n - 1, j = n - 1; i >= n1; i--) if (sa[i]! >= 0) sa[j--] = sa[i]!;

  // Stage 2: sort the reduced string (recursively when some names repeat).
  const s1 = sa.subarray(n - n1, n);
  const sa1 = sa.subarray(0, n1);
  if (names < n1) sais(s1, sa1, n1, names, sa.subarray(n1, n - n1));
  else for (let i = 0; i < n1; i++) sa1[s1[i]!] = i;

  // Stage 3: induce the whole suffix array from the sorted LMS suffixes.
  for (let i = 1, j = 0; i < n; i++) if (isLms(t, i)) s1[j++] = i;
  for (let i = 0; i < n1; i++) sa1[i] = s1[sa1[i]!]!;
  sa.fill(-1, n1, n);
  setBuckets(text, n, k, c, b, true);
  for (let i = n1 - 1; i >= 0; i--) {
    const j = sa[i]!;
    sa[i] = -1;
    sa[--b[text[j]!]!] = j;
  }
  induceL(text, sa, t, n, k, c, b);
  induceS(text, sa, t, n, k, c, b);
}
