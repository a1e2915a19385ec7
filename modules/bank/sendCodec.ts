import { MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";

/**
 * MsgSend decoding for the block path: every bank send is decoded by CheckTx and again by
 * FinalizeBlock, and cosmjs-types' string reader allocates a scratch array per string. This
 * reads the usual shape directly (from_address, to_address, coins {denom, amount}, ASCII text,
 * each address once, nothing unknown) and hands every other input to `MsgSend.decode`, so the
 * result is always the generic decoder's. PERF: one pass over the message bytes.
 */
export function decodeMsgSend(b: Uint8Array): MsgSend {
  return fastMsgSend(b) ?? MsgSend.decode(b);
}

function fastMsgSend(b: Uint8Array): MsgSend | undefined {
  const r = new AsciiReader(b, 0, b.length);
  let fromAddress: string | undefined;
  let toAddress: string | undefined;
  const amount: { denom: string; amount: string }[] = [];
  while (r.pos < r.end) {
    const tag = r.byte();
    if (tag === 0x0a && fromAddress === undefined) fromAddress = r.ascii();
    else if (tag === 0x12 && toAddress === undefined) toAddress = r.ascii();
    else if (tag === 0x1a) {
      const len = r.length();
      const coin = new AsciiReader(b, r.pos, r.pos + len);
      if (coin.end > r.end) return undefined;
      r.pos += len;
      let denom: string | undefined;
      let value: string | undefined;
      while (coin.pos < coin.end && !coin.failed) {
        const t = coin.byte();
        if (t === 0x0a && denom === undefined) denom = coin.ascii();
        else if (t === 0x12 && value === undefined) value = coin.ascii();
        else return undefined;
      }
      if (coin.failed) return undefined;
      amount.push({ denom: denom ?? "", amount: value ?? "" });
    } else return undefined;
    if (r.failed) return undefined;
  }
  return { fromAddress: fromAddress ?? "", toAddress: toAddress ?? "", amount };
}

class AsciiReader {
  failed = false;
  constructor(
    private readonly buf: Uint8Array,
    public pos: number,
    readonly end: number,
  ) {}

  byte(): number {
    if (this.pos >= this.end) {
      this.failed = true;
      return 0;
    }
    return this.buf[this.pos++]!;
  }

  length(): number {
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

  /** A length-delimited ASCII string; sets `failed` on non-ASCII bytes or a short buffer. */
  ascii(): string {
    const len = this.length();
    if (this.failed || this.pos + len > this.end) {
      this.failed = true;
      return "";
    }
    const s = this.buf.subarray(this.pos, this.pos + len);
    this.pos += len;
    for (let i = 0; i < s.length; i++) if (s[i]! >= 0x80) this.failed = true;
    return String.fromCharCode.apply(null, s as unknown as number[]);
  }
}
