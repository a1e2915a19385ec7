import { describe, expect, it } from "vitest";
import { Rng } from "../../test/support/rng.ts";
import { MAX_SEGMENTS, nextLayout, rangeKey, type SegmentRange, segmentLayout, segmentTokens } from "./segmentLayout.ts";

/**
 * The segment layout of a version's index: at most 8 contiguous segments covering 1..v, a pure
 * function of the versions' token counts, one segment per version up to 8 versions, one merge
 * per version beyond, each merge at most a quarter of the datanet, and the measured amortised
 * rewriting recorded in segmentLayout.ts.
 */
const show = (l: readonly SegmentRange[]) => l.map(rangeKey).join(" ");

/** Walks versions 1..n and accounts for every segment a node has to build on the way. */
function history(tokens: bigint[]) {
  let state = { layout: [] as SegmentRange[], sizes: [] as bigint[] };
  let total = 0n;
  let merged = 0n;
  let worstMergeShare = 0;
  const layouts: SegmentRange[][] = [];
  for (let n = 1; n <= tokens.length; n++) {
    const before = new Set(state.layout.map(rangeKey));
    state = nextLayout(state.layout, state.sizes, BigInt(n), tokens[n - 1]!);
    total += tokens[n - 1]!;
    const fresh = state.layout.filter((r) => !before.has(rangeKey(r)));
    const merges = fresh.filter((r) => r.first !== r.last);
    expect(fresh.length, `version ${n}: ${show(state.layout)}`).toBeLessThanOrEqual(2);
    expect(merges.length, `version ${n}: one merge at most`).toBeLessThanOrEqual(1);
    for (const r of merges) {
      const size = segmentTokens(tokens, r);
      // The cheapest of 8 adjacent pairs over T tokens holds ≤ 2T/8.
      expect(size * 4n, `version ${n}: merge ${rangeKey(r)} of ${size} tokens, datanet ${total}`).toBeLessThanOrEqual(total);
      merged += size;
      worstMergeShare = Math.max(worstMergeShare, Number((size * 1000n) / total) / 1000);
    }
    layouts.push(state.layout);
  }
  return { layouts, total, merged, rewritePerToken: Number((merged * 100n) / total) / 100, worstMergeShare };
}

function checkShape(layout: readonly SegmentRange[], v: number): void {
  expect(layout.length).toBeLessThanOrEqual(MAX_SEGMENTS);
  expect(layout.length).toBe(Math.min(v, MAX_SEGMENTS));
  expect(layout[0]!.first).toBe(1n);
  expect(layout[layout.length - 1]!.last).toBe(BigInt(v));
  for (let i = 0; i < layout.length; i++) {
    expect(layout[i]!.first <= layout[i]!.last, show(layout)).toBe(true);
    if (i > 0) expect(layout[i]!.first, show(layout)).toBe(layout[i - 1]!.last + 1n);
  }
}

const equal = (n: number) => Array.from({ length: n }, () => 100_000n);
const random = (rng: Rng, n: number) => Array.from({ length: n }, () => BigInt(rng.range(32, 200_000)));

describe("segment layout", () => {
  it("is one segment per version up to 8 versions, whatever the sizes", () => {
    const rng = new Rng(7);
    for (let v = 1; v <= 8; v++) {
      const l = segmentLayout(random(rng, v));
      expect(l).toEqual(Array.from({ length: v }, (_, i) => ({ first: BigInt(i + 1), last: BigInt(i + 1) })));
    }
  });

  it("merges the adjacent pair with the smallest combined tokens, the earliest on a tie", () => {
    expect(show(segmentLayout([5n, 1n, 1n, 5n, 5n, 5n, 5n, 5n, 5n]))).toBe("1-1 2-3 4-4 5-5 6-6 7-7 8-8 9-9");
    expect(show(segmentLayout(equal(9)))).toBe("1-2 3-3 4-4 5-5 6-6 7-7 8-8 9-9");
    expect(show(segmentLayout([9n, 9n, 9n, 9n, 9n, 9n, 9n, 2n, 2n]))).toBe("1-1 2-2 3-3 4-4 5-5 6-6 7-7 8-9");
    // Version 10 arrives with a merged segment in place: sizes carry over.
    expect(show(segmentLayout([9n, 9n, 9n, 9n, 9n, 9n, 9n, 2n, 2n, 1n]))).toBe("1-1 2-2 3-3 4-4 5-5 6-6 7-7 8-10");
    expect(show(segmentLayout(equal(16)))).toBe("1-2 3-4 5-6 7-8 9-10 11-12 13-14 15-16");
  });

  it("is at most 8 contiguous segments covering 1..v, and deterministic, over 300 random histories", () => {
    const rng = new Rng(2026);
    for (let iter = 0; iter < 300; iter++) {
      const tokens = Array.from({ length: rng.range(1, 60) }, () => BigInt(rng.chance(1, 5) ? rng.range(1, 10) : rng.range(32, 1_000_000)));
      const { layouts } = history(tokens);
      layouts.forEach((l, i) => checkShape(l, i + 1));
      expect(segmentLayout(tokens), `history ${iter}`).toEqual(layouts[layouts.length - 1]);
      expect(segmentLayout([...tokens])).toEqual(segmentLayout(tokens));
    }
  });

  it("depends only on each version's own tokens: a later version never changes an earlier layout", () => {
    const rng = new Rng(5);
    const tokens = random(rng, 40);
    const { layouts } = history(tokens);
    for (let v = 1; v <= 40; v++) expect(segmentLayout(tokens.slice(0, v))).toEqual(layouts[v - 1]);
  });

  it("rewriting: each merge ≤ a quarter of the datanet; amortised as measured (≈ v/20 per token, not O(log v))", () => {
    const rng = new Rng(11);
    const cases: [string, bigint[], number][] = [
      ["16 equal", equal(16), 1],
      ["100 equal", equal(100), 6],
      ["200 equal", equal(200), 10.5],
      ["200 random", random(rng, 200), 12],
      ["200 growing", Array.from({ length: 200 }, (_, i) => BigInt(i + 1) * 1000n), 12],
      ["200 shrinking", Array.from({ length: 200 }, (_, i) => BigInt(200 - i) * 1000n), 14.5],
      ["200 alternating", Array.from({ length: 200 }, (_, i) => (i % 2 ? 1n : 1_000_000n)), 12],
    ];
    const seen: Record<string, number> = {};
    for (const [name, tokens, bound] of cases) {
      const h = history(tokens);
      h.layouts.forEach((l, i) => checkShape(l, i + 1));
      seen[name] = h.rewritePerToken;
      expect(h.rewritePerToken, name).toBeLessThanOrEqual(bound);
      // Summing the ≤ T/4 bound over versions: never more than v/4 rewrites per token.
      expect(h.rewritePerToken, name).toBeLessThanOrEqual(tokens.length / 4);
      expect(h.worstMergeShare, name).toBeLessThanOrEqual(0.25);
    }
    // Up to 16 equal versions the layout counts in binary: a token is rewritten at most once.
    expect(seen["16 equal"]).toBeLessThanOrEqual(1);
  });
});
