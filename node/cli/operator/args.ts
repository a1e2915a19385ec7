/** Argument parsing for the operator commands (staking, slashing, distribution, mint, multi-send). */
import { fromBase64, toBase64 } from "@cosmjs/encoding";
import { sha256 } from "@noble/hashes/sha2.js";
import { addressBytes, addressString, consAddressBytes, consAddressString, valoperBytes, valoperString } from "../../../chain/address.ts";
import { type Coin, parseCoins } from "../../../chain/coins.ts";
import { ONE, decToWire, parseDec } from "../../../chain/dec.ts";
import { UserError } from "../errors.ts";

const message = (e: unknown) => (e as Error).message.replace(/: invalid (address|coins|request)$/, "");

/** A `tribvaloper1…` argument; one-line error naming what it is for. */
export function parseValoper(s: string, what = "validator address"): string {
  try {
    valoperBytes(s, what);
  } catch (e) {
    let hint = "";
    try {
      hint = ` (that is an account address; its validator operator address is ${valoperString(addressBytes(s))})`;
    } catch {
      // not an account address either
    }
    throw new UserError(`invalid ${what} ${JSON.stringify(s)}: ${message(e)}${hint}`);
  }
  return s;
}

/** The operator address of an account: the same 20 bytes under the `tribvaloper` prefix. */
export const valoperOf = (account: string): string => valoperString(addressBytes(account));
/** The account that operates a validator. */
export const operatorAccount = (valoper: string): string => addressString(valoperBytes(valoper));

/** A non-empty coin list ("10utrib,5stake"), every amount positive. */
export function parseCoinsArg(s: string, what = "amount"): Coin[] {
  let coins: Coin[];
  try {
    coins = parseCoins(s);
  } catch (e) {
    throw new UserError(`invalid ${what} ${JSON.stringify(s)}: ${message(e)}`);
  }
  if (coins.length === 0) throw new UserError(`invalid ${what}: no coins given (e.g. 1000000utrib)`);
  const zero = coins.find((c) => c.amount === 0n);
  if (zero) throw new UserError(`invalid ${what} ${JSON.stringify(s)}: ${zero.denom} amount must be positive`);
  const twice = coins.find((c, i) => i > 0 && c.denom === coins[i - 1]?.denom);
  if (twice) throw new UserError(`invalid ${what} ${JSON.stringify(s)}: ${twice.denom} given twice`);
  return coins;
}

/** Exactly one positive coin (a bond, a delegation). */
export function parseCoinArg(s: string, what = "amount"): Coin {
  const coins = parseCoinsArg(s, what);
  const [coin] = coins;
  if (coins.length !== 1 || !coin) throw new UserError(`invalid ${what} ${JSON.stringify(s)}: give one coin, e.g. 1000000utrib`);
  return coin;
}

export const wireCoin = (c: Coin) => ({ denom: c.denom, amount: c.amount.toString() });

/** A rate flag ("0.05") in [0, 1], as the LegacyDec wire value (scaled integer). */
export function parseRate(s: string, flag: string): string {
  let d: bigint;
  try {
    d = parseDec(s, flag);
  } catch (e) {
    throw new UserError(`invalid ${flag} ${JSON.stringify(s)}: ${message(e).replace(`${flag}: `, "")}`);
  }
  if (d < 0n || d > ONE) throw new UserError(`invalid ${flag} ${JSON.stringify(s)}: must be between 0 and 1`);
  return decToWire(d);
}

/** A positive integer flag (min self delegation), as its decimal text. */
export function parsePositiveInt(s: string, flag: string): string {
  if (!/^[0-9]+$/.test(s) || BigInt(s) === 0n) throw new UserError(`invalid ${flag} ${JSON.stringify(s)}: must be a positive integer`);
  return BigInt(s).toString();
}

/** simd's --pubkey: '{"@type":"/cosmos.crypto.ed25519.PubKey","key":"<base64>"}' → the 32 key bytes. */
export function parseConsPubkey(json: string, flag = "--pubkey"): Uint8Array {
  let v: unknown;
  try {
    v = JSON.parse(json);
  } catch {
    throw new UserError(`invalid ${flag}: not JSON; expected {"@type":"/cosmos.crypto.ed25519.PubKey","key":"<base64>"}`);
  }
  const o = v as { "@type"?: unknown; key?: unknown };
  if (typeof v !== "object" || v === null || o["@type"] !== "/cosmos.crypto.ed25519.PubKey" || typeof o.key !== "string") {
    throw new UserError(`invalid ${flag}: expected {"@type":"/cosmos.crypto.ed25519.PubKey","key":"<base64>"}, got ${json}`);
  }
  let key: Uint8Array;
  try {
    key = fromBase64(o.key);
  } catch {
    throw new UserError(`invalid ${flag}: key ${JSON.stringify(o.key)} is not base64`);
  }
  if (key.length !== 32) throw new UserError(`invalid ${flag}: an ed25519 key is 32 bytes, got ${key.length}`);
  return key;
}

export const consPubkeyJson = (key: Uint8Array) => ({ "@type": "/cosmos.crypto.ed25519.PubKey", key: toBase64(key) });

/**
 * A validator's consensus address from what an operator has at hand: a `tribvalcons1…`
 * address, or its consensus pubkey as simd prints it (`tributary` / CometBFT JSON).
 */
export function parseConsAddress(s: string): string {
  if (s.trim().startsWith("{")) return consAddressString(sha256(parseConsPubkey(s, "consensus pubkey")).slice(0, 20));
  try {
    consAddressBytes(s);
  } catch (e) {
    throw new UserError(`invalid consensus address ${JSON.stringify(s)}: ${message(e)} (give a tribvalcons1… address or the consensus pubkey JSON)`);
  }
  return s;
}
