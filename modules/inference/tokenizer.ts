/**
 * The "bpe-bytes-v1" tokenizer: byte-level BPE whose definition travels in the
 * model artifact's metadata as `{"type":"bpe-bytes-v1","merges":[[a,b],...]}`.
 *
 * Ids: 0 PAD, 1 BOS, 2 EOS, 3..258 the bytes 0..255, 259+i merge i (of the ids a, b).
 * Pre-tokenisation cuts the UTF-8 bytes into chunks by byte class only (no Unicode tables, so
 * every Node version agrees): a maximal run of letters ([A-Za-z] or any byte >= 0x80), a maximal
 * run of digits, a single space followed by such a run, or one other byte. Inside a chunk the
 * merges apply by rank (lowest first, leftmost on ties). Decoding concatenates the ids' bytes
 * (specials emit nothing) and reads them as UTF-8, an invalid sequence becoming U+FFFD by the
 * WHATWG rule (utf8Lossy.ts: written out rather than borrowed from TextDecoder, so ICU builds cannot differ).
 *
 * Consensus code: integer arithmetic only, results independent of the chunk cache.
 */

import { utf8Lossy } from "./utf8Lossy.ts";

export const TOKENIZER_TYPE = "bpe-bytes-v1";
export const PAD_ID = 0;
export const BOS_ID = 1;
export const EOS_ID = 2;
/** Id of byte 0; byte b is BYTE_BASE + b. */
export const BYTE_BASE = 3;
/** Id of merge 0. */
export const FIRST_MERGE_ID = 259;
/** Ids fit in 16 bits: a vocabulary of at most 65,536. */
export const MAX_VOCAB = 65_536;
export const MAX_MERGES = MAX_VOCAB - FIRST_MERGE_ID;
/** Longest token, in bytes: bounds decode output per id (merges could otherwise double a length each time). */
export const MAX_TOKEN_BYTES = 128;

/** A tokenizer definition that is malformed; the message names the field or merge. */
export class TokenizerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "TokenizerError";
  }
}

/** Chunks at or below this many ids use the quadratic scan; longer ones the heap. */
const SHORT_CHUNK = 24;
/** The chunk cache is emptied when it reaches this size (it only saves work, never changes results). */
const CACHE_LIMIT = 1 << 16;
/** Longer chunks are rare repeats: merged without the cache (no key to build). */
const CACHE_MAX_CHUNK = 64;
/** Pair key: ids are < 2^16, so a * 2^16 + b is exact. */
const PAIR = 0x1_0000;

/** A validated tokenizer (the constructor checks the merges). Immutable apart from the chunk cache. */
export class Tokenizer {
  /** 259 + merges. */
  readonly vocabSize: number;
  readonly merges: readonly (readonly [number, number])[];
  /** Left / right part of each id (-1 for specials and bytes). */
  private readonly left: Int32Array;
  private readonly right: Int32Array;
  /** Byte length of each id (0 for specials). */
  readonly tokenLength: Int32Array;
  /** Pair key → merge rank. */
  private readonly rank: Map<number, number>;
  private readonly cache = new Map<string, Int32Array>();

  constructor(unchecked: readonly (readonly [number, number])[]) {
    const merges = checkMerges(unchecked);
    this.merges = merges.map(([a, b]) => [a, b] as const);
    this.vocabSize = FIRST_MERGE_ID + merges.length;
    this.left = new Int32Array(this.vocabSize).fill(-1);
    this.right = new Int32Array(this.vocabSize).fill(-1);
    this.tokenLength = new Int32Array(this.vocabSize);
    for (let b = 0; b < 256; b++) this.tokenLength[BYTE_BASE + b] = 1;
    this.rank = new Map();
    merges.forEach(([a, b], i) => {
      const id = FIRST_MERGE_ID + i;
      this.left[id] = a;
      this.right[id] = b;
      this.tokenLength[id] = this.tokenLength[a]! + this.tokenLength[b]!;
      this.rank.set(a * PAIR + b, i);
    });
  }

  /** The rank of merging (a, b), or -1. */
  pairRank(a: number, b: number): number {
    const r = this.rank.get(a * PAIR + b);
    return r === undefined ? -1 : r;
  }

