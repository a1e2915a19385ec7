/**
 * The keys and values the tx index writes for one block (key layout in txindex.ts). Built for
 * the block path's budget (it runs on the node's main thread, beside CheckTx): a block of sends
 * indexes ~28 attributes per tx over a dozen tags, and a tx repeats some (tag, value) pairs
 * (message.sender twice). So each tag's key prefix `space ‖ lp(tag)` is encoded once per block,
 * a pair repeated within a tx is put once (same key, same value both times), ASCII values are
 * copied byte by byte in JS (no native string write per key), and keys are views into shared
 * 64 KiB chunks instead of one allocation each. The stored bytes are those of the
 * straightforward encoding (indexEntries.test.ts compares every key and value).
 */
import { BinaryWriter } from "cosmjs-types/binary";
import { ResponseFinalizeBlock, TxResult, type ExecTxResult, type Event } from "cosmjs-types/tendermint/abci/types";
import { sha256 } from "@noble/hashes/sha2.js";
import { varintLength } from "../../chain/protoWriter.ts";
import { attributePrefix } from "./indexSearch.ts";
import { u64 } from "./keys.ts";

/** Key spaces of the index (see txindex.ts). */
export const TX = "t/";
export const TX_BY_POSITION = "x/";
export const TX_ATTR = "e/";
export const BLOCK_EVENTS = "B/";
export const BLOCK_ATTR = "E/";

/** One committed block as the index needs it; `hashes` (sha256 of each tx) when the caller has them. */
export interface BlockToIndex {
  height: bigint;
  txs: readonly Uint8Array[];
  results: readonly ExecTxResult[];
  blockEvents: readonly Event[];
  hashes?: readonly Uint8Array[];
  /** ExecTxResult.encode of each result, when the caller has them (BlockStore.saveResults). */
  resultBytes?: readonly Uint8Array[];
}

/** A tag's encoded key prefix `space ‖ lp(tag)`, and the values the current tx has put under it. */
interface TagPrefix {
  bytes: Uint8Array;
  tx: number;
  /** values[0, count) were put by tx `tx`. */
  values: string[];
  count: number;
}

/** One block's tag prefixes, by event type then attribute key (no string building per attribute). */
class TagPrefixes {
  private readonly byType = new Map<string, Map<string, TagPrefix>>();
  constructor(private readonly space: string) {}

  /** PERF: two lookups of short strings; encodes the prefix on the block's first sight of the tag. */
  get(type: string, key: string): TagPrefix {
    let byKey = this.byType.get(type);
    if (byKey === undefined) this.byType.set(type, (byKey = new Map()));
    let prefix = byKey.get(key);
    if (prefix === undefined) {
      prefix = { bytes: attributePrefix(this.space, `${type}.${key}`), tx: -1, values: [], count: 0 };
      byKey.set(key, prefix);
    }
    return prefix;
  }
}

/** Keys are written into 64 KiB chunks that are never reused, so a key handed to `put` stays valid. */
const CHUNK = 64 * 1024;

class KeyArena {
  buf = Buffer.allocUnsafeSlow(CHUNK);
  private used = 0;

  /** The offset in `buf` from which `max` bytes are free. */
  room(max: number): number {
    if (this.used + max > this.buf.length) {
      this.buf = Buffer.allocUnsafeSlow(Math.max(CHUNK, max));
      this.used = 0;
    }
    return this.used;
  }

  /** The key written at [start, end) of `buf`. */
  take(start: number, end: number): Uint8Array {
    this.used = end;
    // A plain view: Buffer#subarray builds a FastBuffer through more JS, and the store copies either.
    return new Uint8Array(this.buf.buffer, this.buf.byteOffset + start, end - start);
  }
}

/** Writes `s` as bytes when it is all ASCII (its UTF-8 then), else returns -1. PERF: O(length), no native call. */
function writeAscii(buf: Buffer, at: number, s: string): number {
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x7f) return -1;
    buf[at + i] = c;
  }
  return n;
}

