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
});
