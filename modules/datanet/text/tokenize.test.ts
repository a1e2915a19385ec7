import { describe, expect, it } from "vitest";
import { tokenize } from "./index.ts";
import { Rng } from "../../../test/support/rng.ts";

describe("tokenize", () => {
  it("splits words, digits and single punctuation; drops white space and controls", () => {
    expect(tokenize("Hello, World!\tIt's 3.14 —\r\nok...")).toEqual(["hello", ",", "world", "!", "it", "'", "s", "3", ".", "14", "—", "ok", ".", ".", "."]);
    expect(tokenize("abc123 x2y 42nd")).toEqual(["abc123", "x2y", "42nd"]);
    expect(tokenize("  \t\n ")).toEqual([]);
    expect(tokenize("")).toEqual([]);
    expect(tokenize("a\u0007b\u0085c")).toEqual(["a", "b", "c"]);
  });

  it("case-folds Latin, Greek and Cyrillic, including final sigma and ß", () => {
    expect(tokenize("CRÈME Brûlée À")).toEqual(["crème", "brûlée", "à"]);
    expect(tokenize("ΣΊΣΥΦΟΣ σίσυφος")).toEqual(["σίσυφοσ", "σίσυφοσ"]);
    expect(tokenize("МОСКВА Москва")).toEqual(["москва", "москва"]);
    expect(tokenize("STRASSE Straße ẞ")).toEqual(["strasse", "strasse", "ss"]);
  });

  it("keeps Turkish dotless ı apart from i", () => {
    expect(tokenize("ı I i")).toEqual(["ı", "i", "i"]);
  });

  it("applies the compatibility fold: full width, ligatures, math letters, circled digits", () => {
    expect(tokenize("ＦＵＬＬ　ｗｉｄｔｈ １２３")).toEqual(["full", "width", "123"]);
    expect(tokenize("ﬁnance ﬂow")).toEqual(["finance", "flow"]);
    expect(tokenize("𝐟𝐫𝐞𝐞 𝓜𝓸𝓷𝓮𝔂")).toEqual(["free", "money"]);
    expect(tokenize("① ½")).toEqual(["1", "1", "⁄", "2"]);
  });

  it("removes default-ignorable code points without splitting the word", () => {
    expect(tokenize("co\u00ADoperate zero\u200Bwidth \uFEFFbom")).toEqual(["cooperate", "zerowidth", "bom"]);
  });

  it("makes one token of each Han, kana and Thai letter", () => {
    expect(tokenize("我爱北京。")).toEqual(["我", "爱", "北", "京", "。"]);
    expect(tokenize("日本語のテキスト")).toEqual(["日", "本", "語", "の", "テ", "キ", "ス", "ト"]);
    expect(tokenize("abc漢字def")).toEqual(["abc", "漢", "字", "def"]);
  });

  it("keeps combining marks with their letter and Hangul/Devanagari words whole", () => {
    expect(tokenize("한국어 हिन्दी")).toEqual(["한국어", "हिन्दी"]);
    expect(tokenize("ก่อน")).toEqual(["ก่", "อ", "น"]);
  });

  it("makes each emoji its own token and drops joiners and variation selectors", () => {
    expect(tokenize("ok👍🏽 👨‍👩‍👧")).toEqual(["ok", "👍", "🏽", "👨", "👩", "👧"]);
  });

  it("turns unpaired surrogates into U+FFFD tokens", () => {
    expect(tokenize("a\ud800b\udc00")).toEqual(["a", "\ufffd", "b", "\ufffd"]);
  });

  it("is idempotent on its own output joined by spaces (random text over many scripts)", () => {
    const pools = ["aZ09", "ÀÉÎõüßẞ", "ΣσςΆά", "ЖжЁё", "ＡＢ１２", "ﬁﬂ", "漢字かなカナ", "ก่อน", "한국", "हिन्दी", "e\u0301", ".,;!?—…", "👍🏽\u200D\uFE0F", " \t\n", "\u00AD\u200B", "①½™", "ǅǄǆ", "𝐀𝐁"];
    const r = new Rng(11);
    for (let trial = 0; trial < 2_000; trial++) {
      let text = "";
      const n = 1 + r.int(40);
      for (let i = 0; i < n; i++) {
        const pool = Array.from(pools[r.int(pools.length)]!);
        text += pool[r.int(pool.length)];
      }
      const tokens = tokenize(text);
      expect(tokenize(tokens.join(" "))).toEqual(tokens);
      for (const t of tokens) expect(t.length).toBeGreaterThan(0);
    }
  });

  it("is case-insensitive and ignores inserted default-ignorables (random Latin, Greek, Cyrillic words)", () => {
    const letters = Array.from("abcdefghijklmnopqrstuvwxyzàéîõüçñßæøåαβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώабвгдеёжзийклмнопрстуфхцчшщъыьэюя0123456789");
    const r = new Rng(12);
    for (let trial = 0; trial < 1_000; trial++) {
      const words = Array.from({ length: 1 + r.int(8) }, () => Array.from({ length: 1 + r.int(10) }, () => letters[r.int(letters.length)]).join(""));
      const text = words.join(" ");
      const tokens = tokenize(text);
      expect(tokenize(text.toUpperCase())).toEqual(tokens);
      expect(tokenize(text.toLowerCase())).toEqual(tokens);
      const sprinkled = Array.from(text, (ch) => (r.int(4) === 0 ? `${ch}\u00ad` : r.int(9) === 0 ? `${ch}\u200d` : ch)).join("");
      expect(tokenize(sprinkled)).toEqual(tokens);
    }
  });

  it("handles tokens longer than one conversion chunk", () => {
    const long = "A".repeat(10_000);
    expect(tokenize(`${long} b`)).toEqual(["a".repeat(10_000), "b"]);
  });
});
