import { OnnxDecodeError } from "./errors.ts";

/**
 * Protobuf wire format, strict: a reader that refuses truncation, over-long varints, wrong wire
 * types and out-of-range integers with the message path and byte offset, and a growable writer.
 * Hand-written (rather than protobufjs) so every refusal is ours and names where it happened.
 */

export const WIRE_VARINT = 0;
export const WIRE_I64 = 1;
export const WIRE_LEN = 2;
export const WIRE_I32 = 5;

const utf8 = new TextDecoder("utf-8", { fatal: true });
const utf8Encoder = new TextEncoder();
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

export class WireReader {
  pos: number;
  constructor(
    readonly buf: Uint8Array,
    start: number,
    readonly end: number,
    readonly path: string,
  ) {
    this.pos = start;
  }

  fail(problem: string, hint?: string): never {
    throw new OnnxDecodeError(this.path, this.pos, problem, hint ? { hint } : {});
  }

  done(): boolean {
    return this.pos >= this.end;
  }

  /** Field number and wire type of the next field. */
  tag(): { field: number; wire: number } {
    const at = this.pos;
    const t = this.varintNumber();
    const field = Math.floor(t / 8);
    const wire = t % 8;
    if (field === 0 || field > 536870911) {
      this.pos = at;
      this.fail(`invalid field number ${field}`);
    }
    return { field, wire };
  }

  /**
   * A varint as a non-negative JS number when it has at most 7 bytes (< 2^49), else undefined
   * (position unchanged) so the caller falls back to the bigint path.
   */
  private varintFast(): number | undefined {
    const buf = this.buf;
    let p = this.pos;
    let result = 0;
    let mul = 1;
    for (let i = 0; i < 7; i++) {
      if (p >= this.end) this.fail("truncated varint");
      const b = buf[p++]!;
      result += (b & 0x7f) * mul;
      if (b < 0x80) {
        this.pos = p;
        return result;
      }
      mul *= 128;
    }
    return undefined;
  }

  /** An unsigned 64-bit varint. */
  uint64(): bigint {
    const fast = this.varintFast();
    if (fast !== undefined) return BigInt(fast);
    let result = 0n;
    let shift = 0n;
    for (let i = 0; i < 10; i++) {
      if (this.pos >= this.end) this.fail("truncated varint");
      const b = this.buf[this.pos++]!;
      if (i === 9 && b > 1) this.fail("varint overflows 64 bits");
      result |= BigInt(b & 0x7f) << shift;
      if (b < 0x80) return result;
      shift += 7n;
    }
    return this.fail("varint longer than 10 bytes");
  }

  /** A varint that must be a non-negative safe integer (tags, lengths). */
  varintNumber(): number {
    const fast = this.varintFast();
    if (fast !== undefined) return fast;
    const v = this.uint64();
    if (v > MAX_SAFE) this.fail(`varint ${v} is too large`);
    return Number(v);
  }

  /** An int64 (two's complement varint) as a bigint. */
  int64(): bigint {
    return BigInt.asIntN(64, this.uint64());
  }

  /** An int64 that must fit a JS safe integer (dims, versions, small attributes). */
  int64Safe(what: string): number {
    const fast = this.varintFast();
    if (fast !== undefined) return fast;
    const v = this.int64();
    if (v > MAX_SAFE || v < -MAX_SAFE) this.fail(`${what} ${v} is outside ±(2^53 − 1), which is not supported`);
    return Number(v);
  }

  /** An int32 field (sign-extended to 64 bits on the wire). */
  int32(what: string): number {
    const fast = this.varintFast();
    if (fast !== undefined) {
      if (fast > 0x7fffffff) this.fail(`${what} ${fast} does not fit int32`);
      return fast;
    }
    const v = this.int64();
    if (v > 0x7fffffffn || v < -0x80000000n) this.fail(`${what} ${v} does not fit int32`);
    return Number(v);
  }

  /** A length-delimited payload (a view into the artifact, not a copy). */
  bytes(): Uint8Array {
    const len = this.varintNumber();
    if (len > this.end - this.pos) this.fail(`length ${len} runs past the end of the enclosing message`);
    const out = this.buf.subarray(this.pos, this.pos + len);
    this.pos += len;
    return out;
  }

