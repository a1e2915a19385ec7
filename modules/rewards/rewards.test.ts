import { describe, expect, it } from "vitest";
import { ChainError } from "../../chain/errors.ts";
import { bytesCovered, requiredBond } from "./bond.ts";
import { draw, epochSeed } from "./challenges.ts";
import { currentEpoch } from "./epoch.ts";
import { splitByWeight } from "./payout.ts";
import { DEFAULT_REWARDS_PARAMS, type EpochInfo, type RewardsParams } from "./types.ts";
import { validateDatanetIds, validateEndpoint, validateRoles } from "./validate.ts";

const P: RewardsParams = { ...DEFAULT_REWARDS_PARAMS, epochBlocks: 10n, proofWindowBlocks: 4n, minBond: { denom: "utrib", amount: 1000n }, bondPerByte: 10n ** 15n };

describe("rewards: pure rules", () => {
  it("splits exactly: floor shares, leftovers to the largest remainders, ties to the earlier entry", () => {
    expect(splitByWeight(10n, [1n, 1n, 1n])).toEqual([4n, 3n, 3n]);
    expect(splitByWeight(11n, [1n, 1n, 1n])).toEqual([4n, 4n, 3n]);
    expect(splitByWeight(100n, [1n, 2n, 3n])).toEqual([17n, 33n, 50n]); // 16.67, 33.33, 50
    expect(splitByWeight(7n, [0n, 5n, 0n])).toEqual([0n, 7n, 0n]);
    expect(splitByWeight(7n, [0n, 0n])).toEqual([0n, 0n]);
    expect(splitByWeight(0n, [3n, 4n])).toEqual([0n, 0n]);
    for (let amount = 0n; amount < 60n; amount += 7n) {
      const w = [3n, 17n, 17n, 1n, 250n];
      expect(splitByWeight(amount, w).reduce((a, b) => a + b, 0n)).toBe(amount);
    }
  });

  it("bond rule: min + ⌈per byte × bytes⌉; a bond covers ⌊(bond − min) / per byte⌋ bytes", () => {
    expect(requiredBond(P, 0n)).toBe(1000n);
    expect(requiredBond(P, 1000n)).toBe(1001n); // 0.001 × 1000 = 1
    expect(requiredBond(P, 1001n)).toBe(1002n); // rounded up
    expect(bytesCovered(P, 1001n, 5000n)).toBe(1000n);
    expect(bytesCovered(P, 999n, 5000n)).toBe(0n);
    expect(bytesCovered(P, 10_000n, 5000n)).toBe(5000n);
    expect(bytesCovered({ ...P, bondPerByte: 0n }, 1000n, 5000n)).toBe(5000n);
  });

  it("endpoints: http(s) base URLs only", () => {
    for (const ok of ["https://node.example.org", "http://127.0.0.1:8080", "https://a.b/c/d", "http://[::1]:26659/x", "https://n-1.example.org:443/"]) {
      expect(() => validateEndpoint(ok), ok).not.toThrow();
    }
    for (const bad of ["", "node.example.org", "ftp://x.org", "https://", "https://x.org?q", "https://x.org/#f", "https://u@x.org", "https://-x.org", "https://x.org:0", "https://x .org", `https://${"a".repeat(300)}.org`]) {
      expect(() => validateEndpoint(bad), bad).toThrow(ChainError);
    }
    expect(validateRoles([1])).toEqual(["STORAGE"]);
    expect(() => validateRoles([1, 1])).toThrow(/distinct/);
    expect(validateDatanetIds(["1", "7"], 2)).toEqual([1n, 7n]);
    expect(() => validateDatanetIds(["1", "7", "9"], 2)).toThrow(/3 datanets, at most 2/);
  });

  it("the epoch clock follows from the last stored epoch and the height", () => {
    const anchor: EpochInfo = { number: 3n, startHeight: 21n, windowEndHeight: 25n, nextStartHeight: 31n, seed: new Uint8Array(32), windowClosed: true };
    expect(currentEpoch(anchor, P, 30n)).toBe(anchor);
    expect(currentEpoch(anchor, P, 31n)).toMatchObject({ number: 4n, startHeight: 31n, windowEndHeight: 35n, nextStartHeight: 41n, windowClosed: false });
    expect(currentEpoch(anchor, P, 57n)).toMatchObject({ number: 6n, startHeight: 51n, windowClosed: true });
  });

  it("draws are deterministic, depend on the seed and the operator, and are uniform", () => {
    const seed = epochSeed("c", 11n, 2n, new Uint8Array(32));
    const op = new Uint8Array(20).fill(1);
    expect(draw(seed, op, 0, 1000n)).toBe(draw(seed, op, 0, 1000n));
    const others = [epochSeed("c", 11n, 2n, Uint8Array.of(1)), epochSeed("d", 11n, 2n, new Uint8Array(32)), epochSeed("c", 12n, 2n, new Uint8Array(32))];
    expect(others.map((s) => draw(s, op, 0, 1n << 60n))).not.toContain(draw(seed, op, 0, 1n << 60n));
    const counts = new Array(5).fill(0);
    for (let i = 0; i < 5000; i++) counts[Number(draw(seed, op, i, 5n))]++;
    for (const c of counts) expect(c).toBeGreaterThan(900);
  });
});
