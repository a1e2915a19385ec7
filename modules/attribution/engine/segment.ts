/**
 * Segments: an immutable batch of documents, their joined token stream and its
 * suffix array, plus the document tables. Resident size: 8 B/token (tokens + suffix array),
 * 16 B/document (start, contributor, contribution id) and a first-token table of 4 B per id up
 * to the segment's largest id (derived, never serialised).
 */
import { AttributionEngineError } from "./errors.ts";
import { suffixArray } from "./sais.ts";

/** Reserved ids: 0 ends the stream, 1 separates documents, 2 (VOID) is a masked token. */
export const END = 0;
export const SEPARATOR = 1;
export const VOID = 2;
/** Smallest id of a word; output tokens are words or -1 (not in the vocabulary). */
export const FIRST_WORD = 3;
const MAX_CONTRIBUTION = (1n << 64n) - 1n;

export interface SegmentDoc {
  /** Word ids (≥ 3) and VOID (2) for masked runs. */
  readonly tokens: Int32Array;
  /** The chain's contribution id (uint64). */
  readonly contributionId: bigint | number;
  /** The contributor's number (uint32), the same for one account in every index of a manifest. */
  readonly contributor: number;
}

export interface Segment {
  /** Documents joined by 1, ending in 0. */
  readonly tokens: Int32Array;
  /** Suffix array of `tokens`. */
  readonly sa: Int32Array;
  /** Position of each document's first token (ascending; docStart[0] = 0). */
  readonly docStart: Int32Array;
  readonly docContribution: BigUint64Array;
  readonly docContributor: Uint32Array;
  /**
   * Derived: suffixes starting with id c are sa[firstTokenStart[c] .. firstTokenStart[c + 1]).
   * It lets a search start inside the first token's range (a few probes fewer, the ones that
   * miss the cache most).
   */
  readonly firstTokenStart: Int32Array;
}

/** The stream form of a segment, before its suffix array exists. */
export interface SegmentStream {
  readonly tokens: Int32Array;
  readonly docContribution: BigUint64Array;
  readonly docContributor: Uint32Array;
}

function contributionOf(id: bigint | number, d: number): bigint {
  if (typeof id === "number" && !Number.isSafeInteger(id)) throw new AttributionEngineError(`document ${d}: contribution id ${id} is not an integer`);
  const v = BigInt(id);
  if (v < 0n || v > MAX_CONTRIBUTION) throw new AttributionEngineError(`document ${d}: contribution id ${v} is outside uint64`);
  return v;
}

function checkContributor(c: number, d: number): void {
  if (!Number.isInteger(c) || c < 0 || c > 0xffffffff) throw new AttributionEngineError(`document ${d}: contributor ${c} is not a uint32`);
}

/**
 * Builds a segment from documents in their chain order (document numbers follow it).
 * PERF: linear in the total tokens (SA-IS); peaks near 8.2 B/token plus the input documents.
 */
export function buildSegment(docs: readonly SegmentDoc[]): Segment {
  let n = docs.length === 0 ? 1 : 0;
  for (const d of docs) n += d.tokens.length + 1;
  const tokens = new Int32Array(n);
  const docContribution = new BigUint64Array(docs.length);
  const docContributor = new Uint32Array(docs.length);
  let pos = 0;
  for (let d = 0; d < docs.length; d++) {
    const doc = docs[d]!;
    docContribution[d] = contributionOf(doc.contributionId, d);
    checkContributor(doc.contributor, d);
    docContributor[d] = doc.contributor;
    const t = doc.tokens;
    for (let i = 0; i < t.length; i++) {
      if (t[i]! < VOID) throw new AttributionEngineError(`document ${d} (contribution ${docContribution[d]}): token ${i} is ${t[i]}; documents hold word ids (≥ 3) and VOID (2) only`);
    }
    tokens.set(t, pos);
    pos += t.length;
    tokens[pos++] = d === docs.length - 1 ? END : SEPARATOR;
  }
  return buildSegmentFromStream({ tokens, docContribution, docContributor });
}

/**
 * Builds a segment from an already joined stream, taking ownership of its arrays (no copy:
 * the worker that reads records from the store writes them straight into one buffer).
 * PERF: linear in the tokens.
 */
export function buildSegmentFromStream(stream: SegmentStream): Segment {
  const docStart = checkStream(stream);
  const sa = suffixArray(stream.tokens);
  return { ...stream, sa, docStart, firstTokenStart: firstTokenTable(stream.tokens) };
}

/** Validates the stream layout and returns each document's start. */
export function checkStream(stream: SegmentStream): Int32Array {
  const { tokens, docContribution, docContributor } = stream;
  const docs = docContribution.length;
  if (docContributor.length !== docs) throw new AttributionEngineError(`segment: ${docs} contribution ids but ${docContributor.length} contributors`);
  const n = tokens.length;
  if (n === 0 || tokens[n - 1] !== END) throw new AttributionEngineError(`segment: the token stream must end with ${END}`);
  const docStart = new Int32Array(docs);
  let d = 0;
  if (docs > 0) d = 1;
  for (let i = 0; i < n - 1; i++) {
    const t = tokens[i]!;
    if (t === SEPARATOR) {
      if (d >= docs) throw new AttributionEngineError(`segment: separator at ${i} starts document ${d}, but there are ${docs} documents`);
      docStart[d++] = i + 1;
    } else if (t < VOID) {
      throw new AttributionEngineError(`segment: token ${i} is ${t}; the stream holds words (≥ 3), VOID (2) and separators (1), then one final ${END}`);
    }
  }
  if (docs === 0 ? n !== 1 : d !== docs) throw new AttributionEngineError(`segment: the stream holds ${docs === 0 ? "tokens" : d + " documents"} but the tables list ${docs}`);
  return docStart;
}

/**
 * firstTokenStart[c] = first suffix-array index whose suffix starts with id c, for c up to
 * the largest id + 1. Skipped (length 0) when the ids are much sparser than the tokens.
 * PERF: linear in the tokens and the largest id.
 */
export function firstTokenTable(tokens: Int32Array): Int32Array {
  let max = 0;
  for (let i = 0; i < tokens.length; i++) if (tokens[i]! > max) max = tokens[i]!;
  if (max > 4 * tokens.length + 65_536) return new Int32Array(0);
  const table = new Int32Array(max + 2);
  for (let i = 0; i < tokens.length; i++) table[tokens[i]! + 1]!++;
  for (let c = 1; c < table.length; c++) table[c]! += table[c - 1]!;
  return table;
}

/** Document holding position `pos` (binary search in docStart). PERF: O(log documents). */
export function documentAt(seg: Segment, pos: number): number {
  const s = seg.docStart;
  let lo = 0;
  let hi = s.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (s[mid]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Bytes held by a segment's arrays (what "resident" means in the benchmarks). */
export function segmentBytes(seg: Segment): number {
  return seg.tokens.byteLength + seg.sa.byteLength + seg.docStart.byteLength + seg.docContribution.byteLength + seg.docContributor.byteLength + seg.firstTokenStart.byteLength;
}
