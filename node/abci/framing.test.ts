import { describe, expect, it } from "vitest";
import { toHex } from "@cosmjs/encoding";
import { Request } from "cosmjs-types/tendermint/abci/types";
import { AbciFramingError, FrameDecoder, encodeFrame, encodeUvarint } from "./framing.ts";

const concat = (parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
};
const body = (n: number, seed: number) => Uint8Array.from({ length: n }, (_, i) => (i * 31 + seed) & 0xff);
const hexes = (xs: Uint8Array[]) => xs.map((x) => toHex(x));

describe("ABCI framing", () => {
  it("matches CometBFT's encoding: uvarint length then the Request", () => {
    const req = Request.encode({ echo: { message: "hi" } }).finish();
    expect(toHex(encodeFrame(req))).toBe("060a040a026869");
    expect(toHex(encodeUvarint(0))).toBe("00");
    expect(toHex(encodeUvarint(127))).toBe("7f");
    expect(toHex(encodeUvarint(128))).toBe("8001");
    expect(toHex(encodeUvarint(300))).toBe("ac02");
    expect(toHex(encodeUvarint(2 ** 31 - 1))).toBe("ffffffff07");
  });

  // Bodies chosen to cover a 0-byte body and 1- and 2-byte prefixes (3-byte below).
  const bodies = [body(5, 1), new Uint8Array(0), body(300, 2), body(127, 3), body(128, 4)];
  const stream = concat(bodies.map(encodeFrame));

  it("decodes many messages from one chunk, a zero-length body included", () => {
    const d = new FrameDecoder();
    expect(hexes(d.push(stream))).toEqual(hexes(bodies));
    expect(d.idle).toBe(true);
  });

  it("decodes the same messages whatever the chunk boundary (every split point)", () => {
    for (let cut = 0; cut <= stream.length; cut++) {
      const d = new FrameDecoder();
      const got = [...d.push(stream.subarray(0, cut)), ...d.push(stream.subarray(cut))];
      if (hexes(got).join() !== hexes(bodies).join()) throw new Error(`wrong messages when split at byte ${cut}`);
    }
  });

  it("decodes byte by byte, and reports partial state until the last byte", () => {
    const d = new FrameDecoder();
    const got: Uint8Array[] = [];
    for (let i = 0; i < stream.length; i++) {
      got.push(...d.push(stream.subarray(i, i + 1)));
      if (i === 0) expect(d.idle).toBe(false);
    }
    expect(hexes(got)).toEqual(hexes(bodies));
    expect(d.idle).toBe(true);
  });

  it("decodes a body with a 3-byte prefix split inside the prefix and inside the body", () => {
    const d = new FrameDecoder();
    const frame = encodeFrame(body(70_000, 9));
    expect(frame.subarray(0, 4)[2]).toBeLessThan(0x80);
    expect(d.push(frame.subarray(0, 2))).toEqual([]);
    expect(d.push(frame.subarray(2, 40_001))).toEqual([]);
    const [one] = d.push(frame.subarray(40_001));
    expect(toHex(one!)).toBe(toHex(body(70_000, 9)));
  });

  /** Pushes `chunk`, expecting the stream to break; returns the messages decoded before the break. */
  const pushBroken = (d: FrameDecoder, chunk: Uint8Array, pattern: RegExp) => {
    const got = d.push(chunk);
    expect(d.error?.message).toMatch(pattern);
    expect(() => d.push(encodeFrame(body(1, 1))), "a broken stream refuses more input").toThrow(AbciFramingError);
    return got;
  };

  it("refuses a message over the maximum, naming its size, after returning the messages before it", () => {
    const d = new FrameDecoder(1000);
    const got = pushBroken(d, concat([encodeFrame(body(1000, 1)), encodeUvarint(1001)]), /message of 1001 bytes exceeds the maximum of 1000 bytes/);
    expect(hexes(got)).toEqual(hexes([body(1000, 1)]));
  });

  it("refuses the oversized prefix even before the body arrives", () => {
    expect(pushBroken(new FrameDecoder(), encodeUvarint(2 ** 40), /1099511627776 bytes exceeds the maximum/)).toEqual([]);
  });

  it("refuses a varint longer than 10 bytes or overflowing 64 bits", () => {
    pushBroken(new FrameDecoder(), new Uint8Array(10).fill(0xff), /malformed length prefix: varint longer than 10 bytes or over 64 bits/);
    pushBroken(new FrameDecoder(), new Uint8Array(11).fill(0x80), /malformed length prefix/);
    // Split across chunks the same rules hold.
    const d = new FrameDecoder();
    expect(d.push(new Uint8Array(5).fill(0xff))).toEqual([]);
    expect(d.error).toBeUndefined();
    pushBroken(d, Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0x02]), /malformed length prefix/);
  });
});
