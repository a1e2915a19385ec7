/** The display reconstruction of attributed spans (spans.ts): word cutting and the span rules. */
import { describe, expect, it } from "vitest";
import { MIN_SPAN, highlights, words } from "./spans.ts";

const src = (contribution: string, contributor: string, text: string) => ({ contribution, contributor, words: words(text).map((w) => w.key) });

describe("words", () => {
  it("cuts word runs, single punctuation and no-space scripts, with offsets into the text and folded keys", () => {
    const ws = words(" Hello, Wörld 42x 日本");
    expect(ws.map((w) => w.text)).toEqual(["Hello", ",", "Wörld", "42x", "日", "本"]);
    expect(ws.map((w) => w.key)).toEqual(["hello", ",", "wörld", "42x", "日", "本"]);
    expect(ws.map((w) => " Hello, Wörld 42x 日本".slice(w.start, w.end))).toEqual(ws.map((w) => w.text));
    expect(words("   ")).toEqual([]);
  });
});

describe("highlights", () => {
  const out = words("x a b c d e f y g h i j k z");
  it("a run of at least MIN_SPAN words found in a source is one highlight for its contributor", () => {
    const hs = highlights(out, [src("1", "bob", "q a b c d e f r"), src("2", "carol", "g h i j k")]);
    expect(hs).toEqual([
      { from: 1, to: 7, contributors: ["bob"], contributions: ["1"] },
      { from: 8, to: 13, contributors: ["carol"], contributions: ["2"] },
    ]);
  });

  it("shorter runs are not highlighted; masked words (null) break a run", () => {
    expect(highlights(out, [src("1", "bob", "a b c d")])).toEqual([]);
    expect(MIN_SPAN).toBe(5);
    const masked = { contribution: "1", contributor: "bob", words: ["a", "b", null, "d", "e", "f"] };
    expect(highlights(out, [masked])).toEqual([]);
  });

  it("a run two contributors both hold names both; overlapping spans give each word to the longer", () => {
    const both = highlights(out, [src("1", "bob", "g h i j k"), src("2", "carol", "g h i j k")]);
    expect(both).toEqual([{ from: 8, to: 13, contributors: ["bob", "carol"], contributions: ["1", "2"] }]);
    const overlap = highlights(words("a b c d e f g h"), [src("1", "bob", "a b c d e"), src("2", "carol", "b c d e f g h")]);
    expect(overlap).toEqual([
      { from: 0, to: 1, contributors: ["bob"], contributions: ["1"] },
      { from: 1, to: 8, contributors: ["carol"], contributions: ["2"] },
    ]);
  });

  it("no sources or no output: nothing", () => {
    expect(highlights(out, [])).toEqual([]);
    expect(highlights([], [src("1", "bob", "a b c d e")])).toEqual([]);
  });
});
