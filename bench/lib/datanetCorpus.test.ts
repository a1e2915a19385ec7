import { describe, expect, it } from "vitest";
import { tokenize } from "../../modules/datanet/text/index.ts";
import { corpusChunks, MIN_CHUNK_TOKENS, nearDuplicate, recordBody } from "./datanetCorpus.ts";

/** Longest run of equal tokens at the same offsets after a common start (a cheap stand-in for shared runs). */
function longestCommonRun(a: string[], b: string[]): number {
  const seen = new Map<string, number[]>();
  a.forEach((t, i) => seen.set(t, [...(seen.get(t) ?? []), i]));
  let best = 0;
  b.forEach((t, j) => {
    for (const i of seen.get(t) ?? []) {
      let n = 0;
      while (i + n < a.length && j + n < b.length && a[i + n] === b[j + n]) n++;
      best = Math.max(best, n);
    }
  });
  return best;
}

describe("bench datanet corpus", () => {
  const chunks = corpusChunks();

  it("cuts the corpus into tens of thousands of chunks of at least the minimum size", () => {
    expect(chunks.length).toBeGreaterThan(30_000);
    for (const c of chunks.slice(0, 500)) expect(tokenize(c).length).toBeGreaterThanOrEqual(MIN_CHUNK_TOKENS);
  });

  it("records sharing a chunk share no run of 32 tokens (the chain would mask it), and are deterministic", () => {
    // Chunk 41 is a mailing-list footer made of dash and underscore lines: the hard case.
    for (const k of [0, 41, 1234]) {
      const a = tokenize(recordBody(chunks, k));
      const b = tokenize(recordBody(chunks, k + chunks.length));
      expect(a.length).toBeGreaterThan(MIN_CHUNK_TOKENS);
      expect(longestCommonRun(a, b)).toBeLessThan(32);
    }
    expect(recordBody(chunks, 7)).toBe(recordBody(chunks, 7));
    expect(recordBody(chunks, 7).startsWith("n7 ")).toBe(true);
  });

  it("a near-duplicate differs from its record in the last word only", () => {
    const body = recordBody(chunks, 3);
    const near = nearDuplicate(body);
    expect(near).not.toBe(body);
    expect(near.slice(0, -"zqxjv".length)).toBe(body.replace(/\S+\s*$/, ""));
  });
});
