import { describe, expect, it } from "vitest";
import { makeParams } from "../modules/attribution/engine/params.ts";
import { bestLds, recommend, type SweepResult } from "./choose.ts";
import type { Scores } from "./evaluate.ts";
import type { SweepPoint } from "./sweep.ts";

const V1: SweepPoint = { minLen: 5, alpha: { num: 1, den: 1 }, occCap: 256, lenWeightFullFrom: 32 };

function result(point: Partial<SweepPoint>, lds: number, sybilShare: number): SweepResult {
  const scores: Scores = {
    lds: new Map([["all", lds]]),
    ldsSe: 0.01,
    loco: new Map(),
    planted: [],
    sybil: [{ honest: 1, sybils: 1, oneIdentity: false, share: sybilShare, bound: 0.25 }],
    creditedContributorsMean: 0,
  };
  return { point: { ...V1, ...point }, params: makeParams({}), scores };
}

describe("choosing the parameter set", () => {
  it("takes the best LDS among settings within the gaming bound", () => {
    const rs = [result({ alpha: { num: 0, den: 1 } }, 0.9, 0.5), result({}, 0.57, 0.19), result({ minLen: 4 }, 0.6, 0.19)];
    expect(bestLds(rs, 65_536).point.minLen).toBe(4);
  });

  it("treats LDS within one standard error as tied: fewest changes from v1, then the later LEN_W ramp", () => {
    const rs = [
      result({}, 0.57, 0.19),
      result({ minLen: 4, alpha: { num: 2, den: 1 } }, 0.625, 0.1),
      result({ lenWeightFullFrom: 4 }, 0.622, 0.25),
      result({ lenWeightFullFrom: 8 }, 0.618, 0.25),
      result({ lenWeightFullFrom: 16 }, 0.6, 0.25),
    ];
    expect(bestLds(rs, 65_536).point.minLen).toBe(4);
    expect(recommend(rs, 65_536).point).toEqual({ ...V1, lenWeightFullFrom: 8 });
  });
});
