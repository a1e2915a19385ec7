import { addressBytes } from "./address.ts";
import { isValidDenom, MAX_AMOUNT } from "./coins.ts";
import { GenesisError } from "./genesisError.ts";

/** Small checkers for module genesis JSON; each throws GenesisError naming the field. */

export function expectObject(v: unknown, field: string): Record<string, unknown> {
  if (typeof v !== "object" || v === null || Array.isArray(v)) throw new GenesisError(field, "must be an object");
  return v as Record<string, unknown>;
}

export function expectArray(v: unknown, field: string): unknown[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw new GenesisError(field, "must be an array");
  return v;
}

export function expectString(v: unknown, field: string): string {
  if (typeof v !== "string") throw new GenesisError(field, "must be a string");
  return v;
}

/** A non-negative decimal integer string ("negative amount" and overflow named). */
export function expectUint(v: unknown, field: string): bigint {
  const s = expectString(v, field);
  if (/^-[0-9]+$/.test(s)) throw new GenesisError(field, `negative amount ${s}`);
  if (!/^[0-9]+$/.test(s)) throw new GenesisError(field, `not a non-negative integer: ${JSON.stringify(s)}`);
  const n = BigInt(s);
  if (n > MAX_AMOUNT) throw new GenesisError(field, `amount ${s} overflows 256 bits`);
  return n;
}

export function expectAddress(v: unknown, field: string): Uint8Array {
  const s = expectString(v, field);
  try {
    return addressBytes(s);
  } catch (e) {
    throw new GenesisError(field, `bad bech32 address: ${(e as Error).message}`);
  }
}

export function expectDenom(v: unknown, field: string): string {
  const s = expectString(v, field);
  if (!isValidDenom(s)) throw new GenesisError(field, `invalid denom ${JSON.stringify(s)}`);
  return s;
}

export function expectBool(v: unknown, field: string): boolean {
  if (typeof v !== "boolean") throw new GenesisError(field, "must be true or false");
  return v;
}

/** Coins `[{denom, amount}]`: valid denoms, non-negative amounts, no duplicate denom. */
export function expectCoins(v: unknown, field: string): { denom: string; amount: bigint }[] {
  const seen = new Set<string>();
  return expectArray(v, field).map((c, i) => {
    const o = expectObject(c, `${field}[${i}]`);
    const denom = expectDenom(o.denom, `${field}[${i}].denom`);
    if (seen.has(denom)) throw new GenesisError(`${field}[${i}].denom`, `duplicate denom ${denom}`);
    seen.add(denom);
    return { denom, amount: expectUint(o.amount, `${field}[${i}].amount`) };
  });
}
