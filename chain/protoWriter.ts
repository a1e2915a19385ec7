/**
 * A minimal protobuf writer for the few messages encoded on every tx (account, msg data),
 * where cosmjs-types' general-purpose writer (pooled allocation, fork/ldelim) dominated the
 * profile. Callers size the buffer first with the `*Length` helpers, then write once.
 */
export function varintLength(n: bigint | number): number {
  // Tags, lengths, sequences and account numbers fit a double exactly: no BigInt on the way.
  const small = safeNumber(n);
  if (small !== undefined) {
    let len = 1;
    for (let v = small; v >= 0x80; v = Math.floor(v / 128)) len++;
    return len;
  }
  let v = BigInt(n);
  let len = 1;
  while (v >= 0x80n) {
    v >>= 7n;
    len++;
  }
  return len;
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** `n` as a number when it is a non-negative integer below 2^53; anything else takes the BigInt path. */
function safeNumber(n: bigint | number): number | undefined {
  if (typeof n === "number") return Number.isSafeInteger(n) && n >= 0 ? n : undefined;
  return n >= 0n && n <= MAX_SAFE ? Number(n) : undefined;
}

/** Bytes of a length-delimited field with a one-byte tag: tag + length varint + payload. */
export const lenFieldLength = (payload: number) => 1 + varintLength(payload) + payload;

/** Bytes of a uint64 field with a one-byte tag (0 when the value is 0: proto3 omits it). */
export const uint64FieldLength = (n: bigint) => (n === 0n ? 0 : 1 + varintLength(n));

export class ProtoWriter {
  private pos = 0;
  constructor(readonly buf: Uint8Array) {}

  varint(n: bigint | number): this {
    const small = safeNumber(n);
    if (small !== undefined) {
      let v = small;
      for (; v >= 0x80; v = Math.floor(v / 128)) this.buf[this.pos++] = (v % 128) | 0x80;
      this.buf[this.pos++] = v;
      return this;
    }
    let v = BigInt(n);
    while (v >= 0x80n) {
      this.buf[this.pos++] = Number(v & 0x7fn) | 0x80;
      v >>= 7n;
    }
    this.buf[this.pos++] = Number(v);
    return this;
  }

  /** Tag and length of a length-delimited field whose payload the caller writes next. */
  lenHeader(field: number, length: number): this {
    return this.varint((field << 3) | 2).varint(length);
  }

  bytes(field: number, b: Uint8Array): this {
    this.lenHeader(field, b.length);
    this.buf.set(b, this.pos);
    this.pos += b.length;
    return this;
  }

  uint64(field: number, n: bigint): this {
    return n === 0n ? this : this.varint(field << 3).varint(n);
  }

  /** The written bytes; throws if the caller's size computation was wrong. */
  finish(): Uint8Array {
    if (this.pos !== this.buf.length) throw new Error(`proto writer: sized ${this.buf.length} bytes, wrote ${this.pos}`);
    return this.buf;
  }
}
