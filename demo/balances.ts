/** Balance snapshots of the demo's accounts and the table of what changed. */
import { addressString, moduleAddress } from "../chain/address.ts";
import { Comet38Client } from "@cosmjs/tendermint-rpc";
import { QueryBalanceRequest, QueryBalanceResponse, QuerySupplyOfRequest, QuerySupplyOfResponse } from "cosmjs-types/cosmos/bank/v1beta1/query";

export interface Account {
  label: string;
  address: string;
}

/**
 * Where inference fees, gas and minted coins go besides the people: the module accounts. The
 * compute share, gas fees and each block's minted coins reach fee_collector, which every block's
 * allocation empties into distribution (validator rewards, the community pool with the protocol
 * share) after the storage rewards pool has taken its share of the minted coins.
 */
export function moduleAccounts(): Account[] {
  return ([
    ["distribution (rewards, community pool)", "distribution"],
    ["datanet reward pools", "datanet_pools"],
    ["inference escrow", "inference_escrow"],
    ["fee collector (gas, compute)", "fee_collector"],
    ["storage rewards pool", "storage_rewards_pool"],
  ] as const).map(([label, name]) => ({ label, address: addressString(moduleAddress(name)) }));
}

/** Balances of the accounts and the supply, all read at one height. */
export interface Snapshot {
  height: number;
  balances: Map<string, bigint>;
  supply: bigint;
}

/** Every block mints, so the balances and the supply are read at one height (the latest). */
export async function snapshot(rpc: string, accounts: Account[], denom: string): Promise<Snapshot> {
  const comet = await Comet38Client.connect(rpc);
  try {
    const height = (await comet.status()).syncInfo.latestBlockHeight;
    const query = async (path: string, data: Uint8Array) => {
      const res = await comet.abciQuery({ path, data, height });
      if (res.code !== 0) throw new Error(`${path} at height ${height}: ${res.log}`);
      return res.value;
    };
    const balances = new Map<string, bigint>();
    for (const a of accounts) {
      const res = QueryBalanceResponse.decode(await query("/cosmos.bank.v1beta1.Query/Balance", QueryBalanceRequest.encode({ address: a.address, denom }).finish()));
      balances.set(a.address, BigInt(res.balance?.amount ?? "0"));
    }
    const supply = BigInt(QuerySupplyOfResponse.decode(await query("/cosmos.bank.v1beta1.Query/SupplyOf", QuerySupplyOfRequest.encode({ denom }).finish())).amount?.amount ?? "0");
    return { height, balances, supply };
  } finally {
    comet.disconnect();
  }
}

const group = (n: bigint) => {
  const s = (n < 0n ? -n : n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return n < 0n ? `-${s}` : s;
};

/**
 * Rows for every account whose balance changed, the sum of the changes, and the utrib minted
 * between the two heights: equal, when nothing was created or lost.
 */
export function changesTable(accounts: Account[], beforeSnap: Snapshot, afterSnap: Snapshot, denom: string): string[] {
  const [before, after] = [beforeSnap.balances, afterSnap.balances];
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
  const minted = afterSnap.supply - beforeSnap.supply;
  const right = (label: string, n: bigint) => `  ${"".padEnd(w)}  ${"".padEnd(43)}  ${"".padStart(19)}  ${label.padStart(19)}  ${group(n).padStart(14)}`;
  lines.push(right("sum of changes", sum));
  lines.push(right(`minted ${beforeSnap.height}→${afterSnap.height}`, minted));
  lines.push(`  ${sum === minted ? "the changes add up to the coins minted meanwhile: nothing created or lost" : `MISMATCH: the changes differ from the coins minted by ${group(sum - minted)}`}`);
  return lines;
}
