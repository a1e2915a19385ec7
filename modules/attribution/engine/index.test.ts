import { describe, expect, it } from "vitest";
import { deleteContributions, documentCount, isDeleted, makeIndex } from "./attributionIndex.ts";
import { checkSuffixArray } from "./checkSuffixArray.ts";
import { AttributionEngineError } from "./errors.ts";
import { buildSegment, buildSegmentFromStream, segmentBytes, type SegmentDoc } from "./segment.ts";
import { deserializeIndex, indexHash, segmentHash, serializeIndex } from "./serialize.ts";
import { Rng } from "../../../test/support/rng.ts";

const hex = (b: Uint8Array): string => Buffer.from(b).toString("hex");

function randomDocs(rng: Rng, count: number, firstId = 1): SegmentDoc[] {
  return Array.from({ length: count }, (_, d) => ({
    tokens: Int32Array.from({ length: rng.range(0, 40) }, () => (rng.chance(1, 30) ? 2 : rng.range(3, 12))),
    contributionId: BigInt(firstId + d),
    contributor: rng.int(7),
  }));
}

function sampleIndex(seed: number) {
  const rng = new Rng(seed);
  return makeIndex([buildSegment(randomDocs(rng, 9, 1)), buildSegment(randomDocs(rng, 4, 100)), buildSegment(randomDocs(rng, 1, 200))]);
}

describe("segments", () => {
  it("joins documents with 1, ends with 0, and records starts and owners", () => {
    const seg = buildSegment([
      { tokens: Int32Array.of(5, 6), contributionId: 10n, contributor: 4 },
      { tokens: Int32Array.of(), contributionId: 11, contributor: 0 },
      { tokens: Int32Array.of(2, 7), contributionId: 12n, contributor: 4 },
    ]);
    expect([...seg.tokens]).toEqual([5, 6, 1, 1, 2, 7, 0]);
    expect([...seg.docStart]).toEqual([0, 3, 4]);
    expect([...seg.docContribution]).toEqual([10n, 11n, 12n]);
    expect([...seg.docContributor]).toEqual([4, 0, 4]);
    expect(checkSuffixArray(seg.tokens, seg.sa, true)).toBeUndefined();
    expect(segmentBytes(seg)).toBe(7 * 8 + 3 * 16 + seg.firstTokenStart.byteLength);
  });

  it("an empty segment is the lone sentinel", () => {
    const seg = buildSegment([]);
    expect([...seg.tokens]).toEqual([0]);
    expect([...seg.sa]).toEqual([0]);
  });

  it("refuses reserved or negative ids in documents, and ids that do not fit", () => {
    const doc = (tokens: number[], contributionId: bigint | number = 1n, contributor = 0): SegmentDoc => ({ tokens: Int32Array.from(tokens), contributionId, contributor });
    expect(() => buildSegment([doc([3, 1, 4])])).toThrow(/document 0 \(contribution 1\): token 1 is 1/);
    expect(() => buildSegment([doc([3]), doc([0])])).toThrow(/document 1 .*token 0 is 0/);
    expect(() => buildSegment([doc([-1])])).toThrow(/token 0 is -1/);
    expect(() => buildSegment([doc([3], -1n)])).toThrow(/contribution id -1 is outside uint64/);
    expect(() => buildSegment([doc([3], 1n << 64n)])).toThrow(/outside uint64/);
    expect(() => buildSegment([doc([3], 1.5)])).toThrow(/contribution id 1.5 is not an integer/);
    expect(() => buildSegment([doc([3], 1n, 2 ** 32)])).toThrow(/contributor 4294967296 is not a uint32/);
    expect(() => buildSegment([doc([3], 1n, -1)])).toThrow(AttributionEngineError);
  });

  it("refuses a stream whose layout disagrees with its tables", () => {
    const tables = (d: number) => ({ docContribution: new BigUint64Array(d), docContributor: new Uint32Array(d) });
    expect(() => buildSegmentFromStream({ tokens: Int32Array.of(3, 4), ...tables(1) })).toThrow(/must end with 0/);
    expect(() => buildSegmentFromStream({ tokens: Int32Array.of(3, 1, 4, 0), ...tables(1) })).toThrow(/separator at 1 starts document 1, but there are 1/);
    expect(() => buildSegmentFromStream({ tokens: Int32Array.of(3, 0), ...tables(2) })).toThrow(/holds 1 documents but the tables list 2/);
    expect(() => buildSegmentFromStream({ tokens: Int32Array.of(3, 0, 0), ...tables(1) })).toThrow(/token 1 is 0/);
    expect(() => buildSegmentFromStream({ tokens: Int32Array.of(0), docContribution: new BigUint64Array(1), docContributor: new Uint32Array(2) })).toThrow(/1 contribution ids but 2 contributors/);
  });
});

