import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { coinsAsText, yamlText } from "./output.ts";

/** Strings a hand-made `key: value` printer breaks. */
const HOSTILE = [
  "key: value", "# comment", "- dash", "-", "? q", "'single'", '"double"', "a\nb", "trailing\n", "\n", "  lead", "tail  ",
  "", "null", "~", "true", "no", "0x1F", "1e3", "0.130000000000000000", "007", "{a: 1}", "[b]", "&a *a !t", "|", ">", "---", "...", "%YAML",
  "tab\there", "\u2028", "é ✓ 🙂", "a: b # c\n- d: e",
];

describe("text output", () => {
  it("is YAML that parses back to the JSON's values, whatever the strings hold", () => {
    const v = { ...Object.fromEntries(HOSTILE.map((h, i) => [`k${i}`, h])), keys: Object.fromEntries(HOSTILE.filter((h) => h !== "").map((h) => [h, h])), list: HOSTILE, nested: [{ a: HOSTILE }], none: null, empty: [], obj: {}, n: 7, b: false };
    expect(parse(yamlText(v))).toEqual(JSON.parse(JSON.stringify(v)));
  });

  it("prints bigints as decimal strings and bytes as base64, as JSON does", () => {
    expect(parse(yamlText({ big: 2n ** 70n, bytes: Uint8Array.of(1, 2, 255) }))).toEqual({ big: "1180591620717411303424", bytes: "AQL/" });
  });

  it("shows each {denom, amount} coin as <amount><denom>, and nothing else", () => {
    expect(coinsAsText({ balances: [{ denom: "utrib", amount: "1000" }], fee: { denom: "utrib", amount: "5", gas: "1" }, amount: "3" })).toEqual({ balances: ["1000utrib"], fee: { denom: "utrib", amount: "5", gas: "1" }, amount: "3" });
    expect(yamlText({ pool: [{ denom: "utrib", amount: "1.500000000000000000" }] })).toBe("pool:\n  - 1.500000000000000000utrib\n");
  });

  it("keeps a long line on one line and uses no anchors for repeated values", () => {
    const long = "word ".repeat(100).trim();
    const shared = { a: 1 };
    const text = yamlText({ long, x: shared, y: shared });
    expect(text.split("\n")[0]).toBe(`long: ${long}`);
    expect(text).not.toMatch(/[&*]a\d/);
  });
});