  /** Appends the bytes of `id` to `out` at `at`; returns the new end. PERF: O(token bytes). */
  writeBytes(id: number, out: Uint8Array, at: number): number {
    if (id < BYTE_BASE) return at;
    if (id < FIRST_MERGE_ID) {
      out[at] = id - BYTE_BASE;
      return at + 1;
    }
    return this.writeBytes(this.right[id]!, out, this.writeBytes(this.left[id]!, out, at));
  }

  /** The ids of one chunk, cached. PERF: O(n log n) in the chunk's bytes on a miss. */
  chunkIds(bytes: Uint8Array, start: number, end: number): Int32Array {
    if (end - start > CACHE_MAX_CHUNK) return mergeLong(this, bytes, start, end);
    let key = "";
    for (let i = start; i < end; i++) key += String.fromCharCode(bytes[i]!);
    const hit = this.cache.get(key);
    if (hit) return hit;
    const ids = end - start <= SHORT_CHUNK ? mergeShort(this, bytes, start, end) : mergeLong(this, bytes, start, end);
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(key, ids);
    return ids;
  }
}

// --- definition ---------------------------------------------------------------------------------

function fail(message: string): never {
  throw new TokenizerError(`invalid tokenizer: ${message}`);
}

function checkMergeId(v: unknown, i: number, side: string): number {
  if (typeof v !== "number" || !Number.isSafeInteger(v)) fail(`merges[${i}][${side}] is ${JSON.stringify(v)}, not an integer id`);
  const limit = FIRST_MERGE_ID + i;
  if (v < BYTE_BASE || v >= limit) {
    fail(`merges[${i}][${side}] = ${v} is outside ${BYTE_BASE}..${limit - 1}: a merge joins byte ids (3..258) or ids of earlier merges, never a special (0..2) or itself`);
  }
  return v;
}

/** Validates merges (ids defined before use, no duplicate pair, token lengths bounded). */
export function checkMerges(merges: unknown): [number, number][] {
  if (!Array.isArray(merges)) fail(`"merges" must be an array of [a, b] pairs, got ${merges === null ? "null" : typeof merges}`);
  if (merges.length > MAX_MERGES) fail(`${merges.length} merges, above the maximum ${MAX_MERGES} (vocabulary ${MAX_VOCAB})`);
  const out: [number, number][] = [];
  const seen = new Map<number, number>();
  const length = new Int32Array(FIRST_MERGE_ID + merges.length);
  for (let b = 0; b < 256; b++) length[BYTE_BASE + b] = 1;
  merges.forEach((m: unknown, i) => {
    if (!Array.isArray(m) || m.length !== 2) fail(`merges[${i}] must be a pair [a, b] of ids, got ${JSON.stringify(m)}`);
    const a = checkMergeId(m[0], i, "0");
    const b = checkMergeId(m[1], i, "1");
    const earlier = seen.get(a * PAIR + b);
    if (earlier !== undefined) fail(`merges[${i}] = [${a}, ${b}] repeats merges[${earlier}]`);
    seen.set(a * PAIR + b, i);
    length[FIRST_MERGE_ID + i] = length[a]! + length[b]!;
    if (length[FIRST_MERGE_ID + i]! > MAX_TOKEN_BYTES) fail(`merges[${i}] = [${a}, ${b}] makes a ${length[FIRST_MERGE_ID + i]}-byte token, above the maximum ${MAX_TOKEN_BYTES}`);
    out.push([a, b]);
  });
  return out;
}

/** Parses and validates the JSON definition. Throws TokenizerError naming the problem. PERF: O(merges). */
export function parseTokenizer(json: string): Tokenizer {
  let v: unknown;
  try {
    v = JSON.parse(json);
  } catch (e) {
    fail(`not valid JSON (${(e as Error).message})`);
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) fail("the definition must be a JSON object {\"type\":\"bpe-bytes-v1\",\"merges\":[...]}");
  const o = v as Record<string, unknown>;
  for (const k of Object.keys(o).sort()) if (k !== "type" && k !== "merges") fail(`unknown field ${JSON.stringify(k)} (only "type" and "merges")`);
  if (o.type !== TOKENIZER_TYPE) fail(`"type" is ${JSON.stringify(o.type)}, expected "${TOKENIZER_TYPE}"`);
  return new Tokenizer(o.merges as [number, number][]);
}

