import { describe, expect, it } from "vitest";
import { decodeAmount, encodeAmount } from "./types.ts";

const enc = new TextEncoder();

describe("stored amounts", () => {
  it("encode as the amount's ASCII decimal digits and decode back, large and negative too", () => {
    for (const n of [0n, 1n, 9n, 10n, 123_456_789n, 2n ** 64n + 7n, 10n ** 40n, -5n]) {
      const raw = encodeAmount(n);
      expect(raw).toEqual(enc.encode(n.toString()));
      expect(decodeAmount(raw)).toBe(n);
    }
  });

  it("decodes UTF-8 input as before (a BOM is skipped) and refuses non-digits", () => {
    expect(decodeAmount(enc.encode("\uFEFF42"))).toBe(42n);
    expect(() => decodeAmount(enc.encode("12a"))).toThrow(SyntaxError);
    expect(() => decodeAmount(enc.encode("é"))).toThrow(SyntaxError);
  });

  it("decodes every short and long digit string as BigInt of its text, at the 15-digit edge too", () => {
    const cases = ["0", "00", "007", "9", "999999999999999", "1000000000000000", "9007199254740993", " 5", "5 ", "+5", "-0", "", "12345678901234567890"];
    for (let d = 1; d <= 17; d++) cases.push("9".repeat(d), "1" + "0".repeat(d - 1), String(Number.MAX_SAFE_INTEGER).slice(0, d));
    for (const s of cases) {
      let want: bigint | Error;
      try {
        want = BigInt(s);
      } catch (e) {
        want = e as Error;
      }
      if (want instanceof Error) expect(() => decodeAmount(enc.encode(s)), s).toThrow(SyntaxError);
      else expect(decodeAmount(enc.encode(s)), s).toBe(want);
    }
  });
});
