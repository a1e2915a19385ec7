/** Exact decimal parsing and comparison (no floats), for numeric query conditions. */
import type { Decimal } from "./ast.ts";

const FULL_NUMBER = /^(-?)(\d+)(?:\.(\d+))?$/;
/** CometBFT compares "anything number shaped": the leading number of a value ("100utrib" → 100). */
const LEADING_NUMBER = /^-?\d+(\.\d+)?/;

export function parseDecimal(text: string): Decimal | undefined {
  const m = FULL_NUMBER.exec(text);
  if (!m) return undefined;
  const fraction = m[3] ?? "";
  const magnitude = BigInt((m[2] ?? "0") + fraction);
  return { mantissa: m[1] === "-" ? -magnitude : magnitude, scale: fraction.length };
}

/** The numeric value of an event attribute, as CometBFT reads it, or undefined when not numeric. */
export function attributeNumber(value: string): Decimal | undefined {
  const m = LEADING_NUMBER.exec(value);
  return m ? parseDecimal(m[0]) : undefined;
}

/** Sign of a − b. */
export function compareDecimals(a: Decimal, b: Decimal): number {
  const scale = Math.max(a.scale, b.scale);
  const left = a.mantissa * 10n ** BigInt(scale - a.scale);
  const right = b.mantissa * 10n ** BigInt(scale - b.scale);
  return left < right ? -1 : left > right ? 1 : 0;
}
