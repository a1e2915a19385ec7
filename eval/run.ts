/**
 * `make eval`: the attribution evaluation (eval/README.md: LOCO, LDS, planted sources, sybils,
 * baselines) on the SpamAssassin corpus. Prints one JSON line per measurement (bench/
 * conventions), appends a dated section to bench/results/YYYY-MM.md and updates the `eval` row
 * of bench/RESULTS.md. Knobs (environment):
 *   EVAL_MAILS=0            mails to load (0 = all 6,046)
 *   EVAL_OUTPUTS=200        generated outputs per temperature (temperatures 1.0 and 0.7)
 *   EVAL_HALFSETS=100       LDS half-sets M
 *   EVAL_PLANTS=40          planted outputs per (ℓ, noise) cell
 *   EVAL_SWEEP=full         full | small | none (none: the released parameter set only)
 *   EVAL_BACKEND=engine     engine | stand-in
 *   EVAL_SEED=1             everything random derives from it
 *   EVAL_EPSILON=0.01       LOCO: |Δ_c| ≤ ε nats counts as no effect
 *   EVAL_RECORD=1           0: do not touch bench/RESULTS.md nor bench/results/
 */
import { join } from "node:path";
import { type AttributionParams, makeParams, PARAMS_V1 } from "../modules/attribution/engine/params.ts";
import { emit, note } from "../bench/lib/emit.ts";
import { machineInfo } from "../bench/lib/machine.ts";
import { round } from "../bench/lib/stats.ts";
import { REPO_ROOT } from "../bench/lib/nodeProcess.ts";
import { recordRun } from "../bench/lib/resultsFiles.ts";
import type { BenchRecord } from "../bench/lib/resultsMarkdown.ts";
import type { AttributionBackend, Attributor } from "./attribution/attributor.ts";
import { standInBackend } from "./attribution/attributor.ts";
import { Bm25, sizeCredit, uniformCredit } from "./attribution/baselines.ts";
import { rawOccurrenceAttribute } from "./attribution/standIn.ts";
import { SuffixIndex } from "./attribution/suffixIndex.ts";
import { bestLds, recommend, type SweepResult } from "./choose.ts";
import { locoDiagnostics, meetsGamingBound, plantedTargetMass, plantedTargetTop1, type Scores, scoreOutputs, scorePlants, scoreSybils } from "./evaluate.ts";
import { type EvalConfig, prepare, type PreparedEval } from "./prepare.ts";
import { LEN_WEIGHT_FULL_FROM, lenWeights, RELEASED_POINT, samePoint, type SweepPoint, sweepGrid } from "./sweep.ts";
import { standInAttribute } from "./attribution/standIn.ts";

const env = (name: string, dflt: string): string => process.env[name] ?? dflt;
const num = (name: string, dflt: number): number => {
  const v = Number(env(name, String(dflt)));
  if (!Number.isFinite(v)) throw new Error(`${name}=${process.env[name]} is not a number`);
  return v;
};

const records: BenchRecord[] = [];
/** Prints a JSON line and keeps it for the bench/ results, numbers to 3 decimals (the LDS standard error is ≈ 0.01). */
function record(bench: string, fields: Record<string, number | string | boolean | null>): void {
  const rounded = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, typeof v === "number" ? round(v, 3) : v]));
  emit(bench, rounded);
  records.push({ bench, ...rounded });
}

async function backendFor(name: string): Promise<AttributionBackend> {
  if (name === "stand-in") return standInBackend;
  if (name === "engine") return (await import("./attribution/engineBackend.ts")).engineBackend;
  throw new Error(`EVAL_BACKEND=${name}: expected engine or stand-in`);
}

function pointFields(p: SweepPoint): Record<string, number | string> {
  return { min_len: p.minLen, alpha: p.alpha.den === 1 ? String(p.alpha.num) : `${p.alpha.num}/${p.alpha.den}`, occ_cap: p.occCap, len_w_full_from: p.lenWeightFullFrom };
}

