/**
 * Thousands of bench accounts, fast: private key i = sha256("bench-account-<i>") (no HD
 * derivation), public keys and signatures from native libsecp256k1 when it loads (the same
 * binding the node verifies with), @noble/curves otherwise. Bench only: these keys are public.
 */
import { createRequire } from "node:module";
import { toBech32 } from "@cosmjs/encoding";
import { secp256k1 as noble } from "@noble/curves/secp256k1.js";
import { ripemd160 } from "@noble/hashes/legacy.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { addGenesisAccount } from "../../genesis/accounts.ts";
import type { GenesisDoc } from "../../genesis/types.ts";

export const BENCH_PREFIX = "trib";

/** What each bench account holds at genesis. */
export const BENCH_FUNDS: [{ denom: string; amount: string }] = [{ denom: "utrib", amount: "1000000000000" }];

export interface BenchAccount {
  index: number;
  privkey: Uint8Array;
  /** 33-byte compressed secp256k1 public key. */
  pubkey: Uint8Array;
  address: string;
}

interface NativeSecp256k1 {
  publicKeyCreate(seckey: Uint8Array, compressed?: boolean): Uint8Array;
  ecdsaSign(msg32: Uint8Array, seckey: Uint8Array): { signature: Uint8Array; recid: number };
}

function loadNative(): NativeSecp256k1 | undefined {
  try {
    return createRequire(import.meta.url)("secp256k1/bindings") as NativeSecp256k1;
  } catch {
    return undefined;
  }
}

const native = loadNative();

export function signerBackend(): "native" | "noble" {
  return native ? "native" : "noble";
}

export function benchPrivkey(i: number): Uint8Array {
  return sha256(new TextEncoder().encode(`bench-account-${i}`));
}

export function publicKeyOf(privkey: Uint8Array): Uint8Array {
  return native ? native.publicKeyCreate(privkey, true) : noble.getPublicKey(privkey, true);
}

export function addressOf(pubkey: Uint8Array): string {
  return toBech32(BENCH_PREFIX, ripemd160(sha256(pubkey)));
}

/** 64-byte r‖s low-S signature of a 32-byte digest (the SDK's secp256k1 format). */
export function signDigest(digest: Uint8Array, privkey: Uint8Array): Uint8Array {
  if (native) return native.ecdsaSign(digest, privkey).signature;
  return noble.sign(digest, privkey, { prehash: false, lowS: true });
}

/** PERF: one public-key derivation per account (native: ~20 µs each). */
export function deriveAccounts(count: number, first = 0): BenchAccount[] {
  const out: BenchAccount[] = [];
  for (let i = first; i < first + count; i++) {
    const privkey = benchPrivkey(i);
    const pubkey = publicKeyOf(privkey);
    out.push({ index: i, privkey, pubkey, address: addressOf(pubkey) });
  }
  return out;
}

/**
 * addGenesisAccount scans the account list on every call (quadratic for thousands), so
 * the first bench account goes through it (creating the sections with module defaults) and the
 * rest are appended in the same shape with consecutive numbers.
 * PERF: linear in accounts after the first.
 */
export function fundAccounts(doc: GenesisDoc, accounts: BenchAccount[]): void {
  const [first] = accounts;
  if (!first) return;
  addGenesisAccount(doc, first.address, BENCH_FUNDS);
  const appState = doc.app_state as { auth: { accounts: Record<string, unknown>[] }; bank: { balances: unknown[]; supply: { denom: string; amount: string }[] } };
  const template = appState.auth.accounts[appState.auth.accounts.length - 1]!;
  let next = BigInt(template.account_number as string) + 1n;
  for (const a of accounts.slice(1)) {
    appState.auth.accounts.push({ ...template, address: a.address, account_number: (next++).toString() });
    appState.bank.balances.push({ address: a.address, coins: BENCH_FUNDS });
  }
  const supply = appState.bank.supply.find((c) => c.denom === "utrib");
  if (!supply) throw new Error("bench genesis: no utrib supply after adding the first account");
  supply.amount = (BigInt(supply.amount) + BigInt(BENCH_FUNDS[0].amount) * BigInt(accounts.length - 1)).toString();
}
