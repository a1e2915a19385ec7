/**
 * The canonical bytes of an index (what every node builds, hashes and persists). Little-endian
 * throughout; every section starts at a multiple of 8 bytes (zero padding), so a loaded file
 * is used in place through typed-array views, without a copy.
 *
 *   index    = header(32) · bitmap · pad8 · segment*
 *   header   = "TRIBPOA1"(8) · u32 format(=1) · u32 segments · u32 documents · u32 bitmapBytes
 *              · u64 totalTokens
 *   bitmap   = ⌈documents/8⌉ bytes, document d at bit d & 7 of byte d >> 3
 *   segment  = u32 tokens(n) · u32 documents(d) · u64 0 · tokens(n × i32) · pad8 · sa(n × i32) · pad8
 *              · docStart(d × i32) · pad8 · docContributor(d × u32) · pad8 · docContribution(d × u64)
 *
 * indexHash = SHA-256 of those bytes; segmentHash = SHA-256 of one segment's bytes (segments are
 * immutable, so their hashes can be committed once while deletions change the index hash).
 */
import { createHash } from "node:crypto";
import { type AttributionIndex, documentCount, makeIndex } from "./attributionIndex.ts";
import { checkSuffixArray } from "./checkSuffixArray.ts";
import { AttributionEngineError } from "./errors.ts";
import { checkStream, firstTokenTable, type Segment } from "./segment.ts";

const MAGIC = "TRIBPOA1";
export const INDEX_FORMAT_VERSION = 1;
const HEADER_BYTES = 32;
const SEGMENT_HEADER_BYTES = 16;

if (new Uint8Array(Uint32Array.of(1).buffer)[0] !== 1) {
  throw new AttributionEngineError("attribution index: this engine needs a little-endian host");
}

const ZERO = new Uint8Array(8);

function pad8(length: number): Uint8Array {
  return ZERO.subarray(0, (8 - (length & 7)) & 7);
}

function view(a: ArrayBufferView): Uint8Array {
  return new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
}

/** One segment's bytes as views over its arrays (no copy). */
export function segmentChunks(seg: Segment): Uint8Array[] {
  const header = new DataView(new ArrayBuffer(SEGMENT_HEADER_BYTES));
  header.setUint32(0, seg.tokens.length, true);
  header.setUint32(4, seg.docStart.length, true);
  const out: Uint8Array[] = [new Uint8Array(header.buffer)];
  for (const a of [seg.tokens, seg.sa, seg.docStart, seg.docContributor]) out.push(view(a), pad8(a.byteLength));
  out.push(view(seg.docContribution));
  return out.filter((c) => c.length > 0);
}

/** The index's canonical bytes as a list of views (concatenate, hash or write them in order). */
export function indexChunks(index: AttributionIndex): Uint8Array[] {
  const header = new DataView(new ArrayBuffer(HEADER_BYTES));
  for (let i = 0; i < MAGIC.length; i++) header.setUint8(i, MAGIC.charCodeAt(i));
  header.setUint32(8, INDEX_FORMAT_VERSION, true);
  header.setUint32(12, index.segments.length, true);
  header.setUint32(16, documentCount(index), true);
  header.setUint32(20, index.deleted.length, true);
  let total = 0n;
  for (const s of index.segments) total += BigInt(s.tokens.length);
  header.setBigUint64(24, total, true);
  const out: Uint8Array[] = [new Uint8Array(header.buffer), index.deleted, pad8(index.deleted.length)];
  for (const s of index.segments) out.push(...segmentChunks(s));
  return out.filter((c) => c.length > 0);
}