/** A tokenizer from merges (validated as parseTokenizer does). */
export function tokenizerFromMerges(merges: readonly (readonly [number, number])[]): Tokenizer {
  return new Tokenizer(merges);
}

/** The canonical JSON of the definition (what goes into the artifact's metadata). */
export function tokenizerJson(tok: Tokenizer): string {
  return `{"type":"${TOKENIZER_TYPE}","merges":[${tok.merges.map(([a, b]) => `[${a},${b}]`).join(",")}]}`;
}

// --- pre-tokenisation -------------------------------------------------------------------------

const OTHER = 0;
const LETTER = 1;
const DIGIT = 2;
const SPACE = 0x20;

function byteClass(b: number): number {
  if (b >= 0x80 || (b >= 0x61 && b <= 0x7a) || (b >= 0x41 && b <= 0x5a)) return LETTER;
  if (b >= 0x30 && b <= 0x39) return DIGIT;
  return OTHER;
}

/** The end of the chunk that starts at `i`. PERF: O(chunk length). */
export function chunkEnd(bytes: Uint8Array, i: number): number {
  const n = bytes.length;
  let j = i;
  if (bytes[i] === SPACE && i + 1 < n && byteClass(bytes[i + 1]!) !== OTHER) j = i + 1;
  const cls = byteClass(bytes[j]!);
  if (cls === OTHER) return i + 1;
  j++;
  while (j < n && byteClass(bytes[j]!) === cls) j++;
  return j;
}

// --- BPE inside a chunk -----------------------------------------------------------------------

/** Short chunks: repeatedly merge every occurrence of the lowest-ranked pair, left to right. */
function mergeShort(tok: Tokenizer, bytes: Uint8Array, start: number, end: number): Int32Array {
  let ids = new Int32Array(end - start);
  for (let i = start; i < end; i++) ids[i - start] = BYTE_BASE + bytes[i]!;
  let n = ids.length;
  while (n > 1) {
    let best = -1;
    for (let i = 0; i + 1 < n; i++) {
      const r = tok.pairRank(ids[i]!, ids[i + 1]!);
      if (r >= 0 && (best < 0 || r < best)) best = r;
    }
    if (best < 0) break;
    const [a, b] = tok.merges[best]!;
    let w = 0;
    for (let i = 0; i < n; i++) {
      if (i + 1 < n && ids[i] === a && ids[i + 1] === b) {
        ids[w++] = FIRST_MERGE_ID + best;
        i++;
      } else ids[w++] = ids[i]!;
    }
    n = w;
  }
  if (n < ids.length) ids = ids.slice(0, n);
  return ids;
}

/**
 * Long chunks: a linked list of nodes and a min-heap of candidate merges keyed (rank, position).
 * A merge only creates pairs of higher rank (merge ids are defined before use), so popping the
 * lowest (rank, leftmost) candidate gives exactly mergeShort's result.
 */
function mergeLong(tok: Tokenizer, bytes: Uint8Array, start: number, end: number): Int32Array {
  const n = end - start;
  const id = new Int32Array(n);
  const next = new Int32Array(n);
  const prev = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    id[i] = BYTE_BASE + bytes[start + i]!;
    next[i] = i + 1 < n ? i + 1 : -1;
    prev[i] = i - 1;
  }
  const heap = new CandidateHeap(n);
  const offer = (i: number) => {
    const j = next[i]!;
    if (i < 0 || j < 0) return;
    const r = tok.pairRank(id[i]!, id[j]!);
    if (r >= 0) heap.push(r, i);
  };
  for (let i = 0; i + 1 < n; i++) offer(i);
  while (heap.size > 0) {
    const r = heap.topRank();
    const i = heap.pop();
    const j = next[i]!;
    if (id[i]! < 0 || j < 0 || tok.pairRank(id[i]!, id[j]!) !== r) continue;
    id[i] = FIRST_MERGE_ID + r;
    id[j] = -1;
    next[i] = next[j]!;
    if (next[j]! >= 0) prev[next[j]!] = i;
    offer(prev[i]!);
    offer(i);
  }
  let count = 0;
  for (let i = 0; i >= 0; i = next[i]!) count++;
  const out = new Int32Array(count);
  let w = 0;
  for (let i = 0; i >= 0; i = next[i]!) out[w++] = id[i]!;
  return out;
}

