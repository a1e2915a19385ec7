import { describe, expect, it } from "vitest";
import { ONE, decFromWire, formatDec, mul, parseDec, quo, quoRoundUp, quoTruncate, roundInt, truncateInt } from "./dec.ts";
import { formatDuration, formatRfc3339, parseDuration, parseRfc3339 } from "./timestamp.ts";

const d = (s: string) => parseDec(s);

describe("LegacyDec arithmetic (SDK rounding)", () => {
  it("Quo rounds half to even on the 18th digit; QuoTruncate truncates; QuoRoundUp rounds up", () => {
    expect(formatDec(quo(d("1"), d("3")))).toBe("0.333333333333333333");
    expect(formatDec(quo(d("2"), d("3")))).toBe("0.666666666666666667");
    expect(formatDec(quoTruncate(d("2"), d("3")))).toBe("0.666666666666666666");
    expect(formatDec(quoRoundUp(d("1"), d("3")))).toBe("0.333333333333333334");
    expect(formatDec(quo(d("-2"), d("3")))).toBe("-0.666666666666666667");
  });

  it("Mul uses banker's rounding: exact halves go to the even neighbour", () => {
    expect(mul(d("0.5"), 1n)).toBe(0n); // 0.5e-18 → 0
    expect(mul(d("0.5"), 3n)).toBe(2n); // 1.5e-18 → 2e-18
    expect(mul(d("0.5"), 5n)).toBe(2n); // 2.5e-18 → 2e-18
    expect(roundInt(d("2.5"))).toBe(2n);
    expect(roundInt(d("3.5"))).toBe(4n);
    expect(truncateInt(d("3.999999999999999999"))).toBe(3n);
  });

  it("parses and formats both text forms, refusing a dotted value where protobuf wants the scaled integer", () => {
    expect(d("0.05")).toBe(5n * 10n ** 16n);
    expect(formatDec(ONE)).toBe("1.000000000000000000");
    expect(formatDec(-5n * 10n ** 17n)).toBe("-0.500000000000000000");
    expect(() => d("1.0000000000000000001")).toThrow(/more than 18 decimal places/);
    expect(() => d("1e3")).toThrow(/not a decimal number/);
    expect(decFromWire("50000000000000000")).toBe(d("0.05"));
    expect(() => decFromWire("0.05", "commission.rate")).toThrow(/commission.rate: "0.05" is not a LegacyDec wire value \(protobuf carries LegacyDec as the integer scaled by 10\^18/);
  });
});

describe("block time text", () => {
  it("formats and parses RFC 3339 as Go does, across leap days, offsets and nanoseconds", () => {
    for (const t of ["1970-01-01T00:00:00Z", "2024-02-29T23:59:59.123456789Z", "2000-03-01T00:00:00.5Z", "9999-12-31T23:59:59Z", "1969-12-31T23:59:59.999Z"]) {
      expect(formatRfc3339(parseRfc3339(t))).toBe(t);
    }
    expect(parseRfc3339("2024-01-01T02:00:00+02:00")).toBe(parseRfc3339("2024-01-01T00:00:00Z"));
    expect(formatRfc3339(parseRfc3339("2024-01-01T00:00:00.5Z"), { seconds: true })).toBe("2024-01-01T00:00:00Z");
    expect(() => parseRfc3339("2023-02-29T00:00:00Z")).toThrow(/not an RFC 3339 time/);
    expect(formatDuration(parseDuration("1814400s"))).toBe("1814400s");
    expect(formatDuration(parseDuration("0.25s"))).toBe("0.25s");
    expect(() => parseDuration("21d")).toThrow(/not a duration/);
  });
});
