/**
 * FinalizeBlock results in their stored form, encoded by hand: the bytes of
 * ResponseFinalizeBlock.encode exactly (cosmjs-types' field order and proto3 omissions), with each
 * ExecTxResult's encoding a view into the same buffer, so the tx index wraps those views instead
 * of encoding every result again. cosmjs-types' writer allocated an operation object per field
 * and a pooled chunk per nested message; a block of sends has ~30 fields per tx.
 * Sized first (every nested length and string length recorded in visiting order), then written
 * once into one buffer. resultsCodec.test.ts compares the bytes with cosmjs-types'.
 */
import { BinaryWriter } from "cosmjs-types/binary";
import { ConsensusParams } from "cosmjs-types/tendermint/types/params";
import { Event, ValidatorUpdate, type ExecTxResult } from "cosmjs-types/tendermint/abci/types";
import { utf8Length, utf8Write } from "cosmjs-types/utf8";
import type { StoredBlockResults } from "../rpc/backend.ts";

/** Lengths recorded by the sizing pass, read back in the same order by the writing pass. */
let lengths = new Int32Array(1 << 14);
let recorded = 0;

function reserve(): number {
  if (recorded === lengths.length) {
    const grown = new Int32Array(lengths.length * 2);
    grown.set(lengths);
    lengths = grown;
  }
  return recorded++;
}

function varint32Size(n: number): number {
  const v = n >>> 0;
  return v < 0x80 ? 1 : v < 0x4000 ? 2 : v < 0x200000 ? 3 : v < 0x10000000 ? 4 : 5;
}

/** int64 as protobuf writes it: a negative value is its 64-bit two's complement (10 bytes). */
function int64Size(n: bigint): number {
  if (n >= 0n && n < 0x80000000n) return varint32Size(Number(n));
  let v = BigInt.asUintN(64, n);
  let size = 1;
  while (v >= 0x80n) {
    v >>= 7n;
    size++;
  }
  return size;
}

/** A string field (tag + length + UTF-8); records the UTF-8 length. */
function stringFieldSize(s: string): number {
  const at = reserve();
  const length = utf8Length(s);
  lengths[at] = length;
  return 1 + varint32Size(length) + length;
}

/** A nested message field of `size` bytes recorded at `at`. */
function nestedFieldSize(at: number, size: number): number {
  lengths[at] = size;
  return 1 + varint32Size(size) + size;
}

function eventSize(e: Event): number {
  const at = reserve();
  let size = e.type !== "" ? stringFieldSize(e.type) : 0;
  for (const a of e.attributes) {
    const attrAt = reserve();
    let attr = a.key !== "" ? stringFieldSize(a.key) : 0;
    if (a.value !== "") attr += stringFieldSize(a.value);
    if (a.index === true) attr += 2;
    size += nestedFieldSize(attrAt, attr);
  }
  return nestedFieldSize(at, size);
}

function resultSize(r: ExecTxResult): number {
  const at = reserve();
  let size = 0;
  if (r.code !== 0) size += 1 + varint32Size(r.code);
  if (r.data.length !== 0) size += 1 + varint32Size(r.data.length) + r.data.length;
  if (r.log !== "") size += stringFieldSize(r.log);
  if (r.info !== "") size += stringFieldSize(r.info);
  if (r.gasWanted !== 0n) size += 1 + int64Size(r.gasWanted);
  if (r.gasUsed !== 0n) size += 1 + int64Size(r.gasUsed);
  for (const e of r.events) size += eventSize(e);
  if (r.codespace !== "") size += stringFieldSize(r.codespace);
  return nestedFieldSize(at, size);
}

/** Writes into `buf` from `pos`, reading the recorded lengths from `next`. */
class Writer {
  next = 0;
  constructor(
    readonly buf: Uint8Array,
    public pos: number,
  ) {}

