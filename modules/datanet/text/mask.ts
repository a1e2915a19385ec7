/** Masking of copied runs: masked tokens become VOID, which never matches or earns. */
import { DatanetTextError } from "./errors.ts";

/** Reserved id of a masked token (0 = end sentinel, 1 = document separator, words >= 3). */
export const VOID = 2;

function checkRuns(n: number, runs: readonly (readonly [number, number])[]): void {
  for (const [i, [s, e]] of runs.entries()) {
    if (!Number.isSafeInteger(s) || !Number.isSafeInteger(e) || s < 0 || e < s || e > n) {
      throw new DatanetTextError(`applyMask: run ${i} [${s}, ${e}) is not a range of a ${n}-token record`, i);
    }
  }
}

/**
 * A copy of `ids` with every position inside a run replaced by VOID; `maskedTokens` counts the
 * distinct positions covered (runs may overlap; the input is not changed).
 * PERF: O(n + r log r) for n tokens and r runs.
 */
export function applyMask(ids: Int32Array, runs: readonly (readonly [number, number])[]): { masked: Int32Array; maskedTokens: number } {
  checkRuns(ids.length, runs);
  const masked = Int32Array.from(ids);
  const sorted = runs.map(([s, e]) => [s, e] as [number, number]).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  let maskedTokens = 0;
  let covered = 0;
  for (const [s, e] of sorted) {
    const from = s > covered ? s : covered;
    if (e <= from) continue;
    masked.fill(VOID, from, e);
    maskedTokens += e - from;
    covered = e;
  }
  return { masked, maskedTokens };
}
