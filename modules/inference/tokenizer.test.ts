import { describe, expect, it } from "vitest";
import { Rng } from "../../test/support/rng.ts";
import {
  BOS_ID, BYTE_BASE, EOS_ID, FIRST_MERGE_ID, MAX_TOKEN_BYTES, PAD_ID, TokenizerError, chunkEnd, decode, decodeBytes, encode,
  encodeBytes, parseTokenizer, tokenBytes, tokenizerFromMerges, tokenizerJson, utf8Lossy,
} from "./tokenizer.ts";

const B = (ch: string) => BYTE_BASE + ch.charCodeAt(0);
const utf8 = (s: string) => new TextEncoder().encode(s);

function chunks(s: string): string[] {
  const bytes = utf8(s);
  const out: string[] = [];
  for (let i = 0; i < bytes.length; ) {
    const e = chunkEnd(bytes, i);
    out.push(new TextDecoder().decode(bytes.subarray(i, e)));
    i = e;
  }
  return out;
}

// "th" 259, "the" 260, " the" via " " + "the" 261, "in" 262, "ing" 263, "aa" 264, "aaaa" 265
const TOY = tokenizerFromMerges([
  [B("t"), B("h")],
  [259, B("e")],
  [B(" "), 260],
  [B("i"), B("n")],
  [262, B("g")],
  [B("a"), B("a")],
  [264, 264],
]);

describe("pre-tokenisation by byte class", () => {
  it("cuts letter runs, digit runs, space+run and single other bytes", () => {
    expect(chunks("Hello, world 42x!!  café\n 7")).toEqual(["Hello", ",", " world", " 42", "x", "!", "!", " ", " café", "\n", " 7"]);
    expect(chunks(" ")).toEqual([" "]);
    expect(chunks("a  ")).toEqual(["a", " ", " "]);
    expect(chunks("日本語 テスト")).toEqual(["日本語", " テスト"]);
  });
});

describe("encode / decode", () => {
  it("applies merges by rank inside chunks, never across them", () => {
    expect([...encode(TOY, "the")]).toEqual([260]);
    expect([...encode(TOY, " the thing")]).toEqual([261, B(" "), 259, 263]);
    expect([...encode(TOY, "thethe")]).toEqual([260, 260]);
    // "the" chunk then "." and "the" again: no merge across the "."
    expect([...encode(TOY, "th.e")]).toEqual([259, B("."), B("e")]);
    expect([...encode(TOY, "aaaaa")]).toEqual([265, B("a")]);
    expect([...encode(TOY, "")]).toEqual([]);
  });

  it("gives the same ids for long chunks (heap) as for the same text split short", () => {
    const long = "aaaa".repeat(40) + "thing".repeat(30);
    const ids = [...encode(TOY, long)];
    expect(ids.slice(0, 40)).toEqual(Array(40).fill(265));
    expect(ids.slice(40)).toEqual(Array(30).fill([259, 263]).flat());
  });

  it("matches between the short and the long merge paths on random chunks and random merges", () => {
    const rng = new Rng(7);
    const alphabet = "abc";
    const merges: [number, number][] = [];
    for (let i = 0; i < 40; i++) {
      const k = merges.length;
      const pick = () => (rng.int(2) === 0 || k === 0 ? B(alphabet[rng.int(3)]!) : FIRST_MERGE_ID + rng.int(k));
      const m: [number, number] = [pick(), pick()];
      if (!merges.some(([a, b]) => a === m[0] && b === m[1])) merges.push(m);
    }
    const tok = tokenizerFromMerges(merges);
    for (let t = 0; t < 300; t++) {
      const len = 1 + rng.int(60);
      let s = "";
      for (let i = 0; i < len; i++) s += alphabet[rng.int(3)];
      const whole = encode(tok, s); // long path when len > 24
      // Reference: a fresh tokenizer (empty cache), merged by the quadratic definition.
      const ref = reference(merges, utf8(s));
      expect([...whole]).toEqual(ref);
      expect(decode(tok, whole)).toBe(s);
    }
  });

  it("encodes a 1 MB single chunk without quadratic work (the heap path)", () => {
    const rng = new Rng(9);
    const bytes = new Uint8Array(1 << 20).map(() => 0x61 + rng.int(2)); // "abba…": one letter run
    const tok = tokenizerFromMerges([[B("a"), B("b")], [B("b"), B("a")], [259, 259], [260, 260], [B("a"), B("a")], [B("b"), B("b")]]);
    const ids = encodeBytes(tok, bytes);
    expect(ids.length).toBeLessThan(bytes.length * 0.7);
    expect(Buffer.from(decodeBytes(tok, ids)).equals(Buffer.from(bytes))).toBe(true);
  });

  it("round-trips arbitrary Unicode text exactly", () => {
    const rng = new Rng(11);
    const pool = ["a", "Z", "9", " ", "  ", "\n", "\t", "é", "ß", "日", "🎉", "\u0000", "’", "—", "ﬁ", "\r\n", "x̃", "👩‍👩‍👧"];
    for (let t = 0; t < 200; t++) {
      let s = "";
      for (let i = 0, n = rng.int(80); i < n; i++) s += pool[rng.int(pool.length)];
      expect(decode(TOY, encode(TOY, s))).toBe(s);
    }
  });

  it("round-trips arbitrary bytes through encodeBytes/decodeBytes", () => {
    const rng = new Rng(3);
    for (let t = 0; t < 100; t++) {
      const bytes = new Uint8Array(rng.int(200)).map(() => rng.u32() & 0xff);
      expect(decodeBytes(TOY, encodeBytes(TOY, bytes))).toEqual(bytes);
    }
  });

  it("emits nothing for specials and U+FFFD for invalid UTF-8, as TextDecoder does", () => {
    expect(decode(TOY, [BOS_ID, 260, PAD_ID, EOS_ID])).toBe("the");
    expect(decode(TOY, [BYTE_BASE + 0xe6, B("a")])).toBe("\ufffda");
    const rng = new Rng(5);
    const td = new TextDecoder("utf-8");
    for (let t = 0; t < 2000; t++) {
      const bytes = new Uint8Array(rng.int(12)).map(() => [0x41, 0x80, 0xbf, 0xc2, 0xe0, 0xed, 0xf0, 0xf4, 0xf5, 0xa0, 0x90, 0x8f, 0x9f][rng.int(13)]!);
      expect(utf8Lossy(bytes)).toBe(td.decode(bytes));
    }
    const big = utf8("ünïcödé ".repeat(3000));
    expect(utf8Lossy(big)).toBe(td.decode(big));
  });

  it("rejects ids outside the vocabulary", () => {
    expect(() => decode(TOY, [TOY.vocabSize])).toThrow(/token id 266 at position 0 is outside the vocabulary 0..265/);
    expect(() => decode(TOY, [-1])).toThrow(TokenizerError);
    expect([...tokenBytes(TOY, 265)]).toEqual([97, 97, 97, 97]);
  });
});

