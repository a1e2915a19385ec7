/**
 * Attribution of one output: longest-match spans over the manifest's indexes,
 * per-contributor credit with the 1/k^α specificity rule, all in integers. Every token carries
 * P = 2^16 points; what no contributor earns is the residual, so
 * Σ contributor points + residual = L · P exactly.
 */
import type { AttributionIndex } from "./attributionIndex.ts";
import { AttributionEngineError } from "./errors.ts";
import { type AttributionParams, PARAMS_V1, POINTS_PER_TOKEN, pointsPerContributor } from "./params.ts";
import { FIRST_WORD } from "./segment.ts";
import { type SourceDocument, spanSources } from "./sources.ts";
import { creditingSpans, echoMask, matchLengths, maximalSpans, type PreparedCorpus, wordLimits } from "./spans.ts";

export interface AttributionCorpus {
  readonly index: AttributionIndex;
  /** The output's words mapped through this index's datanet vocabulary: ids ≥ 3, unknown = -1. */
  readonly output: Int32Array;
}

export interface AttributionRequest {
  /** The manifest's indexes; every output has the same length (one id per output word). */
  readonly corpora: readonly AttributionCorpus[];
  /** Output and prompt words in one shared id space (see echoIds), for prompt-echo exclusion. */
  readonly echo?: { readonly output: Int32Array; readonly prompt: Int32Array };
}

/** Residual points by cause; they add up to `residual`. */
export interface ResidualParts {
  /** Tokens covered by no span of ≥ minLen. */
  readonly unmatched: number;
  /** Tokens in a run also found in the prompt. */
  readonly echo: number;
  /** Tokens whose span occurs more than occCap times. */
  readonly generic: number;
  /** Tokens whose span occurs only in deleted documents. */
  readonly deleted: number;
  /** P − k·p of credited tokens (the 1/k^α rule and rounding). */
  readonly specificity: number;
  /** Points of contributors beyond the maxPayees best. */
  readonly unpaid: number;
}

export interface AttributedSpan {
  readonly start: number;
  readonly length: number;
  /** Tokens this span is the crediting span of (echoed tokens excluded). */
  readonly tokens: number;
  readonly occurrences: number;
  readonly generic: boolean;
  /** p: points per token for each contributor (0 when generic or no live document). */
  readonly points: number;
  readonly contributors: readonly number[];
  readonly documents: readonly SourceDocument[];
}

/** Counts the gas formula charges for (see gas.ts); they follow from the definitions alone. */
export interface MatchStats {
  /** L: output tokens after truncation. */
  readonly tokens: number;
  /** Segments over all corpora (each is searched from every start). */
  readonly segments: number;
  /** Spans whose sources were resolved (two searches per segment each). */
  readonly spans: number;
  /** Occurrences mapped to documents (those of non-generic resolved spans). */
  readonly occurrences: number;
  readonly promptTokens: number;
}

export interface Attribution {
  readonly paramsVersion: number;
  readonly tokens: number;
  /** L · P. */
  readonly totalPoints: number;
  /** Paid contributors, ascending. */
  readonly contributors: readonly { readonly contributor: number; readonly points: number }[];
  /** Their contributions (a contributor's points for a span go to its lowest contribution id there), ascending. */
  readonly contributions: readonly { readonly contribution: bigint; readonly contributor: number; readonly points: number }[];
  readonly residual: number;
  readonly residualParts: ResidualParts;
  /** Crediting spans in output order (for explain). */
  readonly spans: readonly AttributedSpan[];
  readonly stats: MatchStats;
}

function checkIds(what: string, ids: Int32Array): void {
  for (let i = 0; i < ids.length; i++) {
    if (ids[i]! < FIRST_WORD && ids[i] !== -1) throw new AttributionEngineError(`${what}: token ${i} is ${ids[i]}; output ids are words (≥ 3) or -1 (unknown)`);
  }
}

function prepare(request: AttributionRequest, lMax: number): { corpora: PreparedCorpus[]; L: number } {
  if (request.corpora.length === 0) throw new AttributionEngineError("attribute: the manifest has no index");
  const full = request.corpora[0]!.output.length;
  const L = full < lMax ? full : lMax;
  const corpora = request.corpora.map((c, i) => {
    if (c.output.length !== full) throw new AttributionEngineError(`attribute: corpus ${i} output has ${c.output.length} tokens, corpus 0 has ${full}`);
    const output = c.output.subarray(0, L);
    checkIds(`attribute: corpus ${i} output`, output);
    return { index: c.index, output, limit: wordLimits(output) };
  });
  if (request.echo !== undefined && request.echo.output.length !== full) {
    throw new AttributionEngineError(`attribute: echo output has ${request.echo.output.length} tokens, the corpus outputs ${full}`);
  }
  return { corpora, L };
}