/** Whether the current tx already put `value` under `tag` (a handful of values at most). */
function putBefore(tag: TagPrefix, value: string): boolean {
  for (let i = 0; i < tag.count; i++) if (tag.values[i] === value) return true;
  return false;
}

function writeU32(buf: Buffer, at: number, n: number): void {
  buf[at] = n >>> 24;
  buf[at + 1] = (n >>> 16) & 0xff;
  buf[at + 2] = (n >>> 8) & 0xff;
  buf[at + 3] = n & 0xff;
}

const SPACE_LEN = 2;
const HASH_KEY_LEN = SPACE_LEN + 32;
/** height (8) ‖ index (4): the x/ key's body and the suffix of every e/ key. */
const POSITION_LEN = 12;

/**
 * Every key and value the index holds for one block, in the order written; `put` may keep the
 * arrays it is given (they are not reused). A (tag, value) pair an event repeats within one tx
 * is put once: the repeat would write the same key with the same value.
 * PERF: grows with the block's txs × indexed attributes; one prefix encoding per distinct tag
 * in the block, the values copied without a native call when ASCII.
 */
export function indexEntries(b: BlockToIndex, put: (key: Uint8Array, value: Uint8Array) => void): void {
  const { height, txs, results } = b;
  if (results.length !== txs.length) throw new Error(`tx index: block ${height} has ${txs.length} txs but ${results.length} results`);
  const position = Buffer.allocUnsafe(POSITION_LEN);
  position.writeBigUInt64BE(height, 0);
  const tags = new TagPrefixes(TX_ATTR);
  const arena = new KeyArena();
  for (let index = 0; index < txs.length; index++) {
    const tx = txs[index]!;
    const result = results[index]!;
    const hash = b.hashes?.[index] ?? sha256(tx);
    if (hash.length !== 32) throw new Error(`tx index: block ${height} tx ${index} has a ${hash.length}-byte hash, not 32`);
    writeU32(position, 8, index);
    const encodedResult = b.resultBytes?.[index];
    const record = encodedResult ? txResultBytes(height, index, tx, encodedResult) : TxResult.encode({ height, index, tx, result }).finish();
    let at = arena.room(HASH_KEY_LEN + SPACE_LEN + POSITION_LEN);
    let buf = arena.buf;
    buf[at] = TX_CODE[0]!;
    buf[at + 1] = TX_CODE[1]!;
    buf.set(hash, at + SPACE_LEN);
    put(arena.take(at, at + HASH_KEY_LEN), record);
    at += HASH_KEY_LEN;
    buf[at] = TX_BY_POSITION_CODE[0]!;
    buf[at + 1] = TX_BY_POSITION_CODE[1]!;
    buf.set(position, at + SPACE_LEN);
    put(arena.take(at, at + SPACE_LEN + POSITION_LEN), hash);
    for (const e of result.events) {
      if (e.type === "") continue;
      for (const a of e.attributes) {
        if (!a.index || a.key === "") continue;
        const tag = tags.get(e.type, a.key);
        const value = a.value;
        if (tag.tx !== index) {
          tag.tx = index;
          tag.count = 0;
        } else if (putBefore(tag, value)) continue;
        tag.values[tag.count++] = value;
        // UTF-8 takes at most 3 bytes per UTF-16 unit.
        const start = arena.room(tag.bytes.length + 4 + 3 * value.length + POSITION_LEN);
        buf = arena.buf;
        at = start + tag.bytes.length;
        buf.set(tag.bytes, start);
        let valueLen = writeAscii(buf, at + 4, value);
        if (valueLen < 0) valueLen = buf.write(value, at + 4, "utf8");
        writeU32(buf, at, valueLen);
        at += 4 + valueLen;
        buf.set(position, at);
        put(arena.take(start, at + POSITION_LEN), hash);
      }
    }
  }
  blockEntries(b, put);
}

const TX_CODE = Buffer.from(TX, "latin1");
const TX_BY_POSITION_CODE = Buffer.from(TX_BY_POSITION, "latin1");