/** PERF: copies every byte once (an index of n tokens is about 8n bytes). */
export function serializeIndex(index: AttributionIndex): Uint8Array {
  const chunks = indexChunks(index);
  let size = 0;
  for (const c of chunks) size += c.length;
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function sha256Chunks(chunks: readonly Uint8Array[]): Uint8Array {
  const h = createHash("sha256");
  for (const c of chunks) h.update(c);
  return new Uint8Array(h.digest());
}

/** SHA-256 of the canonical bytes, hashed in place. PERF: linear in the index bytes. */
export function indexHash(index: AttributionIndex): Uint8Array {
  return sha256Chunks(indexChunks(index));
}

export function segmentHash(seg: Segment): Uint8Array {
  return sha256Chunks(segmentChunks(seg));
}

export interface DeserializeOptions {
  /**
   * Also check that every suffix array is sorted (linear time, 4 B/token of scratch). Without
   * it the structure is still checked (layout, tables, a permutation); a node that compares
   * the bytes' hash with the chain's commitment needs no more.
   */
  readonly checkOrder?: boolean;
}

class Reader {
  at = 0;
  private readonly dv: DataView;

  constructor(readonly bytes: Uint8Array) {
    this.dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  need(n: number, what: string): void {
    if (this.at + n > this.bytes.length) throw new AttributionEngineError(`index bytes: truncated in ${what} (need ${n} bytes at offset ${this.at}, have ${this.bytes.length - this.at})`);
  }

  u32(what: string): number {
    this.need(4, what);
    const v = this.dv.getUint32(this.at, true);
    this.at += 4;
    return v;
  }

  u64(what: string): bigint {
    this.need(8, what);
    const v = this.dv.getBigUint64(this.at, true);
    this.at += 8;
    return v;
  }

  /** `count` elements of `size` bytes, then the zero padding to 8. */
  section(count: number, size: number, what: string): Uint8Array {
    const len = count * size;
    this.need(len, what);
    const s = this.bytes.subarray(this.at, this.at + len);
    this.at += len;
    const pad = (8 - (len & 7)) & 7;
    if (pad > 0) {
      this.need(pad, `${what} padding`);
      for (let i = 0; i < pad; i++) if (this.bytes[this.at + i] !== 0) throw new AttributionEngineError(`index bytes: non-zero padding after ${what} at offset ${this.at + i}`);
      this.at += pad;
    }
    return s;
  }
}

function asInt32(b: Uint8Array): Int32Array {
  return new Int32Array(b.buffer, b.byteOffset, b.length >> 2);
}

/**
 * Parses canonical bytes back into an index, with views into `bytes` (kept alive by the
 * index). Bytes not 8-aligned in memory are copied once first. Anything that is not the
 * canonical form of some index is refused with the offset and the field.
 * PERF: linear in the bytes (plus the order check when asked).
 */
export function deserializeIndex(input: Uint8Array, options: DeserializeOptions = {}): AttributionIndex {
  const bytes = (input.byteOffset & 7) === 0 ? input : Uint8Array.from(input);
  const r = new Reader(bytes);
  r.need(HEADER_BYTES, "header");
  for (let i = 0; i < MAGIC.length; i++) {
    if (bytes[i] !== MAGIC.charCodeAt(i)) throw new AttributionEngineError(`index bytes: bad magic (expected "${MAGIC}")`);
  }
  r.at = MAGIC.length;
  const format = r.u32("format");
  if (format !== INDEX_FORMAT_VERSION) throw new AttributionEngineError(`index bytes: format ${format}, this engine reads ${INDEX_FORMAT_VERSION}`);
  const segCount = r.u32("segment count");
  const docs = r.u32("document count");
  const bitmapBytes = r.u32("bitmap size");
  if (bitmapBytes !== (docs + 7) >>> 3) throw new AttributionEngineError(`index bytes: bitmap of ${bitmapBytes} bytes for ${docs} documents`);
  const total = r.u64("total tokens");
  const deleted = r.section(bitmapBytes, 1, "deletion bitmap");
  const segments: Segment[] = [];
  let tokensSeen = 0n;
  for (let s = 0; s < segCount; s++) {
    const seg = readSegment(r, s, options);
    tokensSeen += BigInt(seg.tokens.length);
    segments.push(seg);
  }
  if (r.at !== bytes.length) throw new AttributionEngineError(`index bytes: ${bytes.length - r.at} trailing bytes after the last segment`);
  if (tokensSeen !== total) throw new AttributionEngineError(`index bytes: header says ${total} tokens, segments hold ${tokensSeen}`);
  const index = makeIndex(segments, deleted);
  if (documentCount(index) !== docs) throw new AttributionEngineError(`index bytes: header says ${docs} documents, segments hold ${documentCount(index)}`);
  return index;
}

function readSegment(r: Reader, s: number, options: DeserializeOptions): Segment {
  const what = `segment ${s}`;
  const n = r.u32(`${what} token count`);
  const d = r.u32(`${what} document count`);
  if (r.u64(`${what} reserved`) !== 0n) throw new AttributionEngineError(`index bytes: ${what}: reserved field is not 0`);
  if (n === 0 || n > 0x7fffffff) throw new AttributionEngineError(`index bytes: ${what} has ${n} tokens`);
  const tokens = asInt32(r.section(n, 4, `${what} tokens`));
  const sa = asInt32(r.section(n, 4, `${what} suffix array`));
  const docStart = asInt32(r.section(d, 4, `${what} document starts`));
  const cb = r.section(d, 4, `${what} contributors`);
  const docContributor = new Uint32Array(cb.buffer, cb.byteOffset, d);
  const pb = r.section(d, 8, `${what} contribution ids`);
  const docContribution = new BigUint64Array(pb.buffer, pb.byteOffset, d);
  let starts: Int32Array;
  try {
    starts = checkStream({ tokens, docContribution, docContributor });
  } catch (e) {
    throw new AttributionEngineError(`index bytes: ${what}: ${(e as Error).message}`);
  }
  for (let i = 0; i < d; i++) {
    if (starts[i] !== docStart[i]) throw new AttributionEngineError(`index bytes: ${what}: document ${i} starts at ${docStart[i]}, the stream says ${starts[i]}`);
  }
  const problem = checkSuffixArray(tokens, sa, options.checkOrder === true);
  if (problem !== undefined) throw new AttributionEngineError(`index bytes: ${what}: ${problem}`);
  return { tokens, sa, docStart, docContribution, docContributor, firstTokenStart: firstTokenTable(tokens) };
}
