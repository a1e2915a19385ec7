import { sdkErrors } from "./errors.ts";

/** An amount of one denom. Amounts are bigint; decimal strings on the wire. */
export interface Coin {
  denom: string;
  amount: bigint;
}

/** Cosmos SDK denom rule: a letter, then 2-127 of [a-zA-Z0-9/:._-]. */
const DENOM_RE = /^[a-zA-Z][a-zA-Z0-9/:._-]{2,127}$/;
/** Amounts are capped at 2^256 - 1 (the SDK's Int bound), so sums can never silently wrap. */
export const MAX_AMOUNT = (1n << 256n) - 1n;
const AMOUNT_RE = /^[0-9]+$/;

export function isValidDenom(denom: string): boolean {
  return DENOM_RE.test(denom);
}

export function validateDenom(denom: string): void {
  if (!isValidDenom(denom)) throw sdkErrors.invalidCoins.wrap(`invalid denom: ${JSON.stringify(denom)}`);
}

/** Parses a non-negative decimal integer string (no sign, no exponent, no fraction). */
export function parseAmount(s: string, what = "amount"): bigint {
  if (typeof s !== "string" || !AMOUNT_RE.test(s) || s.length > 78) {
    throw sdkErrors.invalidCoins.wrap(`invalid ${what}: ${JSON.stringify(s)}`);
  }
  const v = BigInt(s);
  if (v > MAX_AMOUNT) throw sdkErrors.invalidCoins.wrap(`${what} ${s} overflows 256 bits`);
  return v;
}

/** Wire coin (`{denom, amount: string}`) to Coin, checking denom and amount. */
export function coinFromWire(c: { denom: string; amount: string }): Coin {
  validateDenom(c.denom);
  return { denom: c.denom, amount: parseAmount(c.amount) };
}

export function coinToWire(c: Coin): { denom: string; amount: string } {
  return { denom: c.denom, amount: c.amount.toString() };
}

/**
 * Validates a coin list as a message amount: sorted by denom, no duplicates, every amount
 * positive (the SDK's `Coins.IsValid` + `IsAllPositive`).
 */
export function validateCoins(coins: readonly Coin[], what = "amount"): void {
  let prev: Coin | undefined;
  for (const c of coins) {
    validateDenom(c.denom);
    if (c.amount <= 0n) throw sdkErrors.invalidCoins.wrap(`${what}: ${c.amount}${c.denom} is not positive`);
    if (prev !== undefined && prev.denom >= c.denom) {
      throw sdkErrors.invalidCoins.wrap(`${what}: denoms must be sorted and unique, got ${prev.denom} before ${c.denom}`);
    }
    prev = c;
  }
}

// PERF: O(coins). Every send and fee formats its coins for events, nearly always one coin: that
// case builds no intermediate array.
export function coinsToString(coins: readonly Coin[]): string {
  if (coins.length === 1) return `${coins[0]!.amount}${coins[0]!.denom}`;
  return coins.map((c) => `${c.amount}${c.denom}`).join(",");
}

/** Parses "10utrib,5stake" (the SDK's ParseCoinsNormalized without decimals). Result sorted. */
export function parseCoins(s: string): Coin[] {
  const trimmed = s.trim();
  if (trimmed === "") return [];
  const coins = trimmed.split(",").map((part) => {
    const m = /^([0-9]+)([a-zA-Z][a-zA-Z0-9/:._-]{2,127})$/.exec(part.trim());
    if (!m) throw sdkErrors.invalidCoins.wrap(`invalid coin expression: ${JSON.stringify(part.trim())}`);
    // Both groups are mandatory in the pattern: a match holds them.
    return { denom: m[2]!, amount: parseAmount(m[1]!) };
  });
  return sortCoins(coins);
}

export function sortCoins(coins: Coin[]): Coin[] {
  return coins.sort((a, b) => (a.denom < b.denom ? -1 : a.denom > b.denom ? 1 : 0));
}

/** Sum of amounts per denom, sorted by denom; zero amounts dropped. */
export function addCoins(a: readonly Coin[], b: readonly Coin[]): Coin[] {
  const sums = new Map<string, bigint>();
  for (const c of [...a, ...b]) sums.set(c.denom, (sums.get(c.denom) ?? 0n) + c.amount);
  return sortCoins([...sums].filter(([, v]) => v !== 0n).map(([denom, amount]) => ({ denom, amount })));
}