class Ledger {
  readonly byContributor = new Map<number, number>();
  readonly byContribution = new Map<bigint, { contributor: number; points: number }>();

  add(contributor: number, contribution: bigint, points: number): void {
    this.byContributor.set(contributor, (this.byContributor.get(contributor) ?? 0) + points);
    const e = this.byContribution.get(contribution);
    if (e === undefined) this.byContribution.set(contribution, { contributor, points });
    else e.points += points;
  }
}

/**
 * Attributes one output. PERF: O(L · segments · log n) for matching, plus per crediting span two
 * searches per segment and at most occCap document lookups; see MatchStats and gas.ts.
 */
export function attribute(request: AttributionRequest, params: AttributionParams = PARAMS_V1): Attribution {
  const { corpora, L } = prepare(request, params.lMax);
  const P = POINTS_PER_TOKEN;
  let echo: Uint8Array = new Uint8Array(L);
  let promptTokens = 0;
  if (request.echo !== undefined) {
    const out = request.echo.output.subarray(0, L);
    checkIds("attribute: echo output", out);
    checkIds("attribute: echo prompt", request.echo.prompt);
    promptTokens = request.echo.prompt.length;
    echo = echoMask(out, request.echo.prompt, params.minLen, params.nMax);
  }
  const len = matchLengths(corpora, L, params.nMax);
  const starts = maximalSpans(len, params.minLen);
  const win = creditingSpans(starts, len);
  const won = new Int32Array(starts.length);
  const parts = { unmatched: 0, echo: 0, generic: 0, deleted: 0, specificity: 0, unpaid: 0 };
  for (let i = 0; i < L; i++) {
    if (echo[i] === 1) parts.echo += P;
    else if (win[i]! < 0) parts.unmatched += P;
    else won[win[i]!]!++;
  }
  const ledger = new Ledger();
  const spans: AttributedSpan[] = [];
  let examined = 0;
  for (let s = 0; s < starts.length; s++) {
    const t = won[s]!;
    if (t === 0) continue;
    const m = len[starts[s]!]!;
    const src = spanSources(corpora, starts[s]!, m, params.occCap);
    const k = src.contributors.length;
    const p = src.generic || k === 0 ? 0 : pointsPerContributor(params, m, k);
    if (!src.generic) examined += src.occurrences;
    if (src.generic) parts.generic += t * P;
    else if (k === 0) parts.deleted += t * P;
    else {
      parts.specificity += t * (P - k * p);
      for (let j = 0; j < k; j++) ledger.add(src.contributors[j]!, src.contributions[j]!, t * p);
    }
    spans.push({ start: starts[s]!, length: m, tokens: t, occurrences: src.occurrences, generic: src.generic, points: p, contributors: src.contributors, documents: src.documents });
  }
  const { contributors, contributions, unpaid } = payees(ledger, params.maxPayees);
  parts.unpaid = unpaid;
  const residual = parts.unmatched + parts.echo + parts.generic + parts.deleted + parts.specificity + parts.unpaid;
  let segments = 0;
  for (const c of corpora) segments += c.index.segments.length;
  return {
    paramsVersion: params.paramsVersion,
    tokens: L,
    totalPoints: L * P,
    contributors,
    contributions,
    residual,
    residualParts: parts,
    spans,
    stats: { tokens: L, segments, spans: spans.length, occurrences: examined, promptTokens },
  };
}

/** The maxPayees best contributors by (points desc, id asc) are paid; the rest is residual. */
function payees(ledger: Ledger, maxPayees: number): Pick<Attribution, "contributors" | "contributions"> & { unpaid: number } {
  const ranked = [...ledger.byContributor.entries()].filter(([, pts]) => pts > 0).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const paid = ranked.slice(0, maxPayees);
  let unpaid = 0;
  for (const [, pts] of ranked.slice(maxPayees)) unpaid += pts;
  const paidSet = new Set(paid.map(([c]) => c));
  const contributors = paid.map(([contributor, points]) => ({ contributor, points })).sort((a, b) => a.contributor - b.contributor);
  const contributions = [...ledger.byContribution.entries()]
    .filter(([, e]) => e.points > 0 && paidSet.has(e.contributor))
    .map(([contribution, e]) => ({ contribution, contributor: e.contributor, points: e.points }))
    .sort((a, b) => (a.contribution < b.contribution ? -1 : a.contribution > b.contribution ? 1 : 0));
  return { contributors, contributions, unpaid };
}
