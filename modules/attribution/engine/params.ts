/**
 * The frozen parameter sets of attribution (matching and credit). A record stores the
 * `paramsVersion` it was computed with; changing any value of a released set forks the chain,
 * so a new set gets a new version and the golden vectors pin every released one.
 */
import { AttributionEngineError } from "./errors.ts";

/** Points carried by each output token (P). */
export const POINTS_PER_TOKEN = 65_536;
/** LEN_W values are at most this, so a token's points never exceed P (2048 · 32 = 2^16). */
export const MAX_LEN_WEIGHT = 32;

export interface AttributionParams {
  /** Stored with every record; 0 marks an experimental set (evaluation sweeps, tests). */
  readonly paramsVersion: number;
  /** Shortest span that earns (MIN_LEN); also the shortest prompt echo. */
  readonly minLen: number;
  /** Longest pattern searched from one start (NMAX). */
  readonly nMax: number;
  /** A span with more occurrences than this is generic: its tokens go to the residual. */
  readonly occCap: number;
  /** Outputs are truncated to this many tokens (L_MAX); at most 2^20. */
  readonly lMax: number;
  /** Only this many contributors, by (points desc, id asc), are paid. */
  readonly maxPayees: number;
  /** Specificity exponent α = num / den (a token's total is ∝ 1/k^α). */
  readonly alpha: Readonly<{ num: number; den: number }>;
  /** LEN_W[m] for span length m = 0..nMax, each in [0, 32]. */
  readonly lenWeight: readonly number[];
  /** SPEC[k] = ⌊2^16 / k^(1+α)⌋ for k = 0..occCap (SPEC[0] = 0, never used). */
  readonly spec: readonly number[];
}

/** ⌊y^(1/b)⌋ for bigint y ≥ 0, by bisection (values here stay below 2^17). */
function integerRoot(y: bigint, b: number): bigint {
  let lo = 0n;
  let hi = 1n << 17n;
  while (lo < hi) {
    const mid = (lo + hi + 1n) >> 1n;
    if (mid ** BigInt(b) <= y) lo = mid;
    else hi = mid - 1n;
  }
  return lo;
}

/**
 * SPEC[k] = ⌊2^16 / k^(1 + num/den)⌋, exactly, in integers: ⌊(2^(16·den) / k^(num+den))^(1/den)⌋,
 * and ⌊x^(1/b)⌋ equals the integer b-th root of ⌊x⌋. No float touches the table.
 */
export function specificityTable(occCap: number, alpha: { num: number; den: number }): number[] {
  const table = [0];
  for (let k = 1; k <= occCap; k++) {
    const y = (1n << BigInt(16 * alpha.den)) / BigInt(k) ** BigInt(alpha.num + alpha.den);
    table.push(Number(integerRoot(y, alpha.den)));
  }
  return table;
}

function cappedLenWeight(nMax: number, cap: number): number[] {
  return Array.from({ length: nMax + 1 }, (_, m) => Math.min(m, cap));
}

/** LEN_W[m] = min(32, 4m): a span earns full weight from 8 tokens (parameter set 2). */
function rampLenWeight(nMax: number): number[] {
  return Array.from({ length: nMax + 1 }, (_, m) => Math.min(4 * m, MAX_LEN_WEIGHT));
}

function freezeParams(p: AttributionParams): AttributionParams {
  return Object.freeze({ ...p, alpha: Object.freeze({ ...p.alpha }), lenWeight: Object.freeze([...p.lenWeight]), spec: Object.freeze([...p.spec]) });
}

/** Parameter set 1: the defaults the chain started with (MIN_LEN 5, NMAX 64, OCC_CAP 256, L_MAX 1024, α = 1, LEN_W = min(m, 32), 64 payees). */
export const PARAMS_V1: AttributionParams = freezeParams({
  paramsVersion: 1,
  minLen: 5,
  nMax: 64,
  occCap: 256,
  lMax: 1024,
  maxPayees: 64,
  alpha: { num: 1, den: 1 },
  lenWeight: cappedLenWeight(64, MAX_LEN_WEIGHT),
  spec: specificityTable(256, { num: 1, den: 1 }),
});

/**
 * Parameter set 2: v1 with one change, LEN_W[m] = min(32, 4m) (full weight from 8 tokens), the
 * set the evaluation recommends (`make eval`, eval/README.md; bench/results/2026-11.md): LDS 0.571 → 0.622 on the same
 * outputs, planted mass 0.36 → 0.77; α stays 1 because 0 and ½ break the sybil bound.
 */
export const PARAMS_V2: AttributionParams = freezeParams({
  paramsVersion: 2,
  minLen: 5,
  nMax: 64,
  occCap: 256,
  lMax: 1024,
  maxPayees: 64,
  alpha: { num: 1, den: 1 },
  lenWeight: rampLenWeight(64),
  spec: specificityTable(256, { num: 1, den: 1 }),
});

