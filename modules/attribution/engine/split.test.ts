import { describe, expect, it } from "vitest";
import { splitFee } from "./split.ts";
import { Rng } from "../../../test/support/rng.ts";

describe("splitFee", () => {
  it("credits ⌊F · pts / TOT⌋ and the remainder closes the sum to F exactly, on 5,000 random splits", () => {
    const rng = new Rng(11);
    for (let iter = 0; iter < 5000; iter++) {
      const total = rng.range(1, 1024) * 65536;
      const n = rng.range(0, 70);
      let left = total;
      const points = Array.from({ length: n }, () => {
        const p = rng.int(Math.floor(left / 2) + 1);
        left -= p;
        return p;
      });
      const fee = BigInt(rng.u32()) * BigInt(rng.u32()) + BigInt(rng.int(1000));
      const { credits, remainder } = splitFee(fee, points, total);
      expect(credits.reduce((a, b) => a + b, 0n) + remainder).toBe(fee);
      expect(remainder >= 0n).toBe(true);
      credits.forEach((c, i) => expect(c).toBe((fee * BigInt(points[i]!)) / BigInt(total)));
      // Dust is below one unit per payee, on top of the unearned share.
      const unearned = (fee * BigInt(left)) / BigInt(total);
      expect(remainder - unearned <= BigInt(n + 1)).toBe(true);
    }
  });

  it("a zero fee pays nothing; all points to one payee pays the whole fee", () => {
    expect(splitFee(0n, [5, 6], 11)).toEqual({ credits: [0n, 0n], remainder: 0n });
    expect(splitFee(1_000_003n, [65536], 65536)).toEqual({ credits: [1_000_003n], remainder: 0n });
  });

  it("refuses inconsistent inputs", () => {
    expect(() => splitFee(-1n, [], 1)).toThrow(/fee -1 is negative/);
    expect(() => splitFee(1n, [1], 0)).toThrow(/total points 0/);
    expect(() => splitFee(1n, [1.5], 2)).toThrow(/points\[0\] = 1.5/);
    expect(() => splitFee(1n, [3, 4], 6)).toThrow(/add up to 7, more than the total 6/);
  });
});
