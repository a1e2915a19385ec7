import { describe, expect, it } from "vitest";
import { BinaryWriter } from "cosmjs-types/binary";
import { ResponseCheckTx } from "cosmjs-types/tendermint/abci/types";
import { Int64SafeWriter } from "./int64Writer.ts";

/** Plain base-128 varint of a 64-bit two's-complement value: the protobuf spec, nothing shared. */
function varint(value: bigint): number[] {
  let v = BigInt.asUintN(64, value);
  const out: number[] = [];
  while (v >= 0x80n) {
    out.push(Number(v & 0x7fn) | 0x80);
    v >>= 7n;
  }
  out.push(Number(v));
  return out;
}
const zigzag = (v: bigint) => BigInt.asUintN(64, (v << 1n) ^ (v >> 63n));

const EDGES = [0n, 1n, 127n, 128n, 2n ** 31n - 1n, 2n ** 31n, 2_261_072_508n, 3_000_000_000n, 2n ** 32n - 1n, 2n ** 32n, 2n ** 32n + 2n ** 31n, 2n ** 63n - 1n, -1n, -(2n ** 31n), -(2n ** 63n)];

describe("Int64SafeWriter", () => {
  it("writes int64 and uint64 as the protobuf spec's varint, across the [2^31, 2^32) range cosmjs-types breaks", () => {
    for (const v of EDGES) {
      expect([...new Int64SafeWriter().int64(v).finish()], `int64 ${v}`).toEqual(varint(v));
      if (v >= 0n) expect([...new Int64SafeWriter().uint64(v).finish()], `uint64 ${v}`).toEqual(varint(v));
      expect([...new Int64SafeWriter().int64(v.toString()).finish()], `int64 "${v}"`).toEqual(varint(v));
    }
  });

  it("writes sint64 as the zigzag varint", () => {
    for (const v of [...EDGES, 2n ** 30n, 2n ** 31n - 1n, -(2n ** 30n) - 1n]) {
      if (v < -(2n ** 63n) || v >= 2n ** 63n) continue;
      expect([...new Int64SafeWriter().sint64(v).finish()], `sint64 ${v}`).toEqual(varint(zigzag(v)));
    }
  });

  it("leaves every value outside that range as cosmjs-types writes it", () => {
    for (const v of EDGES.filter((x) => x < 2n ** 31n || x >= 2n ** 32n)) {
      expect(new Int64SafeWriter().int64(v).finish()).toEqual(BinaryWriter.create().int64(v).finish());
    }
  });

  it("makes a CheckTx response with gas_wanted 3e9 valid protobuf (cosmjs-types alone writes a zero tag)", () => {
    const res = ResponseCheckTx.fromPartial({ code: 41, gasWanted: 3_000_000_000n, gasUsed: 0n, log: "x" });
    const safe = ResponseCheckTx.encode(res, new Int64SafeWriter()).finish();
    expect([...safe.subarray(safe.indexOf(0x28) + 1, safe.indexOf(0x28) + 6)]).toEqual(varint(3_000_000_000n));
    expect(ResponseCheckTx.decode(safe).gasWanted).toBe(3_000_000_000n);
    // The bug this writer exists for: if cosmjs-types is fixed, this line says the writer can go.
    expect([...ResponseCheckTx.encode(res).finish()]).not.toEqual([...safe]);
  });
});
