/**
 * The reference attribution: the definitions of matching and credit executed literally by plain scans
 * over the documents (no suffix array, no search tricks, bigint credit arithmetic). Far too
 * slow for a chain; the property tests require the engine to agree with it exactly.
 */
import type { Attribution, AttributedSpan } from "./attribute.ts";
import type { AttributionParams } from "./params.ts";
import type { SegmentDoc } from "./segment.ts";
import type { SourceDocument } from "./sources.ts";

export interface ReferenceCorpus {
  /** Documents per segment, in order (document numbers run across segments). */
  readonly segments: readonly (readonly SegmentDoc[])[];
  /** Deleted flag per document number. */
  readonly deleted: readonly boolean[];
  readonly output: Int32Array;
}

export interface ReferenceRequest {
  readonly corpora: readonly ReferenceCorpus[];
  readonly echo?: { readonly output: Int32Array; readonly prompt: Int32Array };
}

const P = 65_536;

/** Length of the common prefix of a[i..) and b[j..), at most `cap`, counting word ids (≥ 3) only. */
function common(a: Int32Array, i: number, b: Int32Array, j: number, cap: number): number {
  let k = 0;
  while (k < cap && i + k < a.length && j + k < b.length && a[i + k]! >= 3 && a[i + k] === b[j + k]) k++;
  return k;
}

function docsOf(c: ReferenceCorpus): SegmentDoc[] {
  return c.segments.flat();
}

/** Longest prefix (≤ cap) of out[l..) found anywhere in the documents. */
function longest(docs: readonly SegmentDoc[], out: Int32Array, l: number, cap: number): number {
  let best = 0;
  for (const d of docs) for (let p = 0; p < d.tokens.length; p++) best = Math.max(best, common(out, l, d.tokens, p, cap));
  return best;
}

/** Document numbers holding out[l..l+m), once per occurrence. */
function occurrences(docs: readonly SegmentDoc[], out: Int32Array, l: number, m: number): number[] {
  const hits: number[] = [];
  docs.forEach((d, n) => {
    for (let p = 0; p + m <= d.tokens.length; p++) if (common(out, l, d.tokens, p, m) === m) hits.push(n);
  });
  return hits;
}

export function referenceAttribute(request: ReferenceRequest, params: AttributionParams): Attribution {
  const full = request.corpora[0]!.output.length;
  const L = Math.min(full, params.lMax);
  const docs = request.corpora.map(docsOf);
  const len: number[] = [];
  for (let l = 0; l < L; l++) {
    len.push(Math.max(...request.corpora.map((c, ci) => longest(docs[ci]!, c.output.subarray(0, L), l, Math.min(params.nMax, L - l)))));
  }
  const end = (l: number): number => (l < 0 ? 0 : l + len[l]!);
  const spanStarts = len.map((_, l) => l).filter((l) => len[l]! >= params.minLen && end(l) > end(l - 1));

  const echoed = new Array<boolean>(L).fill(false);
  if (request.echo !== undefined) {
    const out = request.echo.output.subarray(0, L);
    const prompt = request.echo.prompt;
    for (let s = 0; s < L; s++) {
      let r = 0;
      for (let p = 0; p < prompt.length; p++) r = Math.max(r, common(out, s, prompt, p, L));
      if (r >= params.minLen) for (let i = s; i < s + r; i++) echoed[i] = true;
    }
  }

  const crediting: number[] = [];
  for (let i = 0; i < L; i++) {
    const covering = spanStarts.filter((l) => l <= i && i < l + len[l]!);
    covering.sort((a, b) => len[b]! - len[a]! || a - b);
    crediting.push(covering[0] ?? -1);
  }

  const parts = { unmatched: 0, echo: 0, generic: 0, deleted: 0, specificity: 0, unpaid: 0 };
  const points = new Map<number, number>();
  const contributionPoints = new Map<bigint, { contributor: number; points: number }>();
  const spans: AttributedSpan[] = [];
  let examined = 0;
  for (let i = 0; i < L; i++) {
    if (echoed[i]) parts.echo += P;
    else if (crediting[i]! < 0) parts.unmatched += P;
  }
  for (const l of spanStarts) {
    const t = crediting.filter((s, i) => s === l && !echoed[i]).length;
    if (t === 0) continue;
    const m = len[l]!;
    let occ = 0;
    const live: SourceDocument[] = [];
    request.corpora.forEach((c, ci) => {
      const hits = occurrences(docs[ci]!, c.output.subarray(0, L), l, m);
      occ += hits.length;
      for (const n of [...new Set(hits)].sort((a, b) => a - b)) {
        if (!c.deleted[n]) live.push({ corpus: ci, document: n, contribution: BigInt(docs[ci]![n]!.contributionId), contributor: docs[ci]![n]!.contributor });
      }
    });
    const generic = occ > params.occCap;
    const documents = generic ? [] : live;
    const contributors = [...new Set(documents.map((d) => d.contributor))].sort((a, b) => a - b);
    const k = contributors.length;
    let p = 0;
    if (generic) parts.generic += t * P;
    else if (k === 0) parts.deleted += t * P;
    else p = Number((2048n * BigInt(params.lenWeight[m]!) * BigInt(params.spec[k]!)) / 65536n);
    if (!generic) examined += occ;
    if (!generic && k > 0) {
      parts.specificity += t * (P - k * p);
      for (const c of contributors) {
        points.set(c, (points.get(c) ?? 0) + t * p);
        const mine = documents.filter((d) => d.contributor === c).map((d) => d.contribution);
        const rep = mine.reduce((a, b) => (b < a ? b : a));
        const e = contributionPoints.get(rep) ?? { contributor: c, points: 0 };
        e.points += t * p;
        contributionPoints.set(rep, e);
      }
    }
    spans.push({ start: l, length: m, tokens: t, occurrences: occ, generic, points: p, contributors, documents });
  }

  const ranked = [...points.entries()].filter(([, v]) => v > 0).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const paid = new Set(ranked.slice(0, params.maxPayees).map(([c]) => c));
  for (const [c, v] of ranked) if (!paid.has(c)) parts.unpaid += v;
  const contributors = ranked.filter(([c]) => paid.has(c)).map(([contributor, pts]) => ({ contributor, points: pts })).sort((a, b) => a.contributor - b.contributor);
  const contributions = [...contributionPoints.entries()]
    .filter(([, e]) => e.points > 0 && paid.has(e.contributor))
    .map(([contribution, e]) => ({ contribution, contributor: e.contributor, points: e.points }))
    .sort((a, b) => (a.contribution < b.contribution ? -1 : 1));
  const residual = Object.values(parts).reduce((a, b) => a + b, 0);
  return {
    paramsVersion: params.paramsVersion,
    tokens: L,
    totalPoints: L * P,
    contributors,
    contributions,
    residual,
    residualParts: parts,
    spans,
    stats: { tokens: L, segments: request.corpora.reduce((s, c) => s + c.segments.length, 0), spans: spans.length, occurrences: examined, promptTokens: request.echo?.prompt.length ?? 0 },
  };
}
