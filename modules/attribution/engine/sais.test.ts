import { describe, expect, it } from "vitest";
import { AttributionEngineError } from "./errors.ts";
import { suffixArray } from "./sais.ts";
import { Rng } from "../../../test/support/rng.ts";

/** The obviously-correct suffix array: sort the suffix start positions by comparing suffixes. */
function naiveSuffixArray(text: Int32Array): Int32Array {
  const n = text.length;
  const idx = Array.from({ length: n }, (_, i) => i);
  idx.sort((a, b) => {
    while (a < n && b < n) {
      if (text[a] !== text[b]) return text[a]! - text[b]!;
      a++;
      b++;
    }
    return a === n ? -1 : 1;
  });
  return Int32Array.from(idx);
}

function withSentinel(body: number[]): Int32Array {
  return Int32Array.from([...body, 0]);
}

describe("suffixArray (SA-IS) against a naive sort", () => {
  it("agrees on 4,000 random strings: tiny and large alphabets, runs, periodic and all-equal bodies", () => {
    const rng = new Rng(20260101);
    const kinds = ["uniform", "binary", "runs", "periodic", "allEqual", "sparse"] as const;
    let checked = 0;
    for (let iter = 0; iter < 4000; iter++) {
      const kind = kinds[iter % kinds.length];
      const n = rng.range(0, iter < 3000 ? 40 : 400);
      const body: number[] = [];
      if (kind === "uniform") for (let i = 0; i < n; i++) body.push(rng.range(1, rng.range(1, 30)));
      if (kind === "binary") for (let i = 0; i < n; i++) body.push(rng.range(1, 2));
      if (kind === "runs") while (body.length < n) body.push(...Array(rng.range(1, 9)).fill(rng.range(1, 3)));
      if (kind === "periodic") {
        const unit = Array.from({ length: rng.range(1, 5) }, () => rng.range(1, 4));
        for (let i = 0; i < n; i++) body.push(unit[i % unit.length]!);
        if (n > 0 && rng.chance(1, 2)) body[rng.int(n)] = rng.range(1, 4);
      }
      if (kind === "allEqual") for (let i = 0; i < n; i++) body.push(7);
      if (kind === "sparse") for (let i = 0; i < n; i++) body.push(rng.pick([5, 1_000_000, 2_147_483_647, 99]));
      const text = withSentinel(body.slice(0, Math.max(n, 0)));
      expect(suffixArray(text), `${kind} ${JSON.stringify(body)}`).toEqual(naiveSuffixArray(text));
      checked++;
    }
    expect(checked).toBe(4000);
  });

  it("agrees on a token stream with separators and VOID, like a segment", () => {
    const rng = new Rng(7);
    const body: number[] = [];
    for (let d = 0; d < 200; d++) {
      for (let i = rng.range(0, 30); i > 0; i--) body.push(rng.chance(1, 20) ? 2 : rng.range(3, 12));
      body.push(1);
    }
    body.pop();
    const text = withSentinel(body);
    expect(suffixArray(text)).toEqual(naiveSuffixArray(text));
  });

  it("handles the smallest texts", () => {
    expect(suffixArray(Int32Array.of(0))).toEqual(Int32Array.of(0));
    expect(suffixArray(Int32Array.of(5, 0))).toEqual(Int32Array.of(1, 0));
    expect(suffixArray(Int32Array.of(3, 3, 3, 0))).toEqual(Int32Array.of(3, 2, 1, 0));
  });

  it("rejects a text without a unique final sentinel or with negative values", () => {
    expect(() => suffixArray(new Int32Array(0))).toThrow(AttributionEngineError);
    expect(() => suffixArray(Int32Array.of(3, 4))).toThrow(/must end with the sentinel 0/);
    expect(() => suffixArray(Int32Array.of(3, 0, 4, 0))).toThrow(/value 0 at 1/);
    expect(() => suffixArray(Int32Array.of(3, -1, 0))).toThrow(/value -1 at 1/);
  });
});