/** The block's own entries: its finalize_block events under B/ and their attributes under E/. PERF: grows with the block events. */
function blockEntries(b: BlockToIndex, put: (key: Uint8Array, value: Uint8Array) => void): void {
  const heightKey = u64(b.height);
  const blockEvents = Buffer.allocUnsafe(SPACE_LEN + 8);
  blockEvents.write(BLOCK_EVENTS, 0, "latin1");
  blockEvents.set(heightKey, SPACE_LEN);
  put(blockEvents, ResponseFinalizeBlock.encode(ResponseFinalizeBlock.fromPartial({ events: [...b.blockEvents] })).finish());
  for (const e of b.blockEvents) {
    if (e.type === "") continue;
    for (const a of e.attributes) {
      if (a.index && a.key !== "") put(attributePrefix(BLOCK_ATTR, `${e.type}.${a.key}`, a.value, heightKey), heightKey);
    }
  }
}

const FAST_HEIGHT_LIMIT = 2n ** 31n;

function writerTxResultBytes(height: bigint, index: number, tx: Uint8Array, encodedResult: Uint8Array): Uint8Array {
  const w = BinaryWriter.create();
  if (height !== 0n) w.uint32(8).int64(height);
  if (index !== 0) w.uint32(16).uint32(index);
  if (tx.length !== 0) w.uint32(26).bytes(tx);
  return w.uint32(34).bytes(encodedResult).finish();
}

function writeVarint(out: Buffer, at: number, n: number): number {
  while (n >= 0x80) {
    out[at++] = (n % 128) | 0x80;
    n = Math.floor(n / 128);
  }
  out[at++] = n;
  return at;
}

/**
 * TxResult.encode's bytes exactly, around a result already encoded: fields 1 (height, int64),
 * 2 (index), 3 (tx), 4 (result), each omitted when it is its default except the result.
 * PERF: O(tx + result bytes), one allocation.
 */
export function txResultBytes(height: bigint, index: number, tx: Uint8Array, encodedResult: Uint8Array): Uint8Array {
  if (!fastTxResult(height, index)) return writerTxResultBytes(height, index, tx, encodedResult);
  const out = Buffer.allocUnsafe(txResultSize(Number(height), index, tx, encodedResult));
  writeTxResult(out, 0, Number(height), index, tx, encodedResult);
  return out;
}

/**
 * Heights from 2^31 (68 years of 1 s blocks) and negative ones never occur; the generic writer
 * keeps their bytes as before (cosmjs-types writes 2^31..2^32-1 as five zero bytes, which this must not "fix").
 */
function fastTxResult(height: bigint, index: number): boolean {
  return height >= 0n && height < FAST_HEIGHT_LIMIT && Number.isInteger(index) && index >= 0 && index <= 0xffffffff;
}

function txResultSize(h: number, index: number, tx: Uint8Array, encodedResult: Uint8Array): number {
  return (
    (h !== 0 ? 1 + varintLength(h) : 0) +
    (index !== 0 ? 1 + varintLength(index) : 0) +
    (tx.length !== 0 ? 1 + varintLength(tx.length) + tx.length : 0) +
    1 + varintLength(encodedResult.length) + encodedResult.length
  );
}

/** Returns the offset after the record. */
function writeTxResult(out: Buffer, at: number, h: number, index: number, tx: Uint8Array, encodedResult: Uint8Array): number {
  if (h !== 0) {
    out[at++] = 8;
    at = writeVarint(out, at, h);
  }
  if (index !== 0) {
    out[at++] = 16;
    at = writeVarint(out, at, index);
  }
  if (tx.length !== 0) {
    out[at++] = 26;
    at = writeVarint(out, at, tx.length);
    out.set(tx, at);
    at += tx.length;
  }
  out[at++] = 34;
  at = writeVarint(out, at, encodedResult.length);
  out.set(encodedResult, at);
  return at + encodedResult.length;
}
