/**
 * The end-of-run checks of the chaos network, each through the nodes' own RPC:
 * - every node has every height 1..top with the same block hash and the same header app hash
 *   (no fork, and every app computed the same state at every height);
 * - every confirmed tx is found on every node at the same height with the same result code;
 * - at one height, on every node: the bank's total supply equals the sum of all balances, and
 *   every node answers the same;
 * - no log says CometBFT stopped on a consensus failure or an app-hash mismatch.
 */
import { readFileSync } from "node:fs";
import { ModuleAccount, BaseAccount } from "cosmjs-types/cosmos/auth/v1beta1/auth";
import { QueryAccountsRequest, QueryAccountsResponse } from "cosmjs-types/cosmos/auth/v1beta1/query";
import {
  QueryBalanceRequest, QueryBalanceResponse, QuerySupplyOfRequest, QuerySupplyOfResponse, QueryTotalSupplyRequest, QueryTotalSupplyResponse,
} from "cosmjs-types/cosmos/bank/v1beta1/query";
import type { ConfirmedTx } from "./networkLoad.ts";
import { abciQuery, blockMetas, txByHash } from "./networkRpc.ts";

/** Heights (with what differed) at which the nodes disagree; empty when all agree on 1..top. */
export async function blockDisagreements(rpcs: string[], top: number): Promise<string[]> {
  const chains = await Promise.all(rpcs.map((rpc) => blockMetas(rpc, 1, top)));
  const out: string[] = [];
  chains.forEach((c, i) => {
    if (c.length !== top) out.push(`node ${i} has ${c.length} of heights 1..${top}`);
  });
  for (let h = 1; h <= top; h++) {
    const at = chains.map((c) => c[h - 1]);
    if (new Set(at.map((m) => m?.blockHash)).size !== 1) out.push(`height ${h}: block hashes ${at.map((m) => m?.blockHash ?? "-").join(" ")}`);
    if (new Set(at.map((m) => m?.appHash)).size !== 1) out.push(`height ${h}: app hashes ${at.map((m) => m?.appHash ?? "-").join(" ")}`);
  }
  return out;
}

/** Confirmed txs some node lacks or reports differently; empty when every node has every one. */
export async function missingTxs(rpcs: string[], txs: ConfirmedTx[], concurrency = 16): Promise<string[]> {
  const out: string[] = [];
  const queue = txs.flatMap((tx) => rpcs.map((rpc, i) => ({ tx, rpc, i })));
  const worker = async () => {
    for (let job = queue.pop(); job; job = queue.pop()) {
      const got = await txByHash(job.rpc, job.tx.hash, 10_000);
      if (!got) out.push(`node ${job.i} lacks ${job.tx.kind} ${job.tx.hash} (height ${job.tx.height})`);
      else if (got.height !== job.tx.height || got.code !== job.tx.code) out.push(`node ${job.i} has ${job.tx.hash} at ${got.height} code ${got.code}, confirmed at ${job.tx.height} code ${job.tx.code}`);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return out;
}

export interface SupplyCheck {
  height: bigint;
  accounts: number;
  supply: Record<string, string>;
  balances: Record<string, string>;
}

/**
 * Total supply and the sum of every account's balances at `height` on one node. The store
 * iterates only its latest version (past versions answer point reads), so the accounts and
 * denoms are listed at the latest height (a superset of those at `height`: accounts are never
 * deleted) and every amount is then read at `height` by point queries.
 */
export async function supplyAndBalances(rpc: string, height: bigint): Promise<SupplyCheck> {
  const addresses: string[] = [];
  let key: Uint8Array = new Uint8Array();
  do {
    const res = QueryAccountsResponse.decode(await abciQuery(rpc, "/cosmos.auth.v1beta1.Query/Accounts", QueryAccountsRequest.encode({ pagination: { key, limit: 200n, offset: 0n, countTotal: false, reverse: false } }).finish()));
    for (const a of res.accounts) addresses.push(a.typeUrl.endsWith("ModuleAccount") ? ModuleAccount.decode(a.value).baseAccount!.address : BaseAccount.decode(a.value).address);
    key = res.pagination?.nextKey ?? new Uint8Array();
  } while (key.length > 0);
  const denoms = QueryTotalSupplyResponse.decode(await abciQuery(rpc, "/cosmos.bank.v1beta1.Query/TotalSupply", QueryTotalSupplyRequest.encode({}).finish())).supply.map((c) => c.denom);
  const supply: Record<string, string> = {};
  const balances: Record<string, string> = {};
  for (const denom of denoms) {
    supply[denom] = QuerySupplyOfResponse.decode(await abciQuery(rpc, "/cosmos.bank.v1beta1.Query/SupplyOf", QuerySupplyOfRequest.encode({ denom }).finish(), height)).amount!.amount;
    let sum = 0n;
    for (const address of addresses) sum += BigInt(QueryBalanceResponse.decode(await abciQuery(rpc, "/cosmos.bank.v1beta1.Query/Balance", QueryBalanceRequest.encode({ address, denom }).finish(), height)).balance!.amount);
    balances[denom] = sum.toString();
  }
  return { height, accounts: addresses.length, supply, balances };
}

/** Lines of the nodes' logs that say consensus broke (empty when none). */
export function consensusFailureLines(logFiles: string[]): string[] {
  const bad = /CONSENSUS FAILURE|wrong Block\.Header\.AppHash|app hash mismatch|conflicting votes|double.?sign/i;
  return logFiles.flatMap((f) => {
    let text: string;
    try {
      text = readFileSync(f, "utf8");
    } catch {
      return [];
    }
    return text.split("\n").filter((l) => bad.test(l)).slice(0, 5).map((l) => `${f}: ${l.slice(0, 300)}`);
  });
}
