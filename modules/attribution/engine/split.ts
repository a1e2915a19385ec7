/**
 * Exact fee split: credit_c = ⌊F · pts_c / TOT⌋ in bigint; the rest R = F − Σ credit_c
 * (the residual's share plus all rounding dust) goes to the residual. Σ credit_c + R = F.
 */
import { AttributionEngineError } from "./errors.ts";

export interface FeeSplit {
  /** One amount per entry of `points`, in the same order. */
  readonly credits: readonly bigint[];
  /** F − Σ credits. */
  readonly remainder: bigint;
}

/** PERF: one bigint multiply and divide per entry. */
export function splitFee(fee: bigint, points: readonly number[], total: number): FeeSplit {
  if (fee < 0n) throw new AttributionEngineError(`splitFee: fee ${fee} is negative`);
  if (!Number.isSafeInteger(total) || total <= 0) throw new AttributionEngineError(`splitFee: total points ${total} is not a positive integer`);
  let sum = 0;
  for (let i = 0; i < points.length; i++) {
    const p = points[i]!;
    if (!Number.isSafeInteger(p) || p < 0) throw new AttributionEngineError(`splitFee: points[${i}] = ${p} is not a non-negative integer`);
    sum += p;
  }
  if (sum > total) throw new AttributionEngineError(`splitFee: points add up to ${sum}, more than the total ${total}`);
  const tot = BigInt(total);
  let paid = 0n;
  const credits = points.map((p) => {
    const c = (fee * BigInt(p)) / tot;
    paid += c;
    return c;
  });
  return { credits, remainder: fee - paid };
}
