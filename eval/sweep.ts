/** The parameter grid of the sweep (MIN_LEN 3–8, α ∈ {0, ½, 1, 2}, OCC_CAP). */
export interface SweepPoint {
  minLen: number;
  /** A span earns full weight from this length on: LEN_W[m] = min(32, ⌊32·m / fullFrom⌋). */
  lenWeightFullFrom: number;
  alpha: { num: number; den: number };
  occCap: number;
}

const ALPHAS = [
  { num: 0, den: 1 },
  { num: 1, den: 2 },
  { num: 1, den: 1 },
  { num: 2, den: 1 },
];

function grid(minLens: number[], alphas: { num: number; den: number }[], occCaps: number[]): SweepPoint[] {
  const out: SweepPoint[] = [];
  for (const occCap of occCaps) for (const alpha of alphas) for (const minLen of minLens) out.push({ minLen, alpha, occCap, lenWeightFullFrom: 32 });
  return out;
}

/** full: 6 × 4 × 3 = 72 settings; small: 3 × 4 × 1; none: the released set (MIN_LEN 5, α 1, OCC_CAP 256). */
export function sweepGrid(kind: string): SweepPoint[] {
  if (kind === "full") return grid([3, 4, 5, 6, 7, 8], ALPHAS, [64, 256, 1024]);
  if (kind === "small") return grid([4, 5, 6], ALPHAS, [256]);
  if (kind === "none") return grid([5], [{ num: 1, den: 1 }], [256]);
  throw new Error(`EVAL_SWEEP=${kind}: expected full, small or none`);
}

/**
 * The second stage, at the grid's best point and at the released set's: LEN_W shapes that reach
 * full weight sooner (32 is v1's min(m, 32), the grid's own; 4 is flat for MIN_LEN ≥ 4).
 */
export const LEN_WEIGHT_FULL_FROM = [4, 8, 16];

/** The released set (params v1) as a sweep point. */
export const RELEASED_POINT: SweepPoint = { minLen: 5, alpha: { num: 1, den: 1 }, occCap: 256, lenWeightFullFrom: 32 };

export function samePoint(a: SweepPoint, b: SweepPoint): boolean {
  return a.minLen === b.minLen && a.alpha.num * b.alpha.den === b.alpha.num * a.alpha.den && a.occCap === b.occCap && a.lenWeightFullFrom === b.lenWeightFullFrom;
}

/** How many of the four parameters differ from the released set. */
export function changesFromReleased(p: SweepPoint): number {
  const r = RELEASED_POINT;
  return (p.minLen !== r.minLen ? 1 : 0) + (p.alpha.num * r.alpha.den !== r.alpha.num * p.alpha.den ? 1 : 0) + (p.occCap !== r.occCap ? 1 : 0) + (p.lenWeightFullFrom !== r.lenWeightFullFrom ? 1 : 0);
}

/** LEN_W[m] for m = 0..nMax: min(32, ⌊32·m / fullFrom⌋); fullFrom = 32 gives min(m, 32). */
export function lenWeights(nMax: number, fullFrom: number): number[] {
  return Array.from({ length: nMax + 1 }, (_, m) => Math.min(32, Math.floor((32 * m) / fullFrom)));
}
