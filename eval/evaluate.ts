/**
 * Scores one attributor on the prepared evaluation: LDS and LOCO Spearman over the generated
 * outputs (by temperature), planted-source accuracy by (ℓ, noise), and the sybil sweep.
 */
import type { AttributionParams } from "../modules/attribution/engine/params.ts";
import type { Attributor } from "./attribution/attributor.ts";
import type { Credit } from "./attribution/standIn.ts";
import type { GroundTruth } from "./lm/groundTruth.ts";
import type { HalfSetMasks } from "./lm/intervalStats.ts";
import { halfSetPredictions, ldsOne, locoSpearman } from "./metrics/attributionMetrics.ts";
import { type Plant, type PlantScore, scorePlant } from "./metrics/planted.ts";
import { mean, quantile, spearman } from "./metrics/spearman.ts";
import { type SybilCase, sybilShare } from "./metrics/sybil.ts";

export interface EvalOutput {
  temperature: number;
  prompt: Int32Array;
  output: Int32Array;
  truth: GroundTruth;
}

export interface Prepared {
  contributors: number;
  outputs: EvalOutput[];
  half: HalfSetMasks;
  plants: Plant[];
  sybil: SybilCase[];
  pointsPerToken: number;
  /** |Δ_c| at or below this (nats) counts as no effect in LOCO. */
  epsilon: number;
}

export interface Distribution {
  mean: number;
  q25: number;
  q75: number;
  /** Outputs where the statistic is undefined (fewer than two ranked contributors or a constant side). */
  undefinedCount: number;
}

export interface PlantCell extends PlantScore {
  len: number;
  noise: number;
  n: number;
}

export interface SybilRow {
  honest: number;
  sybils: number;
  oneIdentity: boolean;
  share: number;
  bound: number;
}

export interface Scores {
  lds: Map<number | "all", number>;
  /** Standard error of the mean LDS over outputs. */
  ldsSe: number;
  loco: Map<number | "all", Distribution>;
  planted: PlantCell[];
  sybil: SybilRow[];
  /** Mean number of contributors credited per generated output. */
  creditedContributorsMean: number;
}

function dense(credit: Credit, contributors: number): Float64Array {
  const x = new Float64Array(contributors);
  for (const [c, p] of credit) if (c < contributors) x[c] = p;
  return x;
}

function standardError(xs: number[]): number {
  const m = mean(xs);
  const n = xs.filter(Number.isFinite).length;
  if (n < 2) return NaN;
  const v = xs.filter(Number.isFinite).reduce((s, x) => s + (x - m) ** 2, 0) / (n - 1);
  return Math.sqrt(v / n);
}

function distribution(xs: number[]): Distribution {
  const defined = xs.filter((x) => !Number.isNaN(x));
  return { mean: mean(defined), q25: quantile(defined, 0.25), q75: quantile(defined, 0.75), undefinedCount: xs.length - defined.length };
}

export function scoreOutputs(p: Prepared, attribute: Attributor, epsilon = p.epsilon): Pick<Scores, "lds" | "ldsSe" | "loco" | "creditedContributorsMean"> {
  const byTemp = new Map<number, { lds: number[]; loco: number[] }>();
  const all = { lds: [] as number[], loco: [] as number[] };
  let credited = 0;
  for (const o of p.outputs) {
    const credit = dense(attribute(o.output, o.prompt), p.contributors);
    credited += credit.filter((v) => v > 0).length;
    const lds = ldsOne(o.truth.setLogProb, halfSetPredictions(credit, p.half.masks, p.half.words, p.half.sets));
    const loco = locoSpearman(credit, o.truth.delta, epsilon);
    let t = byTemp.get(o.temperature);
    if (!t) byTemp.set(o.temperature, (t = { lds: [], loco: [] }));
    t.lds.push(lds);
    t.loco.push(loco);
    all.lds.push(lds);
    all.loco.push(loco);
  }
  const lds = new Map<number | "all", number>([["all", mean(all.lds)]]);
  const loco = new Map<number | "all", Distribution>([["all", distribution(all.loco)]]);
  for (const [temp, t] of [...byTemp].sort((a, b) => b[0] - a[0])) {
    lds.set(temp, mean(t.lds));
    loco.set(temp, distribution(t.loco));
  }
  return { lds, ldsSe: standardError(all.lds), loco, creditedContributorsMean: credited / Math.max(1, p.outputs.length) };
}

