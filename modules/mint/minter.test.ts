/**
 * The SDK's Minter arithmetic against vectors computed by cosmos-sdk v0.50.10 itself
 * (x/mint/types.Minter on cosmossdk.io/math v1.4.0, the table cases of minter_test.go plus a
 * few more): every value to the last of its 18 decimals.
 */
import { describe, expect, it } from "vitest";
import { formatDec, parseDec } from "../../chain/dec.ts";
import { blockProvision, bondedRatio, nextAnnualProvisions, nextInflationRate } from "./minter.ts";
import { DEFAULT_MINTER, DEFAULT_MINT_PARAMS } from "./types.ts";

const d = (s: string) => parseDec(s);
/** The SDK's default params (5-second blocks), which its test vectors assume. */
const params = { ...DEFAULT_MINT_PARAMS, blocksPerYear: 6_311_520n };

describe("NextInflationRate (minter_test.go TestNextInflation, SDK outputs)", () => {
  // bonded ratio, inflation before, inflation after (as the SDK prints it)
  const cases: [string, string, string][] = [
    // 0 % bonded: up by inflation_rate_change / blocks_per_year
    ["0", "0.07", "0.070000020597257079"],
    // 100 % bonded, from 20 %: down by (1 − 1/0.67) × 0.13 / blocks_per_year (negative change rounds like the SDK)
    ["1", "0.20", "0.199999989855082334"],
    // 50 % bonded, from 10 %: up
    ["0.5", "0.10", "0.100000005226169707"],
    // the 7 % floor (100 % bonded)
    ["1", "0.07", "0.070000000000000000"],
    ["1", "0.0700000001", "0.070000000000000000"],
    // the 20 % ceiling (0 % bonded)
    ["0", "0.20", "0.200000000000000000"],
    ["0", "0.1999999999", "0.200000000000000000"],
    // at the goal: no change
    ["0.67", "0.15", "0.150000000000000000"],
    // more, outside the SDK's table
    ["0.1", "0.1", "0.100000017523039605"],
    ["0.333333333333333333", "0.13", "0.130000010349865497"],
  ];
  for (const [ratio, before, after] of cases) {
    it(`bonded ${ratio}, inflation ${before} → ${after}`, () => {
      expect(formatDec(nextInflationRate({ ...DEFAULT_MINTER, inflation: d(before) }, params, d(ratio)))).toBe(after);
    });
  }
});

describe("NextAnnualProvisions (SDK outputs)", () => {
  const cases: [string, bigint, string][] = [
    ["0.1", 100000000000000n, "10000000000000.000000000000000000"],
    ["0.13", 1000000000n, "130000000.000000000000000000"],
    ["0.200000000000000001", 123456789n, "24691357.800000000123456789"],
    ["0.07", 0n, "0.000000000000000000"],
  ];
  for (const [inflation, supply, provisions] of cases) {
    it(`${inflation} × ${supply}`, () => {
      expect(formatDec(nextAnnualProvisions({ inflation: d(inflation), annualProvisions: 0n }, supply))).toBe(provisions);
    });
  }
});

describe("BlockProvision (minter_test.go TestBlockProvision)", () => {
  const secondsPerYear = 60n * 60n * 8766n;
  const cases: [bigint, bigint][] = [
    [secondsPerYear / 5n, 1n],
    [secondsPerYear / 5n + 1n, 1n],
    [(secondsPerYear / 5n) * 2n, 2n],
    [secondsPerYear / 5n / 2n, 0n],
    [130000000n, 20n],
  ];
  for (const [annual, expected] of cases) {
    it(`${annual} a year → ${expected} a block`, () => {
      expect(blockProvision({ inflation: d("0.1"), annualProvisions: d(annual.toString()) }, params)).toEqual({ denom: "utrib", amount: expected });
    });
  }
});

describe("BondedRatio (staking's, QuoInt)", () => {
  it("truncates, and is zero without supply", () => {
    expect(formatDec(bondedRatio(400000000000n, 1000000020597n))).toBe("0.399999991761200169");
    expect(formatDec(bondedRatio(1n, 3n))).toBe("0.333333333333333333");
    expect(bondedRatio(5n, 0n)).toBe(0n);
  });
});

describe("five blocks as the SDK's BeginBlocker computes them", () => {
  it("supply 10^12, 4·10^11 bonded, default minter", () => {
    // ratio, inflation, annual provisions, minted, supply after (from the SDK run)
    const expected = [
      ["0.400000000000000000", "0.130000008300387181", "130000008300.387181000000000000", 20597n, 1000000020597n],
      ["0.399999991761200169", "0.130000016600774615", "130000019278.384956926154745155", 20597n, 1000000041194n],
      ["0.399999983522400678", "0.130000024901162303", "130000030256.383328778479909782", 20597n, 1000000061791n],
      ["0.399999975283601527", "0.130000033201550244", "130000041234.382295556991127004", 20597n, 1000000082388n],
      ["0.399999967044802715", "0.130000041501938438", "130000052212.381857261704029944", 20597n, 1000000102985n],
    ];
    let minter = DEFAULT_MINTER;
    let supply = 1_000_000_000_000n;
    const got = [];
    for (let i = 0; i < 5; i++) {
      const ratio = bondedRatio(400_000_000_000n, supply);
      const inflation = nextInflationRate(minter, params, ratio);
      minter = { inflation, annualProvisions: nextAnnualProvisions({ ...minter, inflation }, supply) };
      const minted = blockProvision(minter, params).amount;
      supply += minted;
      got.push([formatDec(ratio), formatDec(minter.inflation), formatDec(minter.annualProvisions), minted, supply]);
    }
    expect(got).toEqual(expected);
  });
});