describe("definition", () => {
  it("round-trips the canonical JSON", () => {
    const json = tokenizerJson(TOY);
    expect(json.startsWith('{"type":"bpe-bytes-v1","merges":[[119,107],[259,104]')).toBe(true);
    const back = parseTokenizer(json);
    expect(back.vocabSize).toBe(FIRST_MERGE_ID + 7);
    expect(tokenizerJson(back)).toBe(json);
    expect(parseTokenizer('{"type":"bpe-bytes-v1","merges":[]}').vocabSize).toBe(259);
  });

  const bad: [string, RegExp][] = [
    ["{", /not valid JSON/],
    ["[]", /must be a JSON object/],
    ["null", /must be a JSON object/],
    ['{"type":"bpe-bytes-v2","merges":[]}', /"type" is "bpe-bytes-v2", expected "bpe-bytes-v1"/],
    ['{"merges":[]}', /"type" is undefined/],
    ['{"type":"bpe-bytes-v1"}', /"merges" must be an array/],
    ['{"type":"bpe-bytes-v1","merges":[],"extra":1}', /unknown field "extra"/],
    ['{"type":"bpe-bytes-v1","merges":[[3]]}', /merges\[0\] must be a pair/],
    ['{"type":"bpe-bytes-v1","merges":[[3,4],[5,"6"]]}', /merges\[1\]\[1\] is "6", not an integer id/],
    ['{"type":"bpe-bytes-v1","merges":[[3.5,4]]}', /merges\[0\]\[0\] is 3.5/],
    ['{"type":"bpe-bytes-v1","merges":[[2,4]]}', /merges\[0\]\[0\] = 2 is outside 3..258/],
    ['{"type":"bpe-bytes-v1","merges":[[3,259]]}', /merges\[0\]\[1\] = 259 is outside 3..258/],
    ['{"type":"bpe-bytes-v1","merges":[[3,4],[260,3]]}', /merges\[1\]\[0\] = 260 is outside 3..259/],
    ['{"type":"bpe-bytes-v1","merges":[[3,4],[5,6],[3,4]]}', /merges\[2\] = \[3, 4\] repeats merges\[0\]/],
  ];
  it.each(bad)("rejects %s", (json, msg) => {
    expect(() => parseTokenizer(json)).toThrow(TokenizerError);
    expect(() => parseTokenizer(json)).toThrow(msg);
  });

  it("rejects tokens longer than MAX_TOKEN_BYTES (doubling merges)", () => {
    const merges: [number, number][] = [[B("a"), B("a")]];
    for (let i = 1; i < 8; i++) merges.push([FIRST_MERGE_ID + i - 1, FIRST_MERGE_ID + i - 1]);
    expect(() => tokenizerFromMerges(merges)).toThrow(new RegExp(`merges\\[7\\] = \\[265, 265\\] makes a 256-byte token, above the maximum ${MAX_TOKEN_BYTES}`));
    expect(tokenizerFromMerges(merges.slice(0, 7)).tokenLength[265]).toBe(128);
  });
});

/** The definition, literally: repeatedly merge the lowest-ranked adjacent pair, leftmost first. */
function reference(merges: [number, number][], bytes: Uint8Array): number[] {
  let ids = [...bytes].map((b) => BYTE_BASE + b);
  while (true) {
    let best = -1, at = -1;
    for (let i = 0; i + 1 < ids.length; i++) {
      const r = merges.findIndex(([a, b]) => a === ids[i] && b === ids[i + 1]);
      if (r >= 0 && (best < 0 || r < best)) [best, at] = [r, i];
    }
    if (best < 0) return ids;
    ids = [...ids.slice(0, at), FIRST_MERGE_ID + best, ...ids.slice(at + 2)];
  }
}
