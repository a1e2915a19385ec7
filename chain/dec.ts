import { sdkErrors } from "./errors.ts";

/**
 * The Cosmos SDK's LegacyDec (cosmossdk.io/math): a signed fixed-point number with 18 decimals,
 * held here as a bigint scaled by 10^18. Every operation rounds exactly as the SDK's does
 * (banker's rounding for Mul/Quo, truncation where the name says so), so shares, tokens and
 * slash amounts come out identical to an SDK chain's.
 *
 * Two text forms: protobuf carries the scaled integer ("50000000000000000" for 0.05, what
 * LegacyDec.Marshal writes and cosmjs-types passes through), JSON carries the dotted decimal
 * with 18 places ("0.050000000000000000", LegacyDec.String).
 */
export type Dec = bigint;

export const PRECISION = 18;
export const ONE: Dec = 10n ** 18n;
const HALF = ONE / 2n;

export function decFromInt(n: bigint): Dec {
  return n * ONE;
}

/** Dotted decimal, 18 places, as LegacyDec.String ("-0.500000000000000000"). */
export function formatDec(d: Dec): string {
  const neg = d < 0n;
  const abs = neg ? -d : d;
  const whole = abs / ONE;
  const frac = (abs % ONE).toString().padStart(PRECISION, "0");
  return `${neg ? "-" : ""}${whole}.${frac}`;
}

/** Parses a dotted decimal ("0.05", "1", "1.000000000000000000"); at most 18 places. */
export function parseDec(s: string, what = "decimal"): Dec {
  const m = typeof s === "string" ? /^(-?)([0-9]+)(?:\.([0-9]+))?$/.exec(s) : null;
  if (!m) throw sdkErrors.invalidRequest.wrap(`${what}: ${JSON.stringify(s)} is not a decimal number`);
  const frac = m[3] ?? "";
  if (frac.length > PRECISION) throw sdkErrors.invalidRequest.wrap(`${what}: ${JSON.stringify(s)} has more than ${PRECISION} decimal places`);
  const v = BigInt(m[2]!) * ONE + BigInt(frac.padEnd(PRECISION, "0") || "0");
  return m[1] === "-" ? -v : v;
}

/** The protobuf form: the scaled integer as decimal text. */
export function decToWire(d: Dec): string {
  return d.toString();
}

/** Parses the protobuf form; a dotted value is refused with a hint (the SDK refuses it too). */
export function decFromWire(s: string, what = "decimal"): Dec {
  if (typeof s !== "string" || !/^-?[0-9]+$/.test(s)) {
    const hint = typeof s === "string" && s.includes(".") ? ` (protobuf carries LegacyDec as the integer scaled by 10^18: 0.05 is "50000000000000000")` : "";
    throw sdkErrors.invalidRequest.wrap(`${what}: ${JSON.stringify(s)} is not a LegacyDec wire value${hint}`);
  }
  return BigInt(s);
}

/** Removes the 18 decimal digits of a 36-digit product with banker's rounding (chopPrecisionAndRound). */
function chopRound(x: bigint): bigint {
  if (x < 0n) return -chopRound(-x);
  const quo = x / ONE;
  const rem = x % ONE;
  if (rem < HALF) return quo;
  if (rem > HALF) return quo + 1n;
  return quo % 2n === 0n ? quo : quo + 1n;
}

function chopRoundUp(x: bigint): bigint {
  if (x < 0n) return -(-x / ONE);
  const quo = x / ONE;
  return x % ONE === 0n ? quo : quo + 1n;
}

export const mul = (a: Dec, b: Dec): Dec => chopRound(a * b);
export const mulTruncate = (a: Dec, b: Dec): Dec => (a * b) / ONE;
export const mulInt = (a: Dec, n: bigint): Dec => a * n;

function divisor(b: bigint): bigint {
  if (b === 0n) throw sdkErrors.logic.wrap("division by zero");
  return b;
}

/** LegacyDec.Quo: (a·10^36 / b) then banker's rounding of 18 digits. */
export const quo = (a: Dec, b: Dec): Dec => chopRound((a * ONE * ONE) / divisor(b));
/** LegacyDec.QuoTruncate. */
export const quoTruncate = (a: Dec, b: Dec): Dec => (a * ONE * ONE) / divisor(b) / ONE;
/** LegacyDec.QuoRoundUp. */
export const quoRoundUp = (a: Dec, b: Dec): Dec => chopRoundUp((a * ONE * ONE) / divisor(b));
/** LegacyDec.QuoInt: plain truncating division by an integer. */
export const quoInt = (a: Dec, n: bigint): Dec => a / divisor(n);

/** LegacyDec.TruncateInt. */
export const truncateInt = (d: Dec): bigint => d / ONE;
/** LegacyDec.RoundInt (banker's rounding). */
export const roundInt = (d: Dec): bigint => chopRound(d);

export const minBig = (a: bigint, b: bigint): bigint => (a < b ? a : b);
export const maxBig = (a: bigint, b: bigint): bigint => (a > b ? a : b);
