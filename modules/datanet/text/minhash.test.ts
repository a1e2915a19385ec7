import { bytesToHex } from "@noble/hashes/utils.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { describe, expect, it } from "vitest";
import { bandKeys, DatanetTextError, MINHASH_BANDS, minhashSignature, sequenceHash, shingleJaccardAtLeast, tokenize } from "./index.ts";
import { shingleHashes } from "./shingles.ts";
import { Rng } from "../../../test/support/rng.ts";
import { randomIds, Vocab } from "../../../test/support/tokenIds.ts";

function shareBand(a: Int32Array, b: Int32Array): boolean {
  const ka = bandKeys(minhashSignature(a)).map(bytesToHex);
  const kb = bandKeys(minhashSignature(b)).map(bytesToHex);
  return ka.some((k, i) => k === kb[i]);
}

/** Jaccard of the 5-gram shingle sets by string keys: the slow, obviously right reference. */
function naiveJaccard(a: Int32Array, b: Int32Array): [number, number] {
  const set = (x: Int32Array): Set<string> => {
    const k = Math.min(5, x.length);
    const s = new Set<string>();
    for (let p = 0; p + k <= x.length; p++) s.add(Array.from(x.subarray(p, p + k)).join(","));
    return s;
  };
  const sa = set(a);
  const sb = set(b);
  let inter = 0;
  for (const x of sa) if (sb.has(x)) inter++;
  return [inter, sa.size + sb.size - inter];
}

describe("sequenceHash", () => {
  it("is SHA-256 of the little-endian int32 bytes", () => {
    const ids = Int32Array.from([3, 258, -1, 0x7fffffff]);
    const bytes = Uint8Array.from([3, 0, 0, 0, 2, 1, 0, 0, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f]);
    expect(bytesToHex(sequenceHash(ids))).toBe(bytesToHex(sha256(bytes)));
  });

  it("hashes a subarray view by its own elements only", () => {
    const whole = Int32Array.from([9, 3, 4, 5, 9]);
    expect(bytesToHex(sequenceHash(whole.subarray(1, 4)))).toBe(bytesToHex(sequenceHash(Int32Array.from([3, 4, 5]))));
  });
});

describe("minhashSignature and bandKeys", () => {
  it("has 224 words and 14 keys of 8 bytes; equal sets give equal signatures", () => {
    const ids = randomIds(new Rng(1), 300, 1000);
    const sig = minhashSignature(ids);
    expect(sig.length).toBe(224);
    const keys = bandKeys(sig);
    expect(keys.length).toBe(MINHASH_BANDS);
    for (const k of keys) expect(k.length).toBe(8);
    const doubled = new Int32Array(600);
    doubled.set(ids);
    doubled.set(ids, 300);
    expect(minhashSignature(ids)).toEqual(sig);
    // The doubled sequence's shingle set is a superset, so each of its minima is <= the original's.
    const sup = minhashSignature(doubled);
    let lower = 0;
    for (let i = 0; i < 112; i++) {
      const cmp = sup[2 * i] !== sig[2 * i] ? sup[2 * i]! - sig[2 * i]! : sup[2 * i + 1]! - sig[2 * i + 1]!;
      expect(cmp).toBeLessThanOrEqual(0);
      if (cmp < 0) lower++;
    }
    expect(lower).toBeLessThan(20);
  });

  it("treats a record shorter than 5 tokens as one shingle", () => {
    const a = minhashSignature(Int32Array.from([3, 4, 5]));
    expect(minhashSignature(Int32Array.from([3, 4, 5]))).toEqual(a);
    expect(minhashSignature(Int32Array.from([3, 4]))).not.toEqual(a);
    expect(minhashSignature(new Int32Array(0)).length).toBe(224);
  });

  it("rejects a signature of the wrong length", () => {
    expect(() => bandKeys(new Uint32Array(10))).toThrow(DatanetTextError);
  });

  it("near-duplicates (one word in 200 changed) share a band and pass Jaccard >= 0.8; unrelated texts do neither", () => {
    const r = new Rng(42);
    const words = Array.from({ length: 5_000 }, (_, i) => `w${i}x${r.int(1000)}`);
    const vocab = new Vocab();
    const text = (): string[] => Array.from({ length: 200 }, () => words[r.int(words.length)]!);
    for (let trial = 0; trial < 50; trial++) {
      const base = text();
      const near = [...base];
      near[r.int(200)] = `changed${trial}`;
      const a = vocab.encode(tokenize(base.join(" ")));
      const b = vocab.encode(tokenize(near.join(" ")));
      const c = vocab.encode(tokenize(text().join(" ")));
      expect(shareBand(a, b)).toBe(true);
      expect(shingleJaccardAtLeast(a, b, 4, 5)).toBe(true);
      expect(shareBand(a, c)).toBe(false);
      expect(shingleJaccardAtLeast(a, c, 4, 5)).toBe(false);
    }
  });

  it("band sharing tracks similarity: texts with a quarter of the words changed rarely share a band", () => {
    const r = new Rng(5);
    let shared = 0;
    for (let trial = 0; trial < 40; trial++) {
      const a = randomIds(r, 400, 20_000);
      const b = Int32Array.from(a);
      for (let i = 0; i < 100; i++) b[r.int(400)] = 3 + r.int(20_000);
      if (shareBand(a, b)) shared++;
    }
    expect(shared).toBeLessThan(10);
  });
});

