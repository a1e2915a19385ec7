import type { CommissionRates, Description } from "cosmjs-types/cosmos/staking/v1beta1/staking";
import { type Dec, ONE, decFromWire } from "../../chain/dec.ts";
import { sdkErrors } from "../../chain/errors.ts";
import { HOUR, type UnixNanos } from "../../chain/timestamp.ts";
import { stakingErrors } from "./errors.ts";
import { DESCRIPTION_LIMITS, DO_NOT_MODIFY } from "./types.ts";

/** Stateless checks of validator fields, as x/staking/types (commission.go, validator.go). */

export interface Rates {
  rate: Dec;
  maxRate: Dec;
  maxChangeRate: Dec;
}

export function ratesFromWire(c: CommissionRates | undefined): Rates {
  if (!c || (c.rate === "" && c.maxRate === "" && c.maxChangeRate === "")) throw sdkErrors.invalidRequest.wrap("empty commission");
  return {
    rate: decFromWire(c.rate || "0", "commission.rate"),
    maxRate: decFromWire(c.maxRate || "0", "commission.max_rate"),
    maxChangeRate: decFromWire(c.maxChangeRate || "0", "commission.max_change_rate"),
  };
}

/** CommissionRates.Validate. */
export function validateRates(r: Rates): void {
  if (r.maxRate < 0n) throw stakingErrors.commissionNegative.wrap(`max rate ${r.maxRate} is negative`);
  if (r.maxRate > ONE) throw stakingErrors.commissionHuge.wrap("max rate is above 1");
  if (r.rate < 0n) throw stakingErrors.commissionNegative.wrap("rate is negative");
  if (r.rate > r.maxRate) throw stakingErrors.commissionGTMaxRate.wrap("rate is above max rate");
  if (r.maxChangeRate < 0n) throw stakingErrors.commissionChangeRateNegative.wrap("max change rate is negative");
  if (r.maxChangeRate > r.maxRate) throw stakingErrors.commissionChangeRateGTMaxRate.wrap("max change rate is above max rate");
}

/** Commission.ValidateNewRate: once per 24 h of block time, within max rate and max change. */
export function validateNewRate(current: Rates, updated: UnixNanos, newRate: Dec, now: UnixNanos): void {
  if (now - updated < 24n * HOUR) throw stakingErrors.commissionUpdateTime.wrap(`last change less than 24h ago`);
  if (newRate < 0n) throw stakingErrors.commissionNegative.wrap("new rate is negative");
  if (newRate > current.maxRate) throw stakingErrors.commissionGTMaxRate.wrap("new rate is above max rate");
  if (newRate - current.rate > current.maxChangeRate) throw stakingErrors.commissionGTMaxChangeRate.wrap("new rate changes more than max change rate");
}

const FIELDS = ["moniker", "identity", "website", "securityContact", "details"] as const;

export function isEmptyDescription(d: Description | undefined): boolean {
  return !d || FIELDS.every((f) => d[f] === "");
}

/** Description.EnsureLength. */
export function ensureDescriptionLength(d: Description): Description {
  for (const f of FIELDS) {
    if (d[f].length > DESCRIPTION_LIMITS[f]) {
      throw sdkErrors.invalidRequest.wrap(`invalid ${f} length; got: ${d[f].length}, max: ${DESCRIPTION_LIMITS[f]}`);
    }
  }
  return d;
}

/** Description.UpdateDescription: "[do-not-modify]" keeps the old value. */
export function updateDescription(old: Description, d: Description): Description {
  const out = { ...old };
  for (const f of FIELDS) if (d[f] !== DO_NOT_MODIFY) out[f] = d[f];
  return ensureDescriptionLength(out);
}

/** A positive integer (min_self_delegation); "" counts as absent where the SDK allows nil. */
export function positiveInt(s: string, what: string): bigint {
  if (!/^[0-9]+$/.test(s) || BigInt(s) <= 0n) throw sdkErrors.invalidRequest.wrap(`${what} must be a positive integer, got ${JSON.stringify(s)}`);
  return BigInt(s);
}
