import { describe, expect, it } from "vitest";
import { Rng } from "./rng.ts";

const first4 = (r: Rng) => Array.from({ length: 4 }, () => r.u32());

describe("Rng", () => {
  // Known answers, each equal to the generator it replaced (the attribution engine's Rng, the
  // fuzzer's Rng and Rng.forCase, the fixture's xorshift32, the datanet text tests' mulberry32):
  // pinned fixtures, golden vectors and recorded seeds depend on these exact streams.
  it("draws the pinned streams", () => {
    expect(first4(new Rng(1))).toEqual([2442144158, 3238099751, 3819917871, 2104621829]);
    expect(first4(new Rng(1207n))).toEqual([64417120, 4190452662, 1433900531, 2914477549]);
    expect(first4(Rng.forCase(3n, "tx", 41))).toEqual([3577899833, 268689963, 1166395321, 2090472452]);
    expect(first4(new Rng(20_261_207, "xorshift32"))).toEqual([669839448, 2232564171, 2269913886, 1725150121]);
    expect(first4(new Rng(0, "xorshift32"))).toEqual([1359758873, 3761132862, 2075758394, 25405621]);
    expect(first4(new Rng(77, "mulberry32"))).toEqual([1827943904, 181332479, 2989326142, 2086917005]);
  });

  it("gives unrelated streams for nearby seeds and the same stream for the same seed", () => {
    expect(first4(new Rng(7))).toEqual(first4(new Rng(7)));
    const a = first4(new Rng(1));
    const b = first4(new Rng(2));
    expect(a.filter((x, i) => x === b[i])).toEqual([]);
  });

  it("keeps int, range, chance, pick and shuffle in their ranges", () => {
    const r = new Rng(99);
    const seen = new Set<number>();
    for (let i = 0; i < 2_000; i++) {
      const x = r.range(-3, 3);
      expect(x).toBeGreaterThanOrEqual(-3);
      expect(x).toBeLessThanOrEqual(3);
      seen.add(x);
      const f = r.float();
      expect(f >= 0 && f < 1).toBe(true);
    }
    expect(seen.size).toBe(7);
    expect(r.int(0)).toBe(0);
    expect(Array.from({ length: 100 }, () => r.chance(0, 5)).some(Boolean)).toBe(false);
    expect(Array.from({ length: 100 }, () => r.chance(5, 5)).every(Boolean)).toBe(true);
    expect(r.shuffle([1, 2, 3, 4, 5]).sort()).toEqual([1, 2, 3, 4, 5]);
    expect(r.bytes(16)).toHaveLength(16);
    expect(r.u64()).toBeLessThan(1n << 64n);
  });

  it("refuses what it cannot do, with a clear message", () => {
    expect(() => new Rng(1).pick([])).toThrow(/Rng.pick: empty list/);
    expect(() => new Rng(1n, "xorshift32")).toThrow(/xorshift32 takes a 32-bit number seed, not a bigint/);
  });
});
