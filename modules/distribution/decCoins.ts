import type { DecCoin as WireDecCoin } from "cosmjs-types/cosmos/base/v1beta1/coin";
import type { Coin } from "../../chain/coins.ts";
import { type Dec, ONE, decFromWire, decToWire, formatDec, mul, mulTruncate, quoTruncate } from "../../chain/dec.ts";
import { sdkErrors } from "../../chain/errors.ts";

/**
 * The SDK's DecCoins (types/dec_coin.go): amounts are LegacyDec (bigint × 10^18), the list is
 * sorted by denom, and no operation returns a zero amount. Each function rounds exactly as its
 * SDK namesake, which is what makes F1's numbers match an SDK chain's to the last 10^-18.
 */
export interface DecCoin {
  denom: string;
  amount: Dec;
}
export type DecCoins = readonly DecCoin[];

const byDenom = (a: { denom: string }, b: { denom: string }) => (a.denom < b.denom ? -1 : a.denom > b.denom ? 1 : 0);

/** Sums per denom, sorted, zero amounts dropped (negative ones kept: SafeSub reports them). */
function combine(a: DecCoins, b: DecCoins, sign: 1n | -1n): DecCoin[] {
  const sums = new Map<string, Dec>();
  for (const c of a) sums.set(c.denom, (sums.get(c.denom) ?? 0n) + c.amount);
  for (const c of b) sums.set(c.denom, (sums.get(c.denom) ?? 0n) + sign * c.amount);
  return [...sums].filter(([, v]) => v !== 0n).map(([denom, amount]) => ({ denom, amount })).sort(byDenom);
}

/** DecCoins.Add. */
export const addDec = (a: DecCoins, b: DecCoins): DecCoin[] => combine(a, b, 1n);

/** DecCoins.SafeSub: the difference and whether any amount went negative. */
export function safeSubDec(a: DecCoins, b: DecCoins): { result: DecCoin[]; negative: boolean } {
  const result = combine(a, b, -1n);
  return { result, negative: result.some((c) => c.amount < 0n) };
}

/** DecCoins.Sub: a negative result is a bug in the caller (the SDK panics), reported as a logic error. */
export function subDec(a: DecCoins, b: DecCoins, what = "coins"): DecCoin[] {
  const { result, negative } = safeSubDec(a, b);
  if (negative) throw sdkErrors.logic.wrap(`${what}: ${decCoinsString(a)} minus ${decCoinsString(b)} is negative`);
  return result;
}

const nonZero = (coins: DecCoin[]) => coins.filter((c) => c.amount !== 0n);

/** DecCoins.MulDec (banker's rounding). */
export const mulDecCoins = (coins: DecCoins, d: Dec): DecCoin[] => nonZero(coins.map((c) => ({ denom: c.denom, amount: mul(c.amount, d) })));
/** DecCoins.MulDecTruncate. */
export const mulDecCoinsTruncate = (coins: DecCoins, d: Dec): DecCoin[] =>
  d === 0n ? [] : nonZero(coins.map((c) => ({ denom: c.denom, amount: mulTruncate(c.amount, d) })));
/** DecCoins.QuoDecTruncate (d must not be zero). */
export const quoDecCoinsTruncate = (coins: DecCoins, d: Dec): DecCoin[] => nonZero(coins.map((c) => ({ denom: c.denom, amount: quoTruncate(c.amount, d) })));

export const amountOf = (coins: DecCoins, denom: string): Dec => coins.find((c) => c.denom === denom)?.amount ?? 0n;

/** DecCoins.Intersect: per denom of `a`, the smaller of the two amounts (zeros dropped). */
export function intersectDec(a: DecCoins, b: DecCoins): DecCoin[] {
  return nonZero(a.map((c) => {
    const other = amountOf(b, c.denom);
    return { denom: c.denom, amount: c.amount < other ? c.amount : other };
  }));
}

/** DecCoins.TruncateDecimal: the whole coins and the fractional change, zeros dropped in both. */
export function truncateDec(coins: DecCoins): { coins: Coin[]; change: DecCoin[] } {
  const whole: Coin[] = [];
  const change: DecCoin[] = [];
  for (const c of coins) {
    const amount = c.amount / ONE;
    if (amount !== 0n) whole.push({ denom: c.denom, amount });
    const rest = c.amount - amount * ONE;
    if (rest !== 0n) change.push({ denom: c.denom, amount: rest });
  }
  return { coins: whole, change };
}

/** NewDecCoinsFromCoins. */
export const decCoinsFromCoins = (coins: readonly Coin[]): DecCoin[] => nonZero(coins.map((c) => ({ denom: c.denom, amount: c.amount * ONE }))).sort(byDenom);

export const equalDec = (a: DecCoins, b: DecCoins): boolean => a.length === b.length && a.every((c, i) => c.denom === b[i]?.denom && c.amount === b[i]?.amount);

/** DecCoins.String: "1.500000000000000000utrib,2.000000000000000000uxyz" ("" when empty). */
export const decCoinsString = (coins: DecCoins): string => coins.map((c) => `${formatDec(c.amount)}${c.denom}`).join(",");

/** Protobuf form: amount is the LegacyDec scaled integer as text. */
export const decCoinsToWire = (coins: DecCoins): WireDecCoin[] => coins.map((c) => ({ denom: c.denom, amount: decToWire(c.amount) }));
export const decCoinsFromWire = (coins: readonly WireDecCoin[] | undefined): DecCoin[] => (coins ?? []).map((c) => ({ denom: c.denom, amount: decFromWire(c.amount, `${c.denom} amount`) }));