  varint32(n: number): void {
    let v = n >>> 0;
    while (v >= 0x80) {
      this.buf[this.pos++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.buf[this.pos++] = v;
  }

  int64(n: bigint): void {
    if (n >= 0n && n < 0x80000000n) return this.varint32(Number(n));
    let v = BigInt.asUintN(64, n);
    while (v >= 0x80n) {
      this.buf[this.pos++] = Number(v & 0x7fn) | 0x80;
      v >>= 7n;
    }
    this.buf[this.pos++] = Number(v);
  }

  /** Tag and the recorded length of the nested message or string that follows. */
  header(tag: number): number {
    const length = lengths[this.next++]!;
    this.buf[this.pos++] = tag;
    this.varint32(length);
    return length;
  }

  string(tag: number, s: string): void {
    const length = this.header(tag);
    if (length === s.length) {
      // ASCII (its UTF-8 length equals its UTF-16 length only then).
      const buf = this.buf;
      let pos = this.pos;
      for (let i = 0; i < s.length; i++) buf[pos++] = s.charCodeAt(i);
      this.pos = pos;
    } else {
      this.pos += utf8Write(s, this.buf, this.pos);
    }
  }

  bytes(tag: number, b: Uint8Array): void {
    this.buf[this.pos++] = tag;
    this.varint32(b.length);
    this.buf.set(b, this.pos);
    this.pos += b.length;
  }

  event(e: Event): void {
    this.header(58);
    if (e.type !== "") this.string(10, e.type);
    for (const a of e.attributes) {
      this.header(18);
      if (a.key !== "") this.string(10, a.key);
      if (a.value !== "") this.string(18, a.value);
      if (a.index === true) {
        this.buf[this.pos++] = 24;
        this.buf[this.pos++] = 1;
      }
    }
  }

  /** Returns where the result's own encoding starts (after its field header). */
  result(r: ExecTxResult): number {
    this.header(18);
    const start = this.pos;
    if (r.code !== 0) {
      this.buf[this.pos++] = 8;
      this.varint32(r.code);
    }
    if (r.data.length !== 0) this.bytes(18, r.data);
    if (r.log !== "") this.string(26, r.log);
    if (r.info !== "") this.string(34, r.info);
    if (r.gasWanted !== 0n) {
      this.buf[this.pos++] = 40;
      this.int64(r.gasWanted);
    }
    if (r.gasUsed !== 0n) {
      this.buf[this.pos++] = 48;
      this.int64(r.gasUsed);
    }
    for (const e of r.events) this.event(e);
    if (r.codespace !== "") this.string(66, r.codespace);
    return start;
  }
}

/**
 * ResponseFinalizeBlock.encode's bytes exactly, and each ExecTxResult's own encoding (a view
 * into them). The block events, validator updates and param updates (a few per block) go
 * through cosmjs-types.
 * PERF: grows with the block's txs × their events' attributes and string bytes (two passes).
 */
export function encodeResults(results: StoredBlockResults): { encoded: Uint8Array; txResultBytes: Uint8Array[] } {
  const head = BinaryWriter.create();
  for (const e of results.finalizeBlockEvents) Event.encode(e, head.uint32(10).fork()).ldelim();
  const headBytes = head.finish();
  const tail = BinaryWriter.create();
  for (const v of results.validatorUpdates) ValidatorUpdate.encode(v, tail.uint32(26).fork()).ldelim();
  if (results.consensusParamUpdates !== undefined) ConsensusParams.encode(results.consensusParamUpdates, tail.uint32(34).fork()).ldelim();
  if (results.appHash.length !== 0) tail.uint32(42).bytes(results.appHash);
  const tailBytes = tail.finish();

  recorded = 0;
  let middle = 0;
  for (const r of results.txResults) middle += resultSize(r);
  const buf = new Uint8Array(headBytes.length + middle + tailBytes.length);
  buf.set(headBytes, 0);
  const w = new Writer(buf, headBytes.length);
  const txResultBytes = new Array<Uint8Array>(results.txResults.length);
  for (let i = 0; i < results.txResults.length; i++) {
    const start = w.result(results.txResults[i]!);
    txResultBytes[i] = buf.subarray(start, w.pos);
  }
  if (w.pos !== headBytes.length + middle || w.next !== recorded) {
    throw new Error(`results codec: sized ${middle} bytes and ${recorded} lengths, wrote ${w.pos - headBytes.length} and ${w.next}`);
  }
  buf.set(tailBytes, w.pos);
  return { encoded: buf, txResultBytes };
}

/**
 * The deterministic part of an ExecTxResult (code, data, gas_wanted, gas_used) as
 * ExecTxResult.encode writes it: a leaf of ABCIResults.Hash (last_results_hash).
 * PERF: grows with the result's data bytes.
 */
export function deterministicResultBytes(r: ExecTxResult): Uint8Array {
  let size = 0;
  if (r.code !== 0) size += 1 + varint32Size(r.code);
  if (r.data.length !== 0) size += 1 + varint32Size(r.data.length) + r.data.length;
  if (r.gasWanted !== 0n) size += 1 + int64Size(r.gasWanted);
  if (r.gasUsed !== 0n) size += 1 + int64Size(r.gasUsed);
  const w = new Writer(new Uint8Array(size), 0);
  if (r.code !== 0) {
    w.buf[w.pos++] = 8;
    w.varint32(r.code);
  }
  if (r.data.length !== 0) w.bytes(18, r.data);
  if (r.gasWanted !== 0n) {
    w.buf[w.pos++] = 40;
    w.int64(r.gasWanted);
  }
  if (r.gasUsed !== 0n) {
    w.buf[w.pos++] = 48;
    w.int64(r.gasUsed);
  }
  return w.buf;
}
