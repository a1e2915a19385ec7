/**
 * Which parameter set to recommend: the best mean LDS among settings within the gaming bound
 * (eval/metrics/sybil.ts); settings within one standard error of it are treated as tied, and among those the
 * one with the fewest changes from the released set wins, so that noise does not move a frozen
 * parameter; then the one that reaches full length weight latest (short matches are the likelier
 * coincidences, so a ramp keeps a discount on them); then the higher LDS.
 */
import type { AttributionParams } from "../modules/attribution/engine/params.ts";
import { meetsGamingBound, type Scores } from "./evaluate.ts";
import { changesFromReleased, type SweepPoint } from "./sweep.ts";

export interface SweepResult {
  point: SweepPoint;
  params: AttributionParams;
  scores: Scores;
}

const lds = (r: SweepResult): number => r.scores.lds.get("all")!;

/** The gaming-compliant settings (all settings when none is). */
export function eligible(results: readonly SweepResult[], pointsPerToken: number): SweepResult[] {
  const ok = results.filter((r) => meetsGamingBound(r.scores.sybil, pointsPerToken));
  return ok.length > 0 ? ok : [...results];
}

export function bestLds(results: readonly SweepResult[], pointsPerToken: number): SweepResult {
  return eligible(results, pointsPerToken).reduce((a, b) => (lds(b) > lds(a) ? b : a));
}

export function recommend(results: readonly SweepResult[], pointsPerToken: number): SweepResult {
  const top = bestLds(results, pointsPerToken);
  const tied = eligible(results, pointsPerToken).filter((r) => lds(r) >= lds(top) - top.scores.ldsSe);
  return tied.reduce((a, b) => {
    const changes = changesFromReleased(b.point) - changesFromReleased(a.point);
    if (changes !== 0) return changes < 0 ? b : a;
    const ramp = b.point.lenWeightFullFrom - a.point.lenWeightFullFrom;
    if (ramp !== 0) return ramp > 0 ? b : a;
    return lds(b) > lds(a) ? b : a;
  });
}
