import { describe, expect, it } from "vitest";
import { applyMask, DatanetTextError, MASK_MIN_RUN, sharedRuns, VOID } from "./index.ts";
import { Rng } from "../../../test/support/rng.ts";
import { randomIds } from "../../../test/support/tokenIds.ts";

/** O(n·m·len) reference: mark every position covered by a common run of >= minLen word ids. */
function naiveRuns(c: Int32Array, e: Int32Array, minLen: number): [number, number][] {
  const covered = new Uint8Array(c.length);
  for (let i = 0; i < c.length; i++) {
    let best = 0;
    for (let j = 0; j < e.length; j++) {
      let l = 0;
      while (i + l < c.length && j + l < e.length && c[i + l]! >= 3 && c[i + l] === e[j + l]) l++;
      best = Math.max(best, l);
    }
    if (best >= minLen) covered.fill(1, i, i + best);
  }
  const runs: [number, number][] = [];
  for (let i = 0; i < c.length; i++) {
    if (!covered[i]) continue;
    let j = i;
    while (j < c.length && covered[j]) j++;
    runs.push([i, j]);
    i = j;
  }
  return runs;
}

describe("sharedRuns", () => {
  it("agrees with the naive reference on random small inputs", () => {
    const r = new Rng(17);
    for (let trial = 0; trial < 2_000; trial++) {
      const alphabet = 1 + r.int(4);
      const c = Int32Array.from(randomIds(r, r.int(40), alphabet), (x) => (r.int(20) === 0 ? r.int(3) : x));
      const e = Int32Array.from(randomIds(r, r.int(40), alphabet), (x) => (r.int(20) === 0 ? r.int(3) : x));
      const minLen = 1 + r.int(6);
      expect(sharedRuns(c, e, minLen)).toEqual(naiveRuns(c, e, minLen));
    }
  });

  it("finds a planted 32-token copy and nothing shorter by default", () => {
    const r = new Rng(4);
    const copy = randomIds(r, MASK_MIN_RUN, 1_000_000);
    const cand = randomIds(r, 2_000, 1_000_000);
    const earlier = randomIds(r, 2_000, 1_000_000);
    cand.set(copy, 100);
    earlier.set(copy, 1_500);
    cand.set(earlier.subarray(10, 10 + MASK_MIN_RUN - 1), 500);
    expect(sharedRuns(cand, earlier)).toEqual([[100, 132]]);
  });

  it("merges overlapping and touching runs and never matches across reserved ids", () => {
    const e = Int32Array.from([3, 4, 5, 6, 1, 7, 8, 9]);
    expect(sharedRuns(Int32Array.from([3, 4, 5, 6, 7, 8, 9]), e, 3)).toEqual([[0, 7]]);
    expect(sharedRuns(Int32Array.from([5, 6, 1, 7, 8]), e, 3)).toEqual([]);
    expect(sharedRuns(Int32Array.from([2, 2, 2, 2]), Int32Array.from([2, 2, 2, 2]), 2)).toEqual([]);
  });

  it("rejects a minimum length that is not a positive integer", () => {
    const a = Int32Array.from([3, 4]);
    expect(() => sharedRuns(a, a, 0)).toThrow(DatanetTextError);
    expect(() => sharedRuns(a, a, 1.5)).toThrow(/positive integer/);
  });
});

describe("applyMask", () => {
  it("replaces the runs by VOID, counts distinct positions and leaves the input alone", () => {
    const ids = Int32Array.from([3, 4, 5, 6, 7, 8, 9, 10]);
    const { masked, maskedTokens } = applyMask(ids, [[5, 7], [1, 3], [2, 4], [7, 7]]);
    expect(Array.from(masked)).toEqual([3, VOID, VOID, VOID, 7, VOID, VOID, 10]);
    expect(maskedTokens).toBe(5);
    expect(Array.from(ids)).toEqual([3, 4, 5, 6, 7, 8, 9, 10]);
    expect(applyMask(ids, []).maskedTokens).toBe(0);
  });

  it("masks exactly what sharedRuns reports", () => {
    const r = new Rng(6);
    const earlier = randomIds(r, 500, 1_000_000);
    const cand = randomIds(r, 500, 1_000_000);
    cand.set(earlier.subarray(0, 40), 10);
    cand.set(earlier.subarray(200, 300), 300);
    const runs = sharedRuns(cand, earlier);
    expect(runs).toEqual([[10, 50], [300, 400]]);
    const { masked, maskedTokens } = applyMask(cand, runs);
    expect(maskedTokens).toBe(140);
    expect(masked.filter((x) => x === VOID).length).toBe(140);
  });

  it("rejects runs outside the record", () => {
    const ids = Int32Array.from([3, 4, 5]);
    expect(() => applyMask(ids, [[2, 4]])).toThrow(/run 0 \[2, 4\) is not a range of a 3-token record/);
    expect(() => applyMask(ids, [[0, 1], [2, 1]])).toThrow(DatanetTextError);
    expect(() => applyMask(ids, [[-1, 1]])).toThrow(DatanetTextError);
  });
});
