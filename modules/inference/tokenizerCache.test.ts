import { describe, expect, it } from "vitest";
import { TokenizerCache } from "./tokenizerCache.ts";

const json = (merges: number) => JSON.stringify({ type: "bpe-bytes-v1", merges: Array.from({ length: merges }, (_, i) => [3 + 97, 3 + 97 + (i % 26)]) });
const hash = (n: number) => new Uint8Array(32).fill(n);

describe("TokenizerCache", () => {
  it("parses a tokenizer once per artifact hash", () => {
    const c = new TokenizerCache();
    const a = c.get(hash(1), json(5));
    expect(c.get(hash(1), json(5))).toBe(a);
    expect(a.vocabSize).toBe(264);
    expect(c.parses).toBe(1);
  });

  it("never returns a tokenizer of other JSON, even under the same hash", () => {
    const c = new TokenizerCache();
    c.get(hash(1), json(5));
    expect(c.get(hash(1), json(7)).vocabSize).toBe(266);
    expect(c.parses).toBe(2);
  });

  it("keeps a bounded number of tokenizers", () => {
    const c = new TokenizerCache(2);
    for (let i = 0; i < 6; i++) c.get(hash(i), json(3));
    c.get(hash(0), json(3));
    expect(c.parses).toBe(7);
    c.get(hash(5), json(3));
    expect(c.parses).toBe(7);
  });

  it("passes on a malformed definition's error", () => {
    expect(() => new TokenizerCache().get(hash(1), "{")).toThrow(/not valid JSON/);
  });
});