describe("index bytes", () => {
  it("round-trip exactly, with views into the bytes, and the same docs always give the same hash", () => {
    const index = sampleIndex(5);
    const bytes = serializeIndex(index);
    expect(bytes.length % 8).toBe(0);
    const back = deserializeIndex(bytes, { checkOrder: true });
    expect(back.segments.map((s) => [...s.sa])).toEqual(index.segments.map((s) => [...s.sa]));
    expect(back.segments[1]!.tokens.buffer).toBe(bytes.buffer);
    expect(hex(serializeIndex(back))).toBe(hex(bytes));
    expect(hex(indexHash(sampleIndex(5)))).toBe(hex(indexHash(index)));
    expect(hex(indexHash(sampleIndex(6)))).not.toBe(hex(indexHash(index)));
    expect(hex(segmentHash(back.segments[2]!))).toBe(hex(segmentHash(index.segments[2]!)));
  });

  it("copies bytes that are not 8-aligned and reads them the same", () => {
    const bytes = serializeIndex(sampleIndex(8));
    const shifted = new Uint8Array(bytes.length + 3);
    shifted.set(bytes, 3);
    const back = deserializeIndex(shifted.subarray(3));
    expect(hex(serializeIndex(back))).toBe(hex(bytes));
  });

  it("deletions change the index hash, never the segment hashes", () => {
    const index = sampleIndex(5);
    const del = deleteContributions(index, [100n, 3n]);
    expect(documentCount(del)).toBe(14);
    expect([...Array(14).keys()].filter((d) => isDeleted(del, d))).toEqual([2, 9]);
    expect(hex(indexHash(del))).not.toBe(hex(indexHash(index)));
    expect(del.segments.map((s) => hex(segmentHash(s)))).toEqual(index.segments.map((s) => hex(segmentHash(s))));
    const back = deserializeIndex(serializeIndex(del));
    expect([...back.deleted]).toEqual([...del.deleted]);
    expect(() => deleteContributions(index, [3n, 55n, 56n])).toThrow(/contributions 55, 56 are not in this index/);
  });

  it("refuses bytes that are not the canonical form of an index, naming the field", () => {
    const good = serializeIndex(sampleIndex(5));
    const tamper = (at: number, value: number): Uint8Array => {
      const b = Uint8Array.from(good);
      b[at] = value;
      return b;
    };
    const seg0 = 32 + 8; // header, then 14 documents' bitmap (2 bytes) padded to 8
    expect(() => deserializeIndex(tamper(0, 0x41))).toThrow(/bad magic/);
    expect(() => deserializeIndex(tamper(8, 2))).toThrow(/format 2, this engine reads 1/);
    expect(() => deserializeIndex(good.subarray(0, good.length - 8))).toThrow(/truncated in segment 2 contribution ids/);
    expect(() => deserializeIndex(Uint8Array.from([...good, 0, 0, 0, 0, 0, 0, 0, 0]))).toThrow(/8 trailing bytes/);
    expect(() => deserializeIndex(tamper(33, 0x80))).toThrow(/bitmap sets bits past document 13/);
    expect(() => deserializeIndex(tamper(34, 1))).toThrow(/non-zero padding after deletion bitmap/);
    expect(() => deserializeIndex(tamper(24, 9))).toThrow(/header says \d+ tokens/);
    expect(() => deserializeIndex(tamper(seg0 + 8, 1))).toThrow(/segment 0: reserved field is not 0/);
    expect(() => deserializeIndex(tamper(seg0 + 16, 1))).toThrow(/segment 0: .*separator at \d+ starts document 9, but there are 9/);
  });

  it("finds a damaged suffix array: repeated entries always, misordered ones with checkOrder", () => {
    const index = makeIndex([buildSegment(randomDocs(new Rng(3), 3))]);
    const bytes = serializeIndex(index);
    const n = index.segments[0]!.tokens.length;
    const saAt = 32 + 8 + 16 + ((n * 4 + 7) & ~7);
    const dv = new DataView(bytes.buffer);
    const dup = Uint8Array.from(bytes);
    new DataView(dup.buffer).setInt32(saAt, dv.getInt32(saAt + 4, true), true);
    expect(() => deserializeIndex(dup)).toThrow(/suffix array entry 1 .* out of range or repeated/);
    const swapped = Uint8Array.from(bytes);
    const sv = new DataView(swapped.buffer);
    sv.setInt32(saAt + 8, dv.getInt32(saAt + 12, true), true);
    sv.setInt32(saAt + 12, dv.getInt32(saAt + 8, true), true);
    expect(() => deserializeIndex(swapped)).not.toThrow();
    expect(() => deserializeIndex(swapped, { checkOrder: true })).toThrow(/out of order/);
  });
});
