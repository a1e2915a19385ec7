import { addressString } from "../../chain/address.ts";
import { coinToWire } from "../../chain/coins.ts";
import type { Context } from "../../chain/context.ts";
import { GenesisError } from "../../chain/genesisError.ts";
import { expectAddress, expectArray, expectBool, expectCoins, expectDenom, expectObject } from "../../chain/genesisJson.ts";
import { bytesToHex } from "@noble/hashes/utils.js";
import type { BankKeeper } from "./keeper.ts";
import { metadataFromGenesis, metadataToGenesis } from "./metadataJson.ts";

/** The bank section of app_state, in the Cosmos SDK JSON shape. */
export interface BankGenesis {
  params: { send_enabled: unknown[]; default_send_enabled: boolean };
  balances: { address: string; coins: { denom: string; amount: string }[] }[];
  supply: { denom: string; amount: string }[];
  denom_metadata: unknown[];
  send_enabled: { denom: string; enabled: boolean }[];
}

export function defaultBankGenesis(): BankGenesis {
  return { params: { send_enabled: [], default_send_enabled: true }, balances: [], supply: [], denom_metadata: [], send_enabled: [] };
}

/**
 * Checks addresses, coins, duplicates, and that the declared supply equals the sum of
 * balances denom by denom (an empty supply is computed at init, as in the SDK).
 */
export function validateBankGenesis(g: BankGenesis): void {
  const root = expectObject(g, "bank");
  const params = expectObject(root.params ?? {}, "params");
  if (params.default_send_enabled !== undefined) expectBool(params.default_send_enabled, "params.default_send_enabled");
  const sums = new Map<string, bigint>();
  const seen = new Set<string>();
  expectArray(root.balances, "balances").forEach((b, i) => {
    const o = expectObject(b, `balances[${i}]`);
    const addr = bytesToHex(expectAddress(o.address, `balances[${i}].address`));
    if (seen.has(addr)) throw new GenesisError(`balances[${i}].address`, `duplicate balance for ${o.address}`);
    seen.add(addr);
    for (const c of expectCoins(o.coins, `balances[${i}].coins`)) sums.set(c.denom, (sums.get(c.denom) ?? 0n) + c.amount);
  });
  const supply = expectCoins(root.supply, "supply");
  if (supply.length > 0) {
    const declared = new Map(supply.map((c) => [c.denom, c.amount]));
    for (const [denom, sum] of [...sums].sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (!declared.has(denom)) throw new GenesisError("supply", `unknown denom ${denom}: held in balances but missing from supply`);
      if (declared.get(denom) !== sum) {
        throw new GenesisError("supply", `supply mismatch for ${denom}: supply says ${declared.get(denom)}, balances sum to ${sum}`);
      }
    }
    supply.forEach((c, i) => {
      if (!sums.has(c.denom) && c.amount !== 0n) {
        throw new GenesisError(`supply[${i}]`, `supply mismatch for ${c.denom}: supply says ${c.amount}, balances sum to 0`);
      }
    });
  }
  expectArray(root.denom_metadata, "denom_metadata").forEach((m, i) => {
    const md = expectObject(m, `denom_metadata[${i}]`);
    expectDenom(md.base, `denom_metadata[${i}].base`);
    // metadataFromGenesis reads either spelling; each unit must be an object for it.
    const units = md.denom_units ?? md.denomUnits;
    expectArray(units, `denom_metadata[${i}].denom_units`).forEach((u, j) => expectObject(u, `denom_metadata[${i}].denom_units[${j}]`));
  });
  expectArray(root.send_enabled, "send_enabled").forEach((s, i) => {
    const o = expectObject(s, `send_enabled[${i}]`);
    expectDenom(o.denom, `send_enabled[${i}].denom`);
    expectBool(o.enabled, `send_enabled[${i}].enabled`);
  });
}

export function initBankGenesis(bank: BankKeeper, ctx: Context, g: BankGenesis): void {
  bank.setDefaultSendEnabled(ctx, g.params?.default_send_enabled ?? true);
  const supply = new Map<string, bigint>();
  for (const b of g.balances ?? []) {
    const addr = expectAddress(b.address, "balances.address");
    const coins = expectCoins(b.coins, "balances.coins").filter((c) => c.amount > 0n);
    bank.addCoins(ctx, addr, coins);
    for (const c of coins) supply.set(c.denom, (supply.get(c.denom) ?? 0n) + c.amount);
  }
  for (const [denom, amount] of supply) bank.setSupply(ctx, denom, amount);
  for (const m of g.denom_metadata ?? []) bank.setDenomMetadata(ctx, metadataFromGenesis(m));
  for (const s of g.send_enabled ?? []) bank.setSendEnabled(ctx, s.denom, s.enabled);
}

export async function exportBankGenesis(bank: BankKeeper, ctx: Context): Promise<BankGenesis> {
  const balances: BankGenesis["balances"] = [];
  for (const { address, coins } of await bank.getEveryBalance(ctx.kv)) {
    balances.push({ address: addressString(address), coins: coins.map(coinToWire) });
  }
  return {
    params: { send_enabled: [], default_send_enabled: bank.getDefaultSendEnabled(ctx.kv) },
    balances,
    supply: (await bank.getAllSupply(ctx.kv)).map(coinToWire),
    denom_metadata: (await bank.getAllDenomMetadata(ctx.kv)).map(metadataToGenesis),
    send_enabled: await bank.getAllSendEnabled(ctx.kv),
  };
}
