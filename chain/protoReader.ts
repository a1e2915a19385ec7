/**
 * A minimal protobuf cursor for the hand decoders on the block path (stored accounts, MsgSend),
 * the reading side of protoWriter.ts. It sets `failed` instead of throwing, so a decoder can
 * hand any input it does not expect to the generic cosmjs-types decoder.
 */
export class ProtoReader {
  failed = false;
  constructor(
    private readonly buf: Uint8Array,
    private pos = 0,
  ) {}

  done(): boolean {
    return this.failed || this.pos >= this.buf.length;
  }

  byte(): number {
    const b = this.buf[this.pos++];
    if (b === undefined) this.failed = true;
    return b ?? 0;
  }

  uint64(): bigint {
    // The first 7 bytes (values below 2^49: sequences, gas limits, account numbers) in plain
    // numbers, one BigInt at the end; BigInt arithmetic per byte was most of a tx read.
    let n = 0;
    let scale = 1;
    for (let i = 0; i < 7; i++, scale *= 128) {
      const b = this.byte();
      if (this.failed) return 0n;
      n += (b & 0x7f) * scale;
      if (b < 0x80) return BigInt(n);
    }
    let v = BigInt(n);
    for (let shift = 49n; shift < 70n; shift += 7n) {
      const b = this.byte();
      if (this.failed) return 0n;
      v |= BigInt(b & 0x7f) << shift;
      if (b < 0x80) return v < 1n << 64n ? v : this.fail();
    }
    return this.fail();
  }

  skipLength(): void {
    this.length();
  }

  /** A length-delimited field's payload as a view. */
  chunk(): Uint8Array {
    const len = this.length();
    if (this.failed || this.pos + len > this.buf.length) return (this.failed = true), new Uint8Array();
    const out = this.buf.subarray(this.pos, this.pos + len);
    this.pos += len;
    return out;
  }

  /** A length-delimited ASCII string; sets `failed` on any byte ≥ 0x80. */
  ascii(): string {
    const b = this.chunk();
    for (let i = 0; i < b.length; i++) if (b[i]! >= 0x80) this.failed = true;
    return String.fromCharCode.apply(null, b as unknown as number[]);
  }

  fail(): never {
    this.failed = true;
    return undefined as never;
  }

  private length(): number {
    let len = 0;
    for (let shift = 0; shift <= 28; shift += 7) {
      const b = this.byte();
      if (this.failed) return 0;
      len += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return len;
    }
    this.failed = true;
    return 0;
  }
}