function score(prep: PreparedEval, params: AttributionParams, attribute: Attributor): Scores {
  return { ...scoreOutputs(prep, attribute), planted: scorePlants(prep, attribute), sybil: scoreSybils(prep, params) };
}

function summaryFields(s: Scores, pointsPerToken: number): Record<string, number | boolean> {
  const loco = s.loco.get("all")!;
  const sybilRatio = Math.max(...s.sybil.map((r) => r.share / r.bound));
  return {
    lds: s.lds.get("all")!,
    lds_se: s.ldsSe,
    lds_t1: s.lds.get(1) ?? NaN,
    lds_t07: s.lds.get(0.7) ?? NaN,
    loco_mean: loco.mean,
    loco_q25: loco.q25,
    loco_q75: loco.q75,
    planted_top1_l16_n2: plantedTargetTop1(s.planted),
    planted_mass_l16_n2: plantedTargetMass(s.planted),
    sybil_max_share_over_bound: sybilRatio,
    gaming_ok: meetsGamingBound(s.sybil, pointsPerToken),
    credited_per_output: s.creditedContributorsMean,
  };
}

async function main(): Promise<void> {
  const started = Date.now();
  const cfg: EvalConfig = {
    seed: num("EVAL_SEED", 1),
    mails: num("EVAL_MAILS", 0),
    holdout: 0.1,
    outputsPerTemperature: num("EVAL_OUTPUTS", 200),
    temperatures: [1.0, 0.7],
    outputLen: 256,
    promptLen: 32,
    halfSets: num("EVAL_HALFSETS", 100),
    plantsPerCell: num("EVAL_PLANTS", 40),
    plantLengths: [8, 16, 32, 64],
    plantNoises: [0, 0.02, 0.05],
    plantMaxOccurrences: 8,
    sybilHonest: [1, 2, 4],
    sybilCounts: [0, 1, 2, 4, 8, 16, 32, 64],
    sybilBackgroundDocs: 300,
    epsilon: num("EVAL_EPSILON", 0.01),
  };
  const backend = await backendFor(env("EVAL_BACKEND", "engine"));
  const prep = prepare(cfg, backend, note);
  record("eval_setup", { backend: backend.name, seed: cfg.seed, ...prep.facts, outputs: prep.outputs.length, half_sets: cfg.halfSets, plants: prep.plants.length, sybil_cases: prep.sybil.length });

  const sweep = env("EVAL_SWEEP", "full");
  const results: SweepResult[] = [];
  const run = (point: SweepPoint, bench: string) => {
    if (results.some((r) => samePoint(r.point, point))) return;
    const params = makeParams({ minLen: point.minLen, alpha: point.alpha, occCap: point.occCap, lenWeight: lenWeights(PARAMS_V1.nMax, point.lenWeightFullFrom) });
    const scores = score(prep, params, prep.attributorFor(params));
    results.push({ point, params, scores });
    record(bench, { ...pointFields(point), ...summaryFields(scores, prep.pointsPerToken) });
  };
  for (const point of sweepGrid(sweep)) run(point, "eval_sweep");
  if (sweep !== "none") {
    const top = bestLds(results, prep.pointsPerToken).point;
    for (const base of [top, RELEASED_POINT]) for (const from of LEN_WEIGHT_FULL_FROM) run({ ...base, lenWeightFullFrom: from }, "eval_sweep_len_w");
  }
  const best = bestLds(results, prep.pointsPerToken);
  const chosen = recommend(results, prep.pointsPerToken);
  const released = results.find((r) => samePoint(r.point, RELEASED_POINT));
  const shown: [string, SweepResult][] = [["recommended", chosen]];
  if (best !== chosen) shown.push(["best_lds", best]);
  if (released && released !== chosen) shown.push(["released_v1", released]);
  for (const [label, r] of shown) {
    record("eval_chosen", { which: label, ...pointFields(r.point), ...summaryFields(r.scores, prep.pointsPerToken) });
    for (const c of r.scores.planted) record("eval_planted", { which: label, len: c.len, noise: c.noise, n: c.n, top1: c.top1, recall3: c.recall3, top1_whole_output: c.top1Whole, mass: c.mass, false_credit: c.falseCredit });
    for (const s of r.scores.sybil) record("eval_sybil", { which: label, honest: s.honest, sybils: s.sybils, one_identity: s.oneIdentity, share: s.share, bound: s.bound, within: s.share <= s.bound + 1 / prep.pointsPerToken });
  }
  const chosenAttr = prep.attributorFor(chosen.params);
  for (const eps of [0, 0.1, 1]) {
    const l = scoreOutputs(prep, chosenAttr, eps).loco.get("all")!;
    record("eval_loco_epsilon", { epsilon: eps, loco_mean: l.mean, loco_q25: l.q25, loco_q75: l.q75, undefined_outputs: l.undefinedCount });
  }
  const diag = locoDiagnostics(prep, chosenAttr);
  record("eval_loco_diagnostics", {
    credited_per_output: diag.credited,
    above_epsilon_per_output: diag.aboveEpsilon,
    spearman_among_credited: diag.creditedOnlySpearman,
    abs_delta_share_on_credited: diag.deltaShareOnCredited,
    top10_by_delta_credited: diag.top10DeltaCredited,
    credited_with_negative_delta: diag.creditedNegativeDelta,
  });

  const index = new SuffixIndex(prep.trainDocs, prep.contributors);
  if (backend.name !== "stand-in") {
    // The stand-in implements the definitions independently of the engine's matcher: they must agree.
    let same = 0;
    for (const o of prep.outputs) {
      const a = chosenAttr(o.output, o.prompt);
      const b = standInAttribute(index, chosen.params, o.output, o.prompt);
      if (a.size === b.size && [...a].every(([c, p]) => b.get(c) === p)) same++;
    }
    record("eval_crosscheck", { outputs: prep.outputs.length, identical_credit: same, note: "engine vs the harness's stand-in (the engine's definition re-implemented)" });
  }
  const bm25 = new Bm25(prep.trainDocs);
  const uniform = uniformCredit(prep.contributors);
  const size = sizeCredit(prep.trainDocs);
  const baselines: [string, Attributor][] = [
    ["uniform", () => uniform],
    ["size", () => size],
    ["raw_occurrences", (o, p) => rawOccurrenceAttribute(index, chosen.params, o, p)],
    ["bm25_top10", (o) => bm25.attribute(o, 10)],
  ];
  for (const [name, attr] of baselines) {
    const s = { ...scoreOutputs(prep, attr), planted: scorePlants(prep, attr) };
    const loco = s.loco.get("all")!;
    const cells = s.planted.filter((c) => c.len >= 16 && c.noise <= 0.02);
    record("eval_baseline", {
      baseline: name,
      lds: s.lds.get("all")!,
      loco_mean: loco.mean,
      loco_q25: loco.q25,
      loco_q75: loco.q75,
      planted_top1_l16_n2: plantedTargetTop1(s.planted),
      planted_top1_whole_output_l16_n2: Math.min(...cells.map((c) => c.top1Whole)),
    });
  }

  const f = summaryFields(chosen.scores, prep.pointsPerToken);
  const targets: [string, number, number][] = [
    ["planted_top1_l16_n2", 0.95, f.planted_top1_l16_n2 as number],
    ["planted_mass_l16_n2", 0.8, f.planted_mass_l16_n2 as number],
    ["loco_spearman_mean", 0.5, f.loco_mean as number],
    ["lds_mean", 0.3, f.lds as number],
  ];
  for (const [name, target, measured] of targets) record("eval_target", { target_name: name, target, measured, meets_target: measured >= target });

  const wallS = (Date.now() - started) / 1000;
  record("eval_done", { wall_s: wallS });
  if (env("EVAL_RECORD", "1") !== "0") {
    const written = recordRun(join(REPO_ROOT, "bench"), machineInfo(REPO_ROOT), [{ script: "eval/run.ts", records, failure: null, wallS }], () => "make eval");
    note(`recorded results in ${written.map((f) => `bench/${f}`).join(" and ")}`);
  }
}

await main();
