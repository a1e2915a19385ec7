import { fromBase64, toBase64 } from "@cosmjs/encoding";
import { bytesToHex } from "@noble/hashes/utils.js";
import { addressString } from "../../chain/address.ts";
import type { Context } from "../../chain/context.ts";
import { GenesisError } from "../../chain/genesisError.ts";
import { expectAddress, expectArray, expectObject, expectString, expectUint } from "../../chain/genesisJson.ts";
import { prefixEnd } from "../../chain/keys.ts";
import { Any } from "cosmjs-types/google/protobuf/any";
import { type AuthKeeper, FEE_COLLECTOR } from "./keeper.ts";
import { authKeys } from "./keys.ts";
import { type Account, type AuthParams, BASE_ACCOUNT_URL, DEFAULT_AUTH_PARAMS, MODULE_ACCOUNT_URL, SECP256K1_PUBKEY_URL, accountFromAny } from "./types.ts";

type ParamsJson = Record<keyof typeof PARAM_NAMES, string>;
const PARAM_NAMES = {
  max_memo_characters: "maxMemoCharacters",
  tx_sig_limit: "txSigLimit",
  tx_size_cost_per_byte: "txSizeCostPerByte",
  sig_verify_cost_ed25519: "sigVerifyCostEd25519",
  sig_verify_cost_secp256k1: "sigVerifyCostSecp256k1",
} as const;

/** An account in genesis JSON, as the SDK writes it. */
export interface GenesisAccountJson {
  "@type": string;
  address: string;
  pub_key: { "@type": string; key: string } | null;
  account_number: string;
  sequence: string;
  name?: string;
  permissions?: string[];
}

export interface AuthGenesis {
  params: ParamsJson;
  accounts: GenesisAccountJson[];
}

export function defaultAuthGenesis(): AuthGenesis {
  return { params: paramsToJson(DEFAULT_AUTH_PARAMS), accounts: [] };
}

export function paramsToJson(p: AuthParams): ParamsJson {
  const out = {} as ParamsJson;
  for (const [json, key] of Object.entries(PARAM_NAMES)) out[json as keyof ParamsJson] = p[key].toString();
  return out;
}

/** Params.Validate: every param is an unsigned integer above 0 (absent ones take the default). */
export function paramsFromJson(j: unknown): AuthParams {
  const o = expectObject(j ?? {}, "params");
  const p = { ...DEFAULT_AUTH_PARAMS };
  for (const [json, key] of Object.entries(PARAM_NAMES)) {
    if (o[json] === undefined) continue;
    p[key] = expectUint(o[json], `params.${json}`);
    if (p[key] === 0n) throw new GenesisError(`params.${json}`, "must be positive");
  }
  return p;
}

/** Checks types, addresses and that neither addresses nor account numbers repeat. */
export function validateAuthGenesis(g: AuthGenesis): void {
  const root = expectObject(g, "auth");
  paramsFromJson(root.params);
  const addrs = new Set<string>();
  const numbers = new Set<bigint>();
  expectArray(root.accounts, "accounts").forEach((a, i) => {
    const f = `accounts[${i}]`;
    const o = expectObject(a, f);
    const type = expectString(o["@type"], `${f}.@type`);
    if (type !== BASE_ACCOUNT_URL && type !== MODULE_ACCOUNT_URL) throw new GenesisError(`${f}.@type`, `unsupported account type ${type}`);
    const addr = bytesToHex(expectAddress(o.address, `${f}.address`));
    if (addrs.has(addr)) throw new GenesisError(`${f}.address`, `duplicate account ${o.address}`);
    addrs.add(addr);
    const n = expectUint(o.account_number, `${f}.account_number`);
    if (numbers.has(n)) throw new GenesisError(`${f}.account_number`, `duplicate account number ${n}`);
    numbers.add(n);
    expectUint(o.sequence, `${f}.sequence`);
    if (o.pub_key !== undefined && o.pub_key !== null) validateGenesisPubKey(o.pub_key, `${f}.pub_key`);
    if (type === MODULE_ACCOUNT_URL) expectString(o.name, `${f}.name`);
  });
}

/** The form export writes: a secp256k1 key as `{ "@type", key: base64 of 33 compressed bytes }`. */
function validateGenesisPubKey(v: unknown, f: string): void {
  const pk = expectObject(v, f);
  if (pk["@type"] !== SECP256K1_PUBKEY_URL) throw new GenesisError(`${f}.@type`, `must be ${SECP256K1_PUBKEY_URL}, got ${JSON.stringify(pk["@type"])}`);
  const text = expectString(pk.key, `${f}.key`);
  let key: Uint8Array;
  try {
    key = fromBase64(text);
  } catch (e) {
    throw new GenesisError(`${f}.key`, `not base64: ${(e as Error).message}`);
  }
  if (key.length !== 33 || (key[0] !== 2 && key[0] !== 3)) throw new GenesisError(`${f}.key`, `must be a 33-byte compressed secp256k1 key, got ${key.length} bytes`);
}

export function initAuthGenesis(auth: AuthKeeper, ctx: Context, g: AuthGenesis): void {
  auth.setParams(ctx, paramsFromJson(g.params));
  let next = 0n;
  for (const a of g.accounts ?? []) {
    const acc: Account = {
      address: expectAddress(a.address, "address"),
      pubKey: a.pub_key ? fromBase64(a.pub_key.key) : undefined,
      accountNumber: BigInt(a.account_number),
      sequence: BigInt(a.sequence),
      module: a["@type"] === MODULE_ACCOUNT_URL ? { name: a.name ?? "", permissions: a.permissions ?? [] } : undefined,
    };
    auth.setAccount(ctx, acc);
    if (acc.accountNumber >= next) next = acc.accountNumber + 1n;
  }
  // New accounts continue after the highest genesis account number.
  auth.setNextAccountNumber(ctx, next);
  // Module accounts exist from genesis (as in the SDK), so no user tx pays for creating them.
  auth.moduleAccount(ctx, FEE_COLLECTOR);
}

export async function exportAuthGenesis(auth: AuthKeeper, ctx: Context): Promise<AuthGenesis> {
  const accounts: GenesisAccountJson[] = [];
  const p = authKeys.accountPrefix;
  for await (const [, v] of ctx.kv.iterate({ gte: p, lt: prefixEnd(p) })) {
    const acc = accountFromAny(Any.decode(v));
    accounts.push({
      "@type": acc.module ? MODULE_ACCOUNT_URL : BASE_ACCOUNT_URL,
      address: addressString(acc.address),
      pub_key: acc.pubKey ? { "@type": "/cosmos.crypto.secp256k1.PubKey", key: toBase64(acc.pubKey) } : null,
      account_number: acc.accountNumber.toString(),
      sequence: acc.sequence.toString(),
      ...(acc.module ? { name: acc.module.name, permissions: acc.module.permissions } : {}),
    });
  }
  accounts.sort((a, b) => (BigInt(a.account_number) < BigInt(b.account_number) ? -1 : 1));
  return { params: paramsToJson(auth.getParams(ctx.kv)), accounts };
}