export function scorePlants(p: Prepared, attribute: Attributor): PlantCell[] {
  const cells = new Map<string, { len: number; noise: number; scores: PlantScore[] }>();
  for (const plant of p.plants) {
    const s = scorePlant(plant, attribute(plant.output), attribute(plant.blanked), p.pointsPerToken);
    const key = `${plant.len}/${plant.noise}`;
    let cell = cells.get(key);
    if (!cell) cells.set(key, (cell = { len: plant.len, noise: plant.noise, scores: [] }));
    cell.scores.push(s);
  }
  return [...cells.values()].map((c) => ({
    len: c.len,
    noise: c.noise,
    n: c.scores.length,
    top1: mean(c.scores.map((s) => s.top1)),
    recall3: mean(c.scores.map((s) => s.recall3)),
    top1Whole: mean(c.scores.map((s) => s.top1Whole)),
    mass: mean(c.scores.map((s) => s.mass)),
    falseCredit: mean(c.scores.map((s) => s.falseCredit)),
  }));
}

export function scoreSybils(p: Prepared, params: AttributionParams): SybilRow[] {
  return p.sybil.map((sc) => ({ honest: sc.honest, sybils: sc.sybils, oneIdentity: sc.oneIdentity, share: sybilShare(sc, params, p.pointsPerToken), bound: 1 / (4 * sc.honest) }));
}

/** Planted top-1 over the cells the target names (ℓ ≥ 16, noise ≤ 2 %): the worst cell. */
export function plantedTargetTop1(cells: readonly PlantCell[]): number {
  const sel = cells.filter((c) => c.len >= 16 && c.noise <= 0.02);
  return sel.length === 0 ? NaN : Math.min(...sel.map((c) => c.top1));
}

/** Planted mass over the same cells: the worst cell. */
export function plantedTargetMass(cells: readonly PlantCell[]): number {
  const sel = cells.filter((c) => c.len >= 16 && c.noise <= 0.02);
  return sel.length === 0 ? NaN : Math.min(...sel.map((c) => c.mass));
}

/** Whether every sybil case stays within its bound (plus integer-rounding slack of one point per token). */
export function meetsGamingBound(rows: readonly SybilRow[], pointsPerToken: number): boolean {
  return rows.every((r) => r.share <= r.bound + 1 / pointsPerToken);
}

export interface LocoDiagnostics {
  credited: number;
  aboveEpsilon: number;
  /** Spearman of credit with Δ among credited contributors only. */
  creditedOnlySpearman: number;
  /** Share of Σ|Δ_c| carried by credited contributors. */
  deltaShareOnCredited: number;
  /** Of the ten contributors with the largest Δ, how many are credited. */
  top10DeltaCredited: number;
  /** Credited contributors whose removal raises log p(o) (Δ < 0). */
  creditedNegativeDelta: number;
}

/** Why LOCO Spearman is what it is: means over outputs. */
export function locoDiagnostics(p: Prepared, attribute: Attributor): LocoDiagnostics {
  const rows: LocoDiagnostics[] = [];
  for (const o of p.outputs) {
    const credit = dense(attribute(o.output, o.prompt), p.contributors);
    const d = o.truth.delta;
    const credited: number[] = [];
    let absAll = 0;
    let absCredited = 0;
    let above = 0;
    for (let c = 0; c < p.contributors; c++) {
      const dc = d[c]!;
      absAll += Math.abs(dc);
      if (Math.abs(dc) > p.epsilon) above++;
      if (credit[c]! > 0) {
        credited.push(c);
        absCredited += Math.abs(dc);
      }
    }
    const top = Array.from(d.keys()).sort((a, b) => d[b]! - d[a]! || a - b).slice(0, 10);
    rows.push({
      credited: credited.length,
      aboveEpsilon: above,
      creditedOnlySpearman: spearman(credited.map((c) => credit[c]!), credited.map((c) => d[c]!)),
      deltaShareOnCredited: absAll > 0 ? absCredited / absAll : NaN,
      top10DeltaCredited: top.filter((c) => credit[c]! > 0).length,
      creditedNegativeDelta: credited.filter((c) => d[c]! < 0).length,
    });
  }
  const m = (k: keyof LocoDiagnostics) => mean(rows.map((r) => r[k]).filter((x) => !Number.isNaN(x)));
  return {
    credited: m("credited"),
    aboveEpsilon: m("aboveEpsilon"),
    creditedOnlySpearman: m("creditedOnlySpearman"),
    deltaShareOnCredited: m("deltaShareOnCredited"),
    top10DeltaCredited: m("top10DeltaCredited"),
    creditedNegativeDelta: m("creditedNegativeDelta"),
  };
}
