import { addressToBytes } from "./address.ts";
import { TributaryClientError } from "./errors.ts";

/**
 * Raw store keys from STORE_LAYOUT.md, for `/store/key` queries with proofs. These mirror the
 * chain's key helpers byte for byte; a mismatch would only make verified queries report absence.
 */
const utf8 = new TextEncoder();

export function authAccountKey(address: string): Uint8Array {
  return concat(utf8.encode("auth/a/"), addressToBytes(address));
}

export function bankBalanceKey(address: string, denom: string): Uint8Array {
  return concat(utf8.encode("bank/b/"), addressToBytes(address), utf8.encode(checkedDenom(denom)));
}

export function bankSupplyKey(denom: string): Uint8Array {
  return concat(utf8.encode("bank/s/"), utf8.encode(checkedDenom(denom)));
}

/** A bank amount value (decimal ASCII, absent = 0) as a bigint. */
export function decodeStoredAmount(value: Uint8Array | undefined): bigint {
  if (value === undefined) return 0n;
  const text = new TextDecoder().decode(value);
  if (!/^(0|[1-9][0-9]*)$/.test(text)) {
    throw new TributaryClientError("VALUE_INVALID", `stored amount "${text.slice(0, 80)}" is not a decimal integer`);
  }
  return BigInt(text);
}

// Same shape as the Cosmos SDK denom regex; an empty denom would turn a balance key into an
// account-wide prefix, so it is refused here rather than proven absent.
function checkedDenom(denom: string): string {
  if (!/^[a-zA-Z][a-zA-Z0-9/:._-]{2,127}$/.test(denom)) {
    throw new TributaryClientError("VALUE_INVALID", `"${denom}" is not a valid denom`, { hint: 'denoms look like "utrib"' });
  }
  return denom;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}
