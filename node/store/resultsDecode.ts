/**
 * Stored FinalizeBlock results (ResponseFinalizeBlock bytes) decoded by hand: the same values as
 * ResponseFinalizeBlock.decode, with ASCII strings (nearly all of them: event types, keys,
 * addresses, amounts) read natively instead of by cosmjs-types' utf8Read, which was two thirds of
 * the NewBlock payload worker's time. Any other string goes through utf8Read itself, so invalid
 * or surrogate-coded UTF-8 decodes exactly as before. Validator and param updates (rare) go
 * through cosmjs-types. resultsCodec.test.ts compares both decoders.
 */
import { ConsensusParams } from "cosmjs-types/tendermint/types/params";
import { ValidatorUpdate, type Event, type EventAttribute, type ExecTxResult, type ResponseFinalizeBlock } from "cosmjs-types/tendermint/abci/types";
import { utf8Read } from "cosmjs-types/utf8";

class Reader {
  pos = 0;
  private readonly text: Buffer;

  constructor(readonly buf: Uint8Array) {
    this.text = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  }

  /** A varint of up to 32 bits (tags, lengths, uint32), as cosmjs-types' uint32() reads it. */
  uint32(): number {
    let value = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      const b = this.byte();
      value |= (b & 0x7f) << shift;
      if (b < 0x80) return value >>> 0;
    }
    // Longer encodings of a uint32 (negative int32 written as 10 bytes): the rest is ignored.
    while (this.byte() >= 0x80);
    return value >>> 0;
  }

  /** A varint int64 (two's complement for negative values). */
  int64(): bigint {
    let value = 0n;
    for (let shift = 0n; shift < 70n; shift += 7n) {
      const b = this.byte();
      value |= BigInt(b & 0x7f) << shift;
      if (b < 0x80) return BigInt.asIntN(64, value);
    }
    throw new Error("results decode: varint longer than 10 bytes");
  }

  bool(): boolean {
    let nonzero = false;
    for (;;) {
      const b = this.byte();
      if ((b & 0x7f) !== 0) nonzero = true;
      if (b < 0x80) return nonzero;
    }
  }

  bytes(): Uint8Array {
    const end = this.end(this.uint32());
    const out = this.buf.subarray(this.pos, end);
    this.pos = end;
    return out;
  }

  string(): string {
    const end = this.end(this.uint32());
    const start = this.pos;
    this.pos = end;
    const buf = this.buf;
    // On the string's own view, as cosmjs-types reads it: a truncated sequence at its end must
    // not read the bytes that follow it.
    for (let i = start; i < end; i++) if (buf[i]! >= 0x80) return utf8Read(buf.subarray(start, end), 0, end - start);
    return this.text.toString("latin1", start, end);
  }

  /** Skips a field of wire type `type` (unknown fields, as cosmjs-types' skipType). */
  skip(type: number): void {
    if (type === 0) this.int64();
    else if (type === 1) this.pos = this.end(8);
    else if (type === 2) this.pos = this.end(this.uint32());
    else if (type === 5) this.pos = this.end(4);
    else throw new Error(`results decode: unsupported wire type ${type}`);
  }

  end(length: number): number {
    const end = this.pos + length;
    if (end > this.buf.length) throw new RangeError(`results decode: field of ${length} bytes runs past the end`);
    return end;
  }

  private byte(): number {
    if (this.pos >= this.buf.length) throw new RangeError("results decode: truncated varint");
    return this.buf[this.pos++]!;
  }
}

function attribute(r: Reader, end: number): EventAttribute {
  const a: EventAttribute = { key: "", value: "", index: false };
  while (r.pos < end) {
    const tag = r.uint32();
    if (tag === 10) a.key = r.string();
    else if (tag === 18) a.value = r.string();
    else if (tag === 24) a.index = r.bool();
    else r.skip(tag & 7);
  }
  return a;
}

function event(r: Reader, end: number): Event {
  const e: Event = { type: "", attributes: [] };
  while (r.pos < end) {
    const tag = r.uint32();
    if (tag === 10) e.type = r.string();
    else if (tag === 18) e.attributes.push(attribute(r, r.end(r.uint32())));
    else r.skip(tag & 7);
  }
  return e;
}

function result(r: Reader, end: number): ExecTxResult {
  const x: ExecTxResult = { code: 0, data: new Uint8Array(), log: "", info: "", gasWanted: 0n, gasUsed: 0n, events: [], codespace: "" };
  while (r.pos < end) {
    const tag = r.uint32();
    switch (tag) {
      case 8:
        x.code = r.uint32();
        break;
      case 18:
        x.data = r.bytes();
        break;
      case 26:
        x.log = r.string();
        break;
      case 34:
        x.info = r.string();
        break;
      case 40:
        x.gasWanted = r.int64();
        break;
      case 48:
        x.gasUsed = r.int64();
        break;
      case 58:
        x.events.push(event(r, r.end(r.uint32())));
        break;
      case 66:
        x.codespace = r.string();
        break;
      default:
        r.skip(tag & 7);
    }
  }
  return x;
}

/**
 * ResponseFinalizeBlock.decode's values (the fields the block store writes).
 * PERF: grows with the bytes; strings with a non-ASCII byte cost a JS UTF-8 decode.
 */
export function decodeResults(bytes: Uint8Array): ResponseFinalizeBlock {
  const r = new Reader(bytes);
  const out: ResponseFinalizeBlock = { events: [], txResults: [], validatorUpdates: [], consensusParamUpdates: undefined, appHash: new Uint8Array() };
  while (r.pos < bytes.length) {
    const tag = r.uint32();
    if (tag === 10) out.events.push(event(r, r.end(r.uint32())));
    else if (tag === 18) out.txResults.push(result(r, r.end(r.uint32())));
    else if (tag === 26) out.validatorUpdates.push(ValidatorUpdate.decode(r.bytes()));
    else if (tag === 34) out.consensusParamUpdates = ConsensusParams.decode(r.bytes());
    else if (tag === 42) out.appHash = r.bytes();
    else r.skip(tag & 7);
  }
  return out;
}
