import type { Coin } from "../../chain/coins.ts";
import { type Dec, ONE, decFromInt, mul, quo, quoInt, truncateInt } from "../../chain/dec.ts";
import type { MintParams, MinterState } from "./types.ts";

/**
 * The SDK's Minter arithmetic (x/mint/types/minter.go, v0.50), step for step in LegacyDec so
 * every rounding lands where the SDK's does. Pure functions: the keeper and BeginBlock call them.
 */

/**
 * NextInflationRate: inflation moves by (1 − bonded/goal) × rate_change per year, spread over
 * blocks_per_year, then is clamped to [inflation_min, inflation_max].
 * PERF: a handful of bigint multiplications and divisions.
 */
export function nextInflationRate(m: MinterState, p: MintParams, bondedRatio: Dec): Dec {
  const changePerYear = mul(ONE - quo(bondedRatio, p.goalBonded), p.inflationRateChange);
  const change = quo(changePerYear, decFromInt(p.blocksPerYear));
  let inflation = m.inflation + change; // the change may be negative
  if (inflation > p.inflationMax) inflation = p.inflationMax;
  if (inflation < p.inflationMin) inflation = p.inflationMin;
  return inflation;
}

/** NextAnnualProvisions: inflation × the bond denom's total supply (LegacyDec.MulInt, exact). */
export function nextAnnualProvisions(m: MinterState, totalSupply: bigint): Dec {
  return m.inflation * totalSupply;
}

/** BlockProvision: annual provisions / blocks_per_year (QuoInt truncates), whole units truncated. */
export function blockProvision(m: MinterState, p: MintParams): Coin {
  return { denom: p.mintDenom, amount: truncateInt(quoInt(m.annualProvisions, p.blocksPerYear)) };
}

/**
 * Staking's BondedRatio: bonded tokens / the bond denom's supply, QuoInt (truncating); zero
 * when there is no supply.
 */
export function bondedRatio(totalBonded: bigint, stakingSupply: bigint): Dec {
  return stakingSupply > 0n ? quoInt(decFromInt(totalBonded), stakingSupply) : 0n;
}
