import { describe, expect, it } from "vitest";
import { winnowFingerprints, WINNOW_K, WINNOW_W } from "./index.ts";
import { kgramHashes } from "./winnow.ts";
import { Rng } from "../../../test/support/rng.ts";
import { randomIds } from "../../../test/support/tokenIds.ts";

/** Robust winnowing by the definition, window by window: the reference. */
function naiveWinnow(ids: Int32Array): { hash: number; pos: number }[] {
  const h = kgramHashes(ids);
  const out: { hash: number; pos: number }[] = [];
  if (h.length === 0) return out;
  const w = Math.min(WINNOW_W, h.length);
  let prev = -1;
  for (let l = 0; l + w <= h.length; l++) {
    let min = Infinity;
    for (let j = l; j < l + w; j++) min = Math.min(min, h[j]!);
    let pick = -1;
    if (prev >= l && h[prev] === min) pick = prev;
    else for (let j = l; j < l + w; j++) if (h[j] === min) pick = j;
    if (pick !== prev) out.push({ hash: h[pick]!, pos: pick });
    prev = pick;
  }
  return out;
}

describe("winnowFingerprints", () => {
  it("matches the window-by-window definition, including low-entropy input with ties", () => {
    const r = new Rng(3);
    for (let trial = 0; trial < 300; trial++) {
      const ids = randomIds(r, r.int(200), trial % 3 === 0 ? 2 : 500);
      expect(winnowFingerprints(ids)).toEqual(naiveWinnow(ids));
    }
  });

  it("selects each position once, in increasing order, about 2/(w+1) of the k-grams", () => {
    const ids = randomIds(new Rng(8), 20_000, 50_000);
    const fps = winnowFingerprints(ids);
    for (let i = 1; i < fps.length; i++) expect(fps[i]!.pos).toBeGreaterThan(fps[i - 1]!.pos);
    const density = fps.length / (ids.length - WINNOW_K + 1);
    expect(density).toBeGreaterThan(0.09);
    expect(density).toBeLessThan(0.13);
  });

  it("robust winnowing selects few fingerprints on a run of one token", () => {
    const fps = winnowFingerprints(new Int32Array(1_000).fill(7));
    expect(fps.length).toBeLessThanOrEqual(Math.ceil(1_000 / WINNOW_W) + 1);
  });

  it("has no fingerprint below k tokens and one window for short records", () => {
    expect(winnowFingerprints(randomIds(new Rng(1), WINNOW_K - 1, 100))).toEqual([]);
    expect(winnowFingerprints(randomIds(new Rng(1), WINNOW_K, 100)).length).toBe(1);
    expect(winnowFingerprints(randomIds(new Rng(1), WINNOW_K + 5, 100)).length).toBe(1);
  });

  it("guarantee: a shared run of exactly 32 tokens planted in two random sequences always shares a fingerprint", () => {
    const r = new Rng(2024);
    const run = WINNOW_K + WINNOW_W - 1;
    expect(run).toBe(32);
    for (let trial = 0; trial < 500; trial++) {
      const shared = randomIds(r, run, 100_000);
      const a = randomIds(r, 40 + r.int(400), 100_000);
      const b = randomIds(r, 40 + r.int(400), 100_000);
      const pa = r.int(a.length - run + 1);
      const pb = r.int(b.length - run + 1);
      a.set(shared, pa);
      b.set(shared, pb);
      const fb = new Map<number, number[]>();
      for (const f of winnowFingerprints(b)) fb.set(f.hash, [...(fb.get(f.hash) ?? []), f.pos - pb]);
      const hit = winnowFingerprints(a).some((f) => f.pos >= pa && f.pos + WINNOW_K <= pa + run && (fb.get(f.hash) ?? []).includes(f.pos - pa));
      expect(hit, `trial ${trial}`).toBe(true);
    }
  });
});
