/**
 * Learns the merges of a "bpe-bytes-v1" tokenizer from a corpus: the corpus is cut into the
 * tokenizer's own chunks, counted once (a chunk → frequency table), and merges are learned on the
 * distinct chunks with incremental pair counts and a lazy max-heap, so a merge costs only the
 * chunks that contain its pair. Ties go to the lower pair (a, then b), so a corpus always gives
 * the same merges.
 */
import { BYTE_BASE, FIRST_MERGE_ID, MAX_TOKEN_BYTES, MAX_VOCAB, chunkEnd, type Tokenizer, tokenizerFromMerges } from "../../modules/inference/tokenizer.ts";

const PAIR = 0x1_0000;

export interface BpeOptions {
  /** Target vocabulary size, 259 (bytes only) .. 65,536. */
  vocabSize: number;
  /** Pairs seen fewer times are never merged (default 2). */
  minCount?: number;
}

/** Distinct chunks and their counts, in first-seen order. PERF: O(corpus bytes). */
export function countChunks(docs: readonly Uint8Array[]): { words: Int32Array[]; counts: number[] } {
  const index = new Map<string, number>();
  const words: Int32Array[] = [];
  const counts: number[] = [];
  for (const bytes of docs) {
    for (let i = 0; i < bytes.length; ) {
      const end = chunkEnd(bytes, i);
      let key = "";
      for (let k = i; k < end; k++) key += String.fromCharCode(bytes[k]!);
      const at = index.get(key);
      if (at === undefined) {
        index.set(key, words.length);
        const ids = new Int32Array(end - i);
        for (let k = i; k < end; k++) ids[k - i] = BYTE_BASE + bytes[k]!;
        words.push(ids);
        counts.push(1);
      } else counts[at]!++;
      i = end;
    }
  }
  return { words, counts };
}

/** Max-heap of (count, pair key): higher count first, then lower key. Entries may be stale. */
class PairHeap {
  private readonly count: number[] = [];
  private readonly key: number[] = [];

  get size(): number {
    return this.count.length;
  }

  private before(x: number, y: number): boolean {
    return this.count[x]! > this.count[y]! || (this.count[x] === this.count[y] && this.key[x]! < this.key[y]!);
  }

  private swap(x: number, y: number): void {
    [this.count[x], this.count[y]] = [this.count[y]!, this.count[x]!];
    [this.key[x], this.key[y]] = [this.key[y]!, this.key[x]!];
  }

  push(count: number, key: number): void {
    this.count.push(count);
    this.key.push(key);
    for (let k = this.count.length - 1; k > 0; ) {
      const p = (k - 1) >> 1;
      if (!this.before(k, p)) break;
      this.swap(k, p);
      k = p;
    }
  }

  pop(): { count: number; key: number } {
    const count = this.count[0], key = this.key[0];
    if (count === undefined || key === undefined) throw new Error("PairHeap.pop on an empty heap");
    const top = { count, key };
    const c = this.count.pop()!, k = this.key.pop()!;
    if (this.count.length > 0) {
      this.count[0] = c;
      this.key[0] = k;
      for (let i = 0; ; ) {
        const l = 2 * i + 1, r = l + 1;
        let m = i;
        if (l < this.count.length && this.before(l, m)) m = l;
        if (r < this.count.length && this.before(r, m)) m = r;
        if (m === i) break;
        this.swap(i, m);
        i = m;
      }
    }
    return top;
  }
}

/** Pair counts over the distinct words, with the words each pair occurs in. */
class PairTable {
  readonly counts = new Map<number, number>();
  readonly where = new Map<number, Set<number>>();
  readonly heap = new PairHeap();

  add(key: number, n: number, word: number): void {
    const c = (this.counts.get(key) ?? 0) + n;
    this.counts.set(key, c);
    if (n > 0) {
      let set = this.where.get(key);
      if (!set) this.where.set(key, (set = new Set()));
      set.add(word);
    }
  }

  /** Counts every adjacent pair of `ids` `n` times (n < 0 removes). */
  addWord(ids: Int32Array, n: number, word: number, touched: Set<number>): void {
    for (let i = 0; i + 1 < ids.length; i++) {
      const key = ids[i]! * PAIR + ids[i + 1]!;
      this.add(key, n, word);
      touched.add(key);
    }
  }
}

/** `ids` with every (a, b), left to right, replaced by `z`. */
function mergeWord(ids: Int32Array, a: number, b: number, z: number): Int32Array {
  const out = new Int32Array(ids.length);
  let w = 0;
  for (let i = 0; i < ids.length; i++) {
    if (i + 1 < ids.length && ids[i] === a && ids[i + 1] === b) {
      out[w++] = z;
      i++;
    } else out[w++] = ids[i]!;
  }
  return out.slice(0, w);
}

/**
 * Learns up to vocabSize − 259 merges (fewer when no pair is left at minCount).
 * PERF: O(corpus bytes) to count, then per merge O(total length of the distinct chunks containing the pair).
 */
export function learnMerges(docs: readonly Uint8Array[], opts: BpeOptions): [number, number][] {
  if (!Number.isInteger(opts.vocabSize) || opts.vocabSize < FIRST_MERGE_ID || opts.vocabSize > MAX_VOCAB) {
    throw new RangeError(`vocabulary size must be an integer in ${FIRST_MERGE_ID}..${MAX_VOCAB}, got ${opts.vocabSize}`);
  }
  const minCount = opts.minCount ?? 2;
  const { words, counts } = countChunks(docs);
  const table = new PairTable();
  const touched = new Set<number>();
  words.forEach((ids, w) => table.addWord(ids, counts[w]!, w, touched));
  for (const key of [...touched].sort((x, y) => x - y)) table.heap.push(table.counts.get(key)!, key);
  const length = new Int32Array(opts.vocabSize);
  for (let b = 0; b < 256; b++) length[BYTE_BASE + b] = 1;
  const merges: [number, number][] = [];
  while (FIRST_MERGE_ID + merges.length < opts.vocabSize && table.heap.size > 0) {
    const { count, key } = table.heap.pop();
    if (table.counts.get(key) !== count) continue; // stale: a fresher entry exists (or the pair is gone)
    if (count < minCount) break;
    const a = Math.floor(key / PAIR), b = key % PAIR;
    if (length[a]! + length[b]! > MAX_TOKEN_BYTES) {
      table.counts.delete(key); // never mergeable
      continue;
    }
    const z = FIRST_MERGE_ID + merges.length;
    merges.push([a, b]);
    length[z] = length[a]! + length[b]!;
    touched.clear();
    const affected = [...(table.where.get(key) ?? [])].sort((x, y) => x - y);
    for (const w of affected) {
      table.addWord(words[w]!, -counts[w]!, w, touched);
      words[w] = mergeWord(words[w]!, a, b, z);
      table.addWord(words[w], counts[w]!, w, touched);
    }
    table.where.delete(key);
    for (const k of [...touched].sort((x, y) => x - y)) {
      const c = table.counts.get(k)!;
      if (c > 0) table.heap.push(c, k);
      else table.counts.delete(k);
    }
  }
  return merges;
}

/** Learns a tokenizer of (at most) `vocabSize` ids from the corpus. */
export function learnTokenizer(docs: readonly Uint8Array[], opts: BpeOptions): Tokenizer {
  return tokenizerFromMerges(learnMerges(docs, opts));
}
