/** Balance snapshots of the demo's accounts and the table of what changed. */
import { addressString, moduleAddress } from "../chain/address.ts";
import type { TributaryClient } from "../client/client.ts";

export interface Account {
  label: string;
  address: string;
}

/**
 * Where inference fees and gas go besides the people: the module accounts. The compute share
 * and gas fees reach fee_collector, which every block's allocation empties into distribution
 * (validator rewards, and the community pool with the protocol share).
 */
export function moduleAccounts(): Account[] {
  return [
    ["distribution (rewards, community pool)", "distribution"],
    ["datanet reward pools", "datanet_pools"],
    ["inference escrow", "inference_escrow"],
    ["fee collector (gas, compute)", "fee_collector"],
  ].map(([label, name]) => ({ label, address: addressString(moduleAddress(name)) }));
}

export async function snapshot(client: TributaryClient, accounts: Account[], denom: string): Promise<Map<string, bigint>> {
  const out = new Map<string, bigint>();
  for (const a of accounts) out.set(a.address, BigInt((await client.getBalance(a.address, denom)).amount));
  return out;
}

const group = (n: bigint) => {
  const s = (n < 0n ? -n : n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return n < 0n ? `-${s}` : s;
};

/** Rows for every account whose balance changed, and the sum of the changes (0: nothing created or lost). */
export function changesTable(accounts: Account[], before: Map<string, bigint>, after: Map<string, bigint>, denom: string): string[] {
  const rows = accounts.filter((a) => before.get(a.address) !== after.get(a.address));
  const w = Math.max(...rows.map((a) => a.label.length), 7);
  const lines = [`  ${"account".padEnd(w)}  ${"address".padEnd(43)}  ${"before".padStart(19)}  ${"after".padStart(19)}  ${`change (${denom})`.padStart(14)}`];
  let sum = 0n;
  for (const a of rows) {
    const b = before.get(a.address) ?? 0n;
    const c = after.get(a.address) ?? 0n;
    sum += c - b;
    const d = c - b;
    lines.push(`  ${a.label.padEnd(w)}  ${a.address.padEnd(43)}  ${group(b).padStart(19)}  ${group(c).padStart(19)}  ${`${d > 0n ? "+" : ""}${group(d)}`.padStart(14)}`);
  }
  lines.push(`  ${"".padEnd(w)}  ${"".padEnd(43)}  ${"".padStart(19)}  ${"sum of changes".padStart(19)}  ${group(sum).padStart(14)}`);
  return lines;
}
