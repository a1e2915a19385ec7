/**
 * Snapshot format 1: the application state at one height as a stream of records, cut into
 * gzip-compressed chunks of about `chunkBytes` (records never straddle a chunk, so each chunk
 * decodes on its own and a restore can apply them one at a time).
 *
 *   record = kind(1) ‖ keyLen(u32 BE) ‖ key ‖ valueLen(u32 BE) ‖ value
 *   kind 0 = a KV of the state tree (key, value as the store holds them)
 *   kind 1 = a datanet record body from the content store (key = its SHA-256, value = the body)
 *
 * The ABCI `metadata` of a snapshot is the JSON {"chunk_hashes": [hex sha256 of each chunk]} and
 * its `hash` is sha256 over the concatenated chunk hashes, so a peer's chunk can be checked the
 * moment it arrives (and refetched from another peer), before the whole state is rebuilt and its
 * root compared with the app hash the light client vouches for.
 */
import { createHash } from "node:crypto";
import { gunzipSync, gzipSync } from "node:zlib";

export const SNAPSHOT_FORMAT = 1;
/** Default chunk size before compression (CometBFT caps a p2p message at 16 MiB). */
export const DEFAULT_CHUNK_BYTES = 4 * 1024 * 1024;
/** A decompressed chunk larger than this is refused (a gzip bomb from a peer). */
const MAX_CHUNK_BYTES = 64 * 1024 * 1024;

export const RecordKind = { state: 0, content: 1 } as const;
export type RecordKind = (typeof RecordKind)[keyof typeof RecordKind];

export interface SnapshotRecord {
  kind: RecordKind;
  key: Uint8Array;
  value: Uint8Array;
}

export class SnapshotFormatError extends Error {
  override readonly name = "SnapshotFormatError";
}

export const sha256 = (b: Uint8Array): Uint8Array => new Uint8Array(createHash("sha256").update(b).digest());

/** Collects records and emits a compressed chunk each time the buffered bytes reach `chunkBytes`. */
export class ChunkWriter {
  private parts: Uint8Array[] = [];
  private size = 0;

  constructor(
    private readonly chunkBytes: number,
    private readonly emit: (chunk: Uint8Array) => Promise<void>,
  ) {}

  async add(r: SnapshotRecord): Promise<void> {
    const head = new Uint8Array(5);
    const view = new DataView(head.buffer);
    head[0] = r.kind;
    view.setUint32(1, r.key.length);
    const valueLen = new Uint8Array(4);
    new DataView(valueLen.buffer).setUint32(0, r.value.length);
    this.parts.push(head, r.key, valueLen, r.value);
    this.size += 9 + r.key.length + r.value.length;
    if (this.size >= this.chunkBytes) await this.flush();
  }

  /** Emits what is buffered (nothing when empty). */
  async flush(): Promise<void> {
    if (this.size === 0) return;
    const raw = Buffer.concat(this.parts, this.size);
    this.parts = [];
    this.size = 0;
    await this.emit(new Uint8Array(gzipSync(raw, { level: 1 })));
  }
}

/** The records of one compressed chunk; throws SnapshotFormatError on anything malformed. */
export function decodeChunk(chunk: Uint8Array): SnapshotRecord[] {
  let raw: Buffer;
  try {
    raw = gunzipSync(chunk, { maxOutputLength: MAX_CHUNK_BYTES });
  } catch (e) {
    throw new SnapshotFormatError(`chunk is not valid gzip: ${(e as Error).message}`);
  }
  const out: SnapshotRecord[] = [];
  let at = 0;
  const take = (n: number, what: string): Uint8Array => {
    if (at + n > raw.length) throw new SnapshotFormatError(`chunk truncated in a record's ${what} at byte ${at}`);
    const b = new Uint8Array(raw.buffer, raw.byteOffset + at, n).slice();
    at += n;
    return b;
  };
  while (at < raw.length) {
    const kind = raw[at]!;
    if (kind !== RecordKind.state && kind !== RecordKind.content) throw new SnapshotFormatError(`unknown record kind ${kind} at byte ${at}`);
    at += 1;
    const key = take(readLen(take(4, "key length")), "key");
    const value = take(readLen(take(4, "value length")), "value");
    out.push({ kind: kind as RecordKind, key, value });
  }
  return out;
}

const readLen = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, 4).getUint32(0);

/** The ABCI metadata bytes and snapshot hash for `chunkHashes`. */
export function encodeMetadata(chunkHashes: Uint8Array[]): { metadata: Uint8Array; hash: Uint8Array } {
  const metadata = new TextEncoder().encode(JSON.stringify({ chunk_hashes: chunkHashes.map((h) => Buffer.from(h).toString("hex")) }));
  return { metadata, hash: sha256(Buffer.concat(chunkHashes)) };
}

/** The chunk hashes of an offered snapshot, checked against its chunk count and hash. */
export function decodeMetadata(metadata: Uint8Array, chunks: number, hash: Uint8Array): Uint8Array[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder().decode(metadata));
  } catch {
    throw new SnapshotFormatError("metadata is not JSON");
  }
  const list = (parsed as { chunk_hashes?: unknown })?.chunk_hashes;
  if (!Array.isArray(list) || !list.every((h) => typeof h === "string" && /^[0-9a-f]{64}$/.test(h))) {
    throw new SnapshotFormatError("metadata.chunk_hashes must be a list of hex sha256 hashes");
  }
  if (list.length !== chunks) throw new SnapshotFormatError(`metadata lists ${list.length} chunk hashes but the snapshot has ${chunks} chunks`);
  const hashes = (list as string[]).map((h) => new Uint8Array(Buffer.from(h, "hex")));
  if (!equalBytes(sha256(Buffer.concat(hashes)), hash)) throw new SnapshotFormatError("the snapshot hash is not the hash of its chunk hashes");
  return hashes;
}

export const equalBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);
