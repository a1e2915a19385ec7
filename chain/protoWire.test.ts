import { BinaryReader } from "cosmjs-types/binary";
import { describe, expect, it } from "vitest";
import { Rng } from "../test/support/rng.ts";
import { ProtoReader } from "./protoReader.ts";
import { ProtoWriter, uint64FieldLength, varintLength } from "./protoWriter.ts";

/**
 * Both sides of the hand protobuf code around every width boundary: the writer against the
 * plain base-128 definition, the reader against cosmjs-types' reader.
 */
function refVarint(v: bigint): Uint8Array {
  const out: number[] = [];
  for (; v >= 0x80n; v >>= 7n) out.push(Number(v & 0x7fn) | 0x80);
  out.push(Number(v));
  return Uint8Array.from(out);
}

const edges: bigint[] = [0n, 1n];
for (let bits = 7n; bits <= 63n; bits += 7n) edges.push((1n << bits) - 1n, 1n << bits);
edges.push((1n << 53n) - 1n, 1n << 53n, (1n << 53n) + 1n, (1n << 64n) - 1n);
const rng = new Rng(11);
const values = [...edges, ...Array.from({ length: 2000 }, () => rng.u64() >> BigInt(rng.int(64)))];

describe("ProtoWriter / ProtoReader varints", () => {
  it("write base-128 varints (uint64 fields, bigint and number inputs)", () => {
    for (const v of values) {
      const ref = Uint8Array.from([8, ...refVarint(v)]);
      const w = new ProtoWriter(new Uint8Array(uint64FieldLength(v) || ref.length));
      expect(v === 0n ? ref : w.uint64(1, v).finish(), String(v)).toEqual(ref);
      expect(varintLength(v), String(v)).toBe(ref.length - 1);
      if (v <= BigInt(Number.MAX_SAFE_INTEGER)) {
        const n = new ProtoWriter(new Uint8Array(varintLength(Number(v)))).varint(Number(v)).finish();
        expect(n, String(v)).toEqual(ref.subarray(1));
      }
    }
  });

  it("read back what cosmjs-types reads, and refuse values past 64 bits", () => {
    for (const v of values) {
      const bytes = refVarint(v);
      expect(new ProtoReader(bytes).uint64()).toBe(new BinaryReader(bytes).uint64());
      expect(new ProtoReader(bytes).uint64()).toBe(v);
    }
    const over = Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02]);
    const r = new ProtoReader(over);
    r.uint64();
    expect(r.failed).toBe(true);
    const truncated = new ProtoReader(Uint8Array.from([0x80, 0x80]));
    truncated.uint64();
    expect(truncated.failed).toBe(true);
  });
});
