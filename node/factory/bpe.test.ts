import { describe, expect, it } from "vitest";
import { BYTE_BASE, decode, encode, MAX_TOKEN_BYTES } from "../../modules/inference/tokenizer.ts";
import { countChunks, learnMerges, learnTokenizer } from "./bpe.ts";

const enc = new TextEncoder();
const id = (ch: string) => BYTE_BASE + ch.charCodeAt(0);

describe("BPE learning", () => {
  it("learns the most frequent pair first, ties to the lower pair, and stops below minCount", () => {
    // chunks: "ab" ×1, " ab" ×4, " cd" ×2
    const docs = [enc.encode("ab ab ab ab cd cd ab")];
    expect(countChunks(docs).counts).toEqual([1, 4, 2]);
    const merges = learnMerges(docs, { vocabSize: 1000 });
    expect(merges).toEqual([
      [id("a"), id("b")], // 5
      [id(" "), 259], // " ab" 4
      [id(" "), id("c")], // 2, ties with (c, d) 2: the lower pair wins
      [261, id("d")], // " cd" 2
    ]);
    expect(learnMerges(docs, { vocabSize: 261 })).toEqual(merges.slice(0, 2));
    expect(learnMerges(docs, { vocabSize: 1000, minCount: 3 })).toEqual(merges.slice(0, 2));
  });

  it("gives a tokenizer whose encoding of the corpus uses the merges and round-trips", () => {
    const text = "the cat sat on the mat; the cat ate the rat. 12 34 1234 ünïcödé ünïcödé\n".repeat(20);
    const tok = learnTokenizer([enc.encode(text)], { vocabSize: 300 });
    expect(tok.vocabSize).toBeGreaterThan(270);
    const ids = encode(tok, text);
    expect(ids.length).toBeLessThan(enc.encode(text).length / 3);
    expect(decode(tok, ids)).toBe(text);
    expect([...encode(tok, " the cat")]).toHaveLength(2);
  });

  it("never makes a token longer than MAX_TOKEN_BYTES", () => {
    const word = "x".repeat(300);
    const tok = learnTokenizer([enc.encode(`${word} `.repeat(50))], { vocabSize: 400 });
    expect(Math.max(...tok.tokenLength)).toBeLessThanOrEqual(MAX_TOKEN_BYTES);
    expect(decode(tok, encode(tok, word))).toBe(word);
  });

  it("is deterministic and refuses a bad vocabulary size", () => {
    const docs = [enc.encode("one two three two three three four four four four")];
    expect(learnMerges(docs, { vocabSize: 280 })).toEqual(learnMerges(docs, { vocabSize: 280 }));
    expect(() => learnMerges(docs, { vocabSize: 100 })).toThrow(/vocabulary size must be an integer in 259..65536, got 100/);
  });
});