describe("shingleJaccardAtLeast", () => {
  it("agrees with a string-set reference on random small inputs and thresholds", () => {
    const r = new Rng(99);
    for (let trial = 0; trial < 1_500; trial++) {
      const a = randomIds(r, r.int(14), 3);
      const b = r.int(3) === 0 ? Int32Array.from(a) : randomIds(r, r.int(14), 3);
      const den = 1 + r.int(10);
      const num = r.int(den + 1);
      const [inter, union] = naiveJaccard(a, b);
      expect(shingleJaccardAtLeast(a, b, num, den)).toBe(den * inter >= num * union);
    }
  });

  it("stays exact when different shingles share a 32-bit hash (300k shingles: several collisions)", () => {
    const r = new Rng(31);
    const a = randomIds(r, 300_000, 1_000_000);
    const b = Int32Array.from(a);
    for (let i = 0; i < 30_000; i++) b[r.int(b.length)] = 3 + r.int(1_000_000);
    const lane = shingleHashes(a).a;
    expect(new Set(lane).size, "the input must contain hash collisions to test them").toBeLessThan(lane.length);
    const [inter, union] = naiveJaccard(a, b);
    expect(shingleJaccardAtLeast(a, b, inter, union)).toBe(true);
    // Just above the exact ratio: a set count off by a single shingle would flip this.
    expect(shingleJaccardAtLeast(a, b, inter * 1_000_000 + 1, union * 1_000_000)).toBe(false);
    expect(shingleJaccardAtLeast(a, a, 1, 1)).toBe(true);
  });

  it("counts shingles as a set: repeats do not change the answer", () => {
    const a = Int32Array.from([3, 4, 5, 6, 7, 3, 4, 5, 6, 7, 3, 4, 5, 6, 7]);
    const b = Int32Array.from([3, 4, 5, 6, 7, 3, 4, 5, 6, 7]);
    expect(shingleJaccardAtLeast(a, b, 1, 1)).toBe(true);
  });

  it("rejects a threshold that is not a fraction in [0, 1]", () => {
    const a = Int32Array.from([3]);
    expect(() => shingleJaccardAtLeast(a, a, 2, 1)).toThrow(/num <= den/);
    expect(() => shingleJaccardAtLeast(a, a, 1, 0)).toThrow(DatanetTextError);
    expect(() => shingleJaccardAtLeast(a, a, 0.5, 1)).toThrow(DatanetTextError);
  });
});
