/**
 * Exact Jaccard similarity of two records' 5-gram shingle SETS, the confirmation
 * step after a MinHash band match. Exact: shingles are compared token by token, hashes only
 * order them, so a hash collision can never make two different shingles count as one.
 */
import { DatanetTextError } from "./errors.ts";
import { compareShingles, shingleHashes } from "./shingles.ts";

interface ShingleSet {
  ids: Int32Array;
  k: number;
  /** Lane-A hash of each distinct shingle, ascending (ties broken by content). */
  hash: Uint32Array;
  /** Start of each distinct shingle, in the same order. */
  pos: Int32Array;
}

/**
 * Positions 0..n-1 ordered by `keys` ascending, ties by position: a stable LSD radix sort,
 * 4 passes of 8 bits. PERF: O(n), no comparator calls.
 */
function radixOrder(keys: Uint32Array): Int32Array {
  const n = keys.length;
  let order = new Int32Array(n);
  let spare = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const count = new Int32Array(257);
  for (let shift = 0; shift < 32; shift += 8) {
    count.fill(0);
    for (let i = 0; i < n; i++) count[((keys[i]! >>> shift) & 0xff) + 1]!++;
    for (let d = 0; d < 256; d++) count[d + 1]! += count[d]!;
    for (let i = 0; i < n; i++) {
      const p = order[i]!;
      spare[count[(keys[p]! >>> shift) & 0xff]!++] = p;
    }
    const t = order;
    order = spare;
    spare = t;
  }
  return order;
}

/** True when the shingles at order[i, j) all equal the first one (a repeated shingle, the usual case). */
function allEqual(ids: Int32Array, k: number, order: Int32Array, i: number, j: number): boolean {
  for (let x = i + 1; x < j; x++) if (compareShingles(ids, order[i]!, k, ids, order[x]!, k) !== 0) return false;
  return true;
}

/**
 * Distinct shingles of `ids`, sorted by (hash, content): radix sort by hash, then the rare runs
 * of equal hashes are sorted by content so that equal shingles end up adjacent.
 * PERF: O(n) plus O(g log g) shingle comparisons per group of g equal hashes.
 */
function distinctShingles(ids: Int32Array): ShingleSet {
  const { a, k } = shingleHashes(ids);
  const order = radixOrder(a);
  for (let i = 0; i < order.length; ) {
    let j = i + 1;
    while (j < order.length && a[order[j]!] === a[order[i]!]) j++;
    if (j - i > 1 && !allEqual(ids, k, order, i, j)) order.subarray(i, j).sort((p, q) => compareShingles(ids, p, k, ids, q, k));
    i = j;
  }
  const hash = new Uint32Array(order.length);
  const pos = new Int32Array(order.length);
  let m = 0;
  for (let i = 0; i < order.length; i++) {
    const p = order[i]!;
    if (m > 0 && hash[m - 1] === a[p] && compareShingles(ids, pos[m - 1]!, k, ids, p, k) === 0) continue;
    hash[m] = a[p]!;
    pos[m] = p;
    m++;
  }
  return { ids, k, hash: hash.subarray(0, m), pos: pos.subarray(0, m) };
}

/** |A ∩ B| by a merge of the two sorted distinct lists. */
function intersectionSize(x: ShingleSet, y: ShingleSet): number {
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < x.hash.length && j < y.hash.length) {
    const c = x.hash[i] !== y.hash[j] ? (x.hash[i]! < y.hash[j]! ? -1 : 1) : compareShingles(x.ids, x.pos[i]!, x.k, y.ids, y.pos[j]!, y.k);
    if (c === 0) {
      common++;
      i++;
      j++;
    } else if (c < 0) {
      i++;
    } else {
      j++;
    }
  }
  return common;
}

/**
 * True when the exact Jaccard similarity of the shingle sets of `a` and `b` is at least
 * num/den, decided in integers: den·|A∩B| >= num·|A∪B|.
 * PERF: O(n + m) for n and m tokens (radix sort and merge); run only on MinHash candidates.
 */
export function shingleJaccardAtLeast(a: Int32Array, b: Int32Array, num: number, den: number): boolean {
  if (!Number.isSafeInteger(num) || !Number.isSafeInteger(den) || num < 0 || den <= 0 || num > den) {
    throw new DatanetTextError(`Jaccard threshold must be safe integers with 0 <= num <= den and den > 0; got ${num}/${den}`);
  }
  const x = distinctShingles(a);
  const y = distinctShingles(b);
  const inter = intersectionSize(x, y);
  const union = x.hash.length + y.hash.length - inter;
  // BigInt: den·|A∩B| can pass 2^53 for large thresholds; this runs once per call.
  return BigInt(den) * BigInt(inter) >= BigInt(num) * BigInt(union);
}
