/**
 * Fee arithmetic of an inference, all in bigint: what is charged, how the model's
 * basis points split it, and how the attribution residual spreads over the manifest's datanet
 * pools. Each function's parts add up exactly to its whole; settle.ts checks it again.
 */
import { BPS_TOTAL, type Pricing, type RevenueSplit } from "./types.ts";

/** fee = base + per_token · tokens, capped by max_fee. */
export function feeCharged(pricing: Pricing, tokens: number, maxFee: bigint): bigint {
  const fee = pricing.baseFee + pricing.feePerToken * BigInt(tokens);
  return fee < maxFee ? fee : maxFee;
}

export interface FeeShares {
  owner: bigint;
  data: bigint;
  compute: bigint;
  /** The protocol share absorbs the rounding dust of the other three. */
  protocol: bigint;
}

/** PERF: O(1). */
export function splitByBps(fee: bigint, split: RevenueSplit): FeeShares {
  const part = (bps: number) => (fee * BigInt(bps)) / BigInt(BPS_TOTAL);
  const owner = part(split.ownerBps);
  const data = part(split.dataBps);
  const compute = part(split.computeBps);
  return { owner, data, compute, protocol: fee - owner - data - compute };
}

export interface PoolShare {
  datanetId: bigint;
  version: bigint;
  tokens: bigint;
}

/**
 * Splits `amount` over pools by their token counts, floor dust to the lowest
 * datanet id. Pools with no tokens get nothing; if none has tokens the lowest id takes all.
 * PERF: O(pools).
 */
export function splitOverPools(amount: bigint, pools: readonly PoolShare[]): bigint[] {
  if (pools.length === 0) throw new Error("splitOverPools: no pools");
  const total = pools.reduce((s, p) => s + p.tokens, 0n);
  const lowest = pools.reduce((best, p, i) => (p.datanetId < pools[best]!.datanetId ? i : best), 0);
  const out = pools.map((p) => (total === 0n ? 0n : (amount * p.tokens) / total));
  out[lowest]! += amount - out.reduce((s, x) => s + x, 0n);
  return out;
}

/**
 * Splits one contributor's amount over its contributions by their points (for the
 * contributions' `total_earned`); the dust goes to the first (lowest id). PERF: O(entries).
 */
export function splitOverContributions(amount: bigint, points: readonly bigint[]): bigint[] {
  const total = points.reduce((s, p) => s + p, 0n);
  if (total === 0n) return points.map((_, i) => (i === 0 ? amount : 0n));
  // ⌊amount · points / total⌋ each, as attribution's own split of a fee over contributors.
  const out = points.map((p) => (amount * p) / total);
  // total > 0, so there is at least one entry.
  out[0]! += amount - out.reduce((s, x) => s + x, 0n);
  return out;
}