  string(what: string): string {
    const at = this.pos;
    const b = this.bytes();
    try {
      return utf8.decode(b);
    } catch {
      this.pos = at;
      return this.fail(`${what} is not valid UTF-8`);
    }
  }

  /** A little-endian 32-bit float (wire type 5). */
  float32(): number {
    if (this.end - this.pos < 4) this.fail("truncated fixed32");
    const v = new DataView(this.buf.buffer, this.buf.byteOffset + this.pos, 4).getFloat32(0, true);
    this.pos += 4;
    return v;
  }

  /** A reader over the next length-delimited payload, for a sub-message at `path`. */
  sub(path: string): WireReader {
    const len = this.varintNumber();
    if (len > this.end - this.pos) this.fail(`length ${len} runs past the end of the enclosing message`);
    const r = new WireReader(this.buf, this.pos, this.pos + len, path);
    this.pos += len;
    return r;
  }

  /** Skips a field this decoder deliberately ignores (doc strings and the like). */
  skip(wire: number): void {
    switch (wire) {
      case WIRE_VARINT:
        this.uint64();
        return;
      case WIRE_I64:
        if (this.end - this.pos < 8) this.fail("truncated fixed64");
        this.pos += 8;
        return;
      case WIRE_LEN:
        this.bytes();
        return;
      case WIRE_I32:
        if (this.end - this.pos < 4) this.fail("truncated fixed32");
        this.pos += 4;
        return;
      default:
        this.fail(`unsupported wire type ${wire} (groups are not used by onnx.proto)`);
    }
  }
}

/** A growable protobuf writer. Sub-messages are written into their own writer, then copied in. */
export class WireWriter {
  private buf = new Uint8Array(256);
  private pos = 0;

  private ensure(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.pos + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.pos));
    this.buf = next;
  }

  /** A varint of a non-negative safe integer, or any bigint taken modulo 2^64 (two's complement). */
  varint(n: number | bigint): this {
    this.ensure(10);
    if (typeof n === "number" && n >= 0 && n <= Number.MAX_SAFE_INTEGER) {
      while (n >= 0x80) {
        this.buf[this.pos++] = (n % 0x80) | 0x80;
        n = Math.floor(n / 0x80);
      }
      this.buf[this.pos++] = n;
      return this;
    }
    let v = BigInt.asUintN(64, BigInt(n));
    while (v >= 0x80n) {
      this.buf[this.pos++] = Number(v & 0x7fn) | 0x80;
      v >>= 7n;
    }
    this.buf[this.pos++] = Number(v);
    return this;
  }

  tag(field: number, wire: number): this {
    return this.varint(field * 8 + wire);
  }

  /** An int64/int32 field value (negative numbers as 10-byte two's complement, as protoc does). */
  intField(field: number, v: number | bigint): this {
    return this.tag(field, WIRE_VARINT).varint(v);
  }

  bytesField(field: number, b: Uint8Array): this {
    this.tag(field, WIRE_LEN).varint(b.length);
    this.ensure(b.length);
    this.buf.set(b, this.pos);
    this.pos += b.length;
    return this;
  }

  stringField(field: number, s: string): this {
    return this.bytesField(field, utf8Encoder.encode(s));
  }

  floatField(field: number, f: number): this {
    this.tag(field, WIRE_I32);
    this.ensure(4);
    new DataView(this.buf.buffer, this.pos, 4).setFloat32(0, f, true);
    this.pos += 4;
    return this;
  }

  /** A packed repeated varint field (skipped when empty, as protoc does). */
  packedVarints(field: number, values: readonly (number | bigint)[]): this {
    if (values.length === 0) return this;
    const inner = new WireWriter();
    for (const v of values) inner.varint(v);
    return this.bytesField(field, inner.finish());
  }

  message(field: number, write: (w: WireWriter) => void): this {
    const inner = new WireWriter();
    write(inner);
    return this.bytesField(field, inner.finish());
  }

  finish(): Uint8Array {
    return this.buf.slice(0, this.pos);
  }
}
