/**
 * Baselines the engine must beat: uniform credit, credit in proportion to each
 * contributor's data size, and BM25 top-10 document retrieval with the output as the query.
 */
import type { Credit } from "./standIn.ts";
import type { IndexedDoc } from "./suffixIndex.ts";

/** One point to every training contributor (a constant: ranks nothing). */
export function uniformCredit(contributors: number): Credit {
  return new Map(Array.from({ length: contributors }, (_, c) => [c, 1]));
}

/** Points = the contributor's training tokens, whatever the output. */
export function sizeCredit(docs: readonly IndexedDoc[]): Credit {
  const m: Credit = new Map();
  for (const d of docs) m.set(d.contributor, (m.get(d.contributor) ?? 0) + d.tokens.length);
  return m;
}

/** BM25 (k1 = 1.2, b = 0.75) over documents; credit = the scores of the top documents, summed per contributor. */
export class Bm25 {
  private readonly postings = new Map<number, { docs: Int32Array; tf: Int32Array }>();
  private readonly docLen: Int32Array;
  private readonly avgLen: number;

  constructor(
    private readonly docs: readonly IndexedDoc[],
    private readonly k1 = 1.2,
    private readonly b = 0.75,
  ) {
    const lists = new Map<number, { docs: number[]; tf: number[] }>();
    this.docLen = new Int32Array(docs.length);
    let total = 0;
    docs.forEach((d, i) => {
      this.docLen[i] = d.tokens.length;
      total += d.tokens.length;
      const tf = new Map<number, number>();
      for (const w of d.tokens) tf.set(w, (tf.get(w) ?? 0) + 1);
      for (const [w, n] of tf) {
        let l = lists.get(w);
        if (!l) lists.set(w, (l = { docs: [], tf: [] }));
        l.docs.push(i);
        l.tf.push(n);
      }
    });
    for (const [w, l] of lists) this.postings.set(w, { docs: Int32Array.from(l.docs), tf: Int32Array.from(l.tf) });
    this.avgLen = total / Math.max(1, docs.length);
  }

  /** Credit of the `top` best-scoring documents for the query. PERF: O(Σ document frequency of the query's words). */
  attribute(query: Int32Array, top = 10): Credit {
    const qtf = new Map<number, number>();
    for (const w of query) qtf.set(w, (qtf.get(w) ?? 0) + 1);
    const score = new Float64Array(this.docs.length);
    const N = this.docs.length;
    for (const [w, q] of [...qtf].sort((a, b) => a[0] - b[0])) {
      const p = this.postings.get(w);
      if (!p) continue;
      const df = p.docs.length;
      const idf = Math.log((N - df + 0.5) / (df + 0.5) + 1);
      for (let i = 0; i < df; i++) {
        const d = p.docs[i]!;
        const tf = p.tf[i]!;
        score[d]! += q * idf * ((tf * (this.k1 + 1)) / (tf + this.k1 * (1 - this.b + (this.b * this.docLen[d]!) / this.avgLen)));
      }
    }
    const best = Array.from({ length: N }, (_, i) => i)
      .filter((i) => score[i]! > 0)
      .sort((a, b) => score[b]! - score[a]! || a - b)
      .slice(0, top);
    const credit: Credit = new Map();
    for (const d of best) {
      const c = this.docs[d]!.contributor;
      credit.set(c, (credit.get(c) ?? 0) + score[d]!);
    }
    return credit;
  }
}