/**
 * Parameter set 3 (chain rules version 2 and later, modules/attribution/rules.ts): v2 with
 * α = 2 (SPEC[k] = ⌊2^16 / k^3⌋). In the evaluation sweep (bench/results/2026-11.md, eval_sweep
 * at OCC_CAP 64) α = 2 keeps LDS level with α = 1 (0.564 against 0.563 at MIN_LEN 5) and halves
 * the sybil share over its bound (0.375 against 0.75): text repeated across many records earns
 * its copies less. Only selectable where the rules version allows it.
 */
export const PARAMS_V3: AttributionParams = freezeParams({
  paramsVersion: 3,
  minLen: 5,
  nMax: 64,
  occCap: 256,
  lMax: 1024,
  maxPayees: 64,
  alpha: { num: 2, den: 1 },
  lenWeight: rampLenWeight(64),
  spec: specificityTable(256, { num: 2, den: 1 }),
});

/** Every released parameter set by version (records keep theirs, so none is ever removed). */
export const RELEASED_PARAMS: ReadonlyMap<number, AttributionParams> = new Map([
  [1, PARAMS_V1],
  [2, PARAMS_V2],
  [3, PARAMS_V3],
]);

/** The released versions, ascending, for error messages. */
export function releasedParamsVersions(): number[] {
  return [...RELEASED_PARAMS.keys()].sort((a, b) => a - b);
}

/** The released set of a version, or a named error. */
export function paramsForVersion(version: number): AttributionParams {
  const p = RELEASED_PARAMS.get(version);
  if (p === undefined) throw new AttributionEngineError(`unknown attribution params version ${version} (released: ${releasedParamsVersions().join(", ")})`);
  return p;
}

export interface ParamsOverrides {
  paramsVersion?: number;
  minLen?: number;
  nMax?: number;
  occCap?: number;
  lMax?: number;
  maxPayees?: number;
  alpha?: { num: number; den: number };
  /** LEN_W[m] = min(m, lenWeightCap) unless `lenWeight` is given. */
  lenWeightCap?: number;
  lenWeight?: readonly number[];
}

function checkInt(name: string, v: number, lo: number, hi: number): void {
  if (!Number.isSafeInteger(v) || v < lo || v > hi) throw new AttributionEngineError(`attribution params: ${name} = ${v} is not an integer in [${lo}, ${hi}]`);
}

/**
 * An experimental parameter set (paramsVersion 0 unless given) derived from `base`: for
 * evaluation sweeps and tests. The tables are recomputed from the overridden values.
 */
export function makeParams(overrides: ParamsOverrides, base: AttributionParams = PARAMS_V1): AttributionParams {
  const nMax = overrides.nMax ?? base.nMax;
  const occCap = overrides.occCap ?? base.occCap;
  const alpha = overrides.alpha ?? base.alpha;
  const p: AttributionParams = {
    paramsVersion: overrides.paramsVersion ?? 0,
    minLen: overrides.minLen ?? base.minLen,
    nMax,
    occCap,
    lMax: overrides.lMax ?? base.lMax,
    maxPayees: overrides.maxPayees ?? base.maxPayees,
    alpha,
    lenWeight: overrides.lenWeight ?? cappedLenWeight(nMax, overrides.lenWeightCap ?? MAX_LEN_WEIGHT),
    spec: specificityTable(occCap, alpha),
  };
  validateParams(p);
  return freezeParams(p);
}

/** Checks the ranges that keep every sum an exact JS integer and every token within P points. */
export function validateParams(p: AttributionParams): void {
  checkInt("paramsVersion", p.paramsVersion, 0, 0xffff);
  checkInt("nMax", p.nMax, 1, 4_096);
  checkInt("minLen", p.minLen, 1, p.nMax);
  checkInt("occCap", p.occCap, 1, 65_536);
  checkInt("lMax", p.lMax, 1, 1 << 20);
  checkInt("maxPayees", p.maxPayees, 1, 65_536);
  checkInt("alpha.den", p.alpha.den, 1, 4);
  checkInt("alpha.num", p.alpha.num, 0, 16);
  if (p.lenWeight.length !== p.nMax + 1) throw new AttributionEngineError(`attribution params: lenWeight has ${p.lenWeight.length} entries, expected nMax + 1 = ${p.nMax + 1}`);
  p.lenWeight.forEach((w, m) => checkInt(`lenWeight[${m}]`, w, 0, MAX_LEN_WEIGHT));
  if (p.spec.length !== p.occCap + 1) throw new AttributionEngineError(`attribution params: spec has ${p.spec.length} entries, expected occCap + 1 = ${p.occCap + 1}`);
  p.spec.forEach((s, k) => checkInt(`spec[${k}]`, s, 0, POINTS_PER_TOKEN));
}

/**
 * Points each of the k contributors of a span of length m gets per token:
 * p = ⌊2048 · LEN_W[m] · SPEC[k] / 2^16⌋ = ⌊LEN_W[m] · SPEC[k] / 32⌋ (the product is < 2^22).
 * Then k · p ≤ k · 2^16 / k^(1+α) ≤ P, so the token's rest P − k·p is never negative.
 */
export function pointsPerContributor(params: AttributionParams, m: number, k: number): number {
  return (params.lenWeight[m]! * params.spec[k]!) >> 5;
}
