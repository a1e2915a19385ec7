/**
 * Sources of a span: its occurrences in every segment of every corpus, the
 * live documents holding them and their distinct contributors. Documents and contributors
 * count once each; occurrences only decide whether the span is generic.
 */
import { isDeleted } from "./attributionIndex.ts";
import { patternInterval } from "./search.ts";
import { documentAt } from "./segment.ts";
import type { PreparedCorpus } from "./spans.ts";

export interface SourceDocument {
  /** Position of the corpus in the request. */
  readonly corpus: number;
  /** Document number in that index (across its segments). */
  readonly document: number;
  readonly contribution: bigint;
  readonly contributor: number;
}

export interface SpanSources {
  /** Occurrences over every segment of every corpus (deleted documents included). */
  readonly occurrences: number;
  /** occurrences > occCap: the span's tokens go to the residual and no document is looked up. */
  readonly generic: boolean;
  /** Live documents holding the span, by (corpus, document). */
  readonly documents: readonly SourceDocument[];
  /** C: distinct contributors of those documents, ascending. */
  readonly contributors: readonly number[];
  /** For each contributor of C, its lowest contribution id among those documents. */
  readonly contributions: readonly bigint[];
}

const interval = new Int32Array(2);

/**
 * PERF: two binary searches per segment of each corpus, then one O(log documents) lookup per
 * occurrence (at most occCap) and a sort of at most occCap documents.
 */
export function spanSources(corpora: readonly PreparedCorpus[], start: number, m: number, occCap: number): SpanSources {
  const hits: number[] = [];
  let occurrences = 0;
  for (let c = 0; c < corpora.length; c++) {
    const corpus = corpora[c]!;
    if (corpus.limit[start]! - start < m) continue;
    const segs = corpus.index.segments;
    for (let s = 0; s < segs.length; s++) {
      patternInterval(segs[s]!, corpus.output, start, m, interval);
      if (interval[1] === interval[0]) continue;
      occurrences += interval[1]! - interval[0]!;
      hits.push(c, s, interval[0]!, interval[1]!);
    }
  }
  if (occurrences > occCap) return { occurrences, generic: true, documents: [], contributors: [], contributions: [] };
  const docs: SourceDocument[] = [];
  for (let h = 0; h < hits.length; h += 4) {
    const corpus = corpora[hits[h]!]!;
    const seg = corpus.index.segments[hits[h + 1]!]!;
    const base = corpus.index.docBase[hits[h + 1]!]!;
    for (let i = hits[h + 2]!; i < hits[h + 3]!; i++) {
      const d = documentAt(seg, seg.sa[i]!);
      const document = base + d;
      if (isDeleted(corpus.index, document)) continue;
      docs.push({ corpus: hits[h]!, document, contribution: seg.docContribution[d]!, contributor: seg.docContributor[d]! });
    }
  }
  docs.sort((a, b) => a.corpus - b.corpus || a.document - b.document);
  const documents = docs.filter((d, i) => i === 0 || d.corpus !== docs[i - 1]!.corpus || d.document !== docs[i - 1]!.document);
  const byContributor = [...documents].sort((a, b) => a.contributor - b.contributor || (a.contribution < b.contribution ? -1 : a.contribution > b.contribution ? 1 : 0));
  const contributors: number[] = [];
  const contributions: bigint[] = [];
  for (let i = 0; i < byContributor.length; i++) {
    if (i > 0 && byContributor[i]!.contributor === byContributor[i - 1]!.contributor) continue;
    contributors.push(byContributor[i]!.contributor);
    contributions.push(byContributor[i]!.contribution);
  }
  return { occurrences, generic: false, documents, contributors, contributions };
}