/** Binary min-heap of (rank, position), ordered by rank then position. */
class CandidateHeap {
  private rank: Int32Array;
  private pos: Int32Array;
  size = 0;

  constructor(capacity: number) {
    this.rank = new Int32Array(Math.max(capacity, 4));
    this.pos = new Int32Array(Math.max(capacity, 4));
  }

  private less(x: number, y: number): boolean {
    return this.rank[x]! < this.rank[y]! || (this.rank[x] === this.rank[y] && this.pos[x]! < this.pos[y]!);
  }

  private swap(x: number, y: number): void {
    const r = this.rank[x]!, p = this.pos[x]!;
    this.rank[x] = this.rank[y]!;
    this.pos[x] = this.pos[y]!;
    this.rank[y] = r;
    this.pos[y] = p;
  }

  push(r: number, p: number): void {
    if (this.size === this.rank.length) {
      const rank = new Int32Array(this.size * 2), pos = new Int32Array(this.size * 2);
      rank.set(this.rank);
      pos.set(this.pos);
      this.rank = rank;
      this.pos = pos;
    }
    let k = this.size++;
    this.rank[k] = r;
    this.pos[k] = p;
    while (k > 0) {
      const parent = (k - 1) >> 1;
      if (!this.less(k, parent)) break;
      this.swap(k, parent);
      k = parent;
    }
  }

  topRank(): number {
    return this.rank[0]!;
  }

  pop(): number {
    const top = this.pos[0]!;
    this.size--;
    this.rank[0] = this.rank[this.size]!;
    this.pos[0] = this.pos[this.size]!;
    let k = 0;
    while (true) {
      const l = 2 * k + 1, r = l + 1;
      let m = k;
      if (l < this.size && this.less(l, m)) m = l;
      if (r < this.size && this.less(r, m)) m = r;
      if (m === k) break;
      this.swap(k, m);
      k = m;
    }
    return top;
  }
}

// --- encode / decode --------------------------------------------------------------------------

/** Token ids of raw bytes (no BOS/EOS added). PERF: O(bytes) with a warm cache, O(bytes log bytes) cold. */
export function encodeBytes(tok: Tokenizer, bytes: Uint8Array): Int32Array {
  let out = new Int32Array(Math.max(16, bytes.length));
  let n = 0;
  for (let i = 0; i < bytes.length; ) {
    const end = chunkEnd(bytes, i);
    const ids = tok.chunkIds(bytes, i, end);
    if (n + ids.length > out.length) {
      const bigger = new Int32Array(out.length * 2 + ids.length);
      bigger.set(out.subarray(0, n));
      out = bigger;
    }
    out.set(ids, n);
    n += ids.length;
    i = end;
  }
  return out.slice(0, n);
}

const utf8 = new TextEncoder();
export { utf8Lossy };

/** Token ids of a string's UTF-8 (lone surrogates become U+FFFD, as TextEncoder defines). */
export function encode(tok: Tokenizer, text: string): Int32Array {
  return encodeBytes(tok, utf8.encode(text));
}

function checkId(tok: Tokenizer, id: number, i: number): void {
  if (!Number.isInteger(id) || id < 0 || id >= tok.vocabSize) throw new TokenizerError(`token id ${id} at position ${i} is outside the vocabulary 0..${tok.vocabSize - 1}`);
}

/** The bytes of the ids (specials emit nothing). PERF: O(output bytes) <= MAX_TOKEN_BYTES per id. */
export function decodeBytes(tok: Tokenizer, ids: ArrayLike<number>): Uint8Array {
  let total = 0;
  for (let i = 0; i < ids.length; i++) {
    checkId(tok, ids[i]!, i);
    total += tok.tokenLength[ids[i]!]!;
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (let i = 0; i < ids.length; i++) at = tok.writeBytes(ids[i]!, out, at);
  return out;
}

/** The text of the ids: their bytes read as UTF-8, invalid sequences as U+FFFD. */
export function decode(tok: Tokenizer, ids: ArrayLike<number>): string {
  return utf8Lossy(decodeBytes(tok, ids));
}

/** The bytes of one id. */
export function tokenBytes(tok: Tokenizer, id: number): Uint8Array {
  return decodeBytes(tok, [id]);
}
