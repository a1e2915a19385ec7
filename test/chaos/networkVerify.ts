/**
 * The end-of-run checks of the chaos network, each through the nodes' own RPC:
 * - every node has every height 1..top with the same block hash and the same header app hash
 *   (no fork, and every app computed the same state at every height);
 * - every confirmed tx is in the block of its height on every node, and found by hash in every
 *   node's tx index at that height with the same result code (see txPresence for the one gap
 *   CometBFT leaves there);
 * - at one height, on every node: the bank's total supply equals the sum of all balances, and
 *   every node answers the same;
 * - no log says CometBFT stopped on a consensus failure or an app-hash mismatch.
 */
import { readFileSync } from "node:fs";
import { sha256 } from "@noble/hashes/sha2.js";
import { ModuleAccount, BaseAccount } from "cosmjs-types/cosmos/auth/v1beta1/auth";
import { QueryAccountsRequest, QueryAccountsResponse } from "cosmjs-types/cosmos/auth/v1beta1/query";
import {
  QueryBalanceRequest, QueryBalanceResponse, QuerySupplyOfRequest, QuerySupplyOfResponse, QueryTotalSupplyRequest, QueryTotalSupplyResponse,
} from "cosmjs-types/cosmos/bank/v1beta1/query";
import type { ConfirmedTx } from "./networkLoad.ts";
import { abciQuery, blockMetas, rpcCall, txByHash } from "./networkRpc.ts";

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

/** Hashes (upper-case hex) of the txs in block `height` of one node's block store. */
async function blockTxHashes(rpc: string, height: number): Promise<Set<string>> {
  const r = await rpcCall<{ block: { data: { txs: string[] | null } } }>(rpc, "block", { height }, 10_000);
  return new Set((r.block.data.txs ?? []).map((b64) => Buffer.from(sha256(Buffer.from(b64, "base64"))).toString("hex").toUpperCase()));
}

export interface TxPresence {
  /** Confirmed txs missing from some node's block at their height: always a failure. */
  notInBlocks: string[];
  /** Confirmed txs in every node's blocks that a node's tx index (`/tx?hash`) lacks or reports differently. */
  notIndexed: { node: number; height: number; what: string }[];
}

/**
 * Every confirmed tx in the block of its height on every node (the block store), and found by
 * hash (`/tx`, CometBFT's kv tx index) on every node with the same height and result code.
 */
export async function txPresence(rpcs: string[], txs: ConfirmedTx[], concurrency = 16): Promise<TxPresence> {
  const out: TxPresence = { notInBlocks: [], notIndexed: [] };
  const heights = [...new Set(txs.map((t) => t.height))];
  const blocks = new Map<string, Set<string>>();
  const blockJobs = heights.flatMap((h) => rpcs.map((rpc, i) => ({ h, rpc, i })));
  const indexJobs = txs.flatMap((tx) => rpcs.map((rpc, i) => ({ tx, rpc, i })));
  const pool = async <J>(jobs: J[], run: (j: J) => Promise<void>) => {
    const worker = async () => {
      for (let j = jobs.pop(); j !== undefined; j = jobs.pop()) await run(j);
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
  };
  await pool(blockJobs, async ({ h, rpc, i }) => void blocks.set(`${i}/${h}`, await blockTxHashes(rpc, h)));
  for (const tx of txs) rpcs.forEach((_, i) => {
    if (!blocks.get(`${i}/${tx.height}`)!.has(tx.hash)) out.notInBlocks.push(`node ${i}: block ${tx.height} lacks confirmed ${tx.kind} ${tx.hash}`);
  });
  await pool(indexJobs, async ({ tx, rpc, i }) => {
    const got = await txByHash(rpc, tx.hash, 10_000);
    if (!got) out.notIndexed.push({ node: i, height: tx.height, what: `node ${i} has no index entry for ${tx.kind} ${tx.hash} (height ${tx.height})` });
    else if (got.height !== tx.height || got.code !== tx.code) out.notIndexed.push({ node: i, height: tx.height, what: `node ${i} indexes ${tx.hash} at ${got.height} code ${got.code}, confirmed at ${tx.height} code ${tx.code}` });
  });
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

/**
 * CometBFT's CONSENSUS FAILURE when its app went away mid-block: an app-restart's SIGTERM can land
 * after CometBFT decided a block and before it sent FinalizeBlock, which no app can see coming.
 * CometBFT then exits, and replays the block into the restarted app; a fork would still show as
 * differing hashes (checked apart from the logs).
 */
const APP_CONNECTION_LOST = /failed to apply block; error read message: EOF|connection reset by peer|broken pipe/;

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
    return text.split("\n").filter((l) => bad.test(l) && !APP_CONNECTION_LOST.test(l)).slice(0, 5).map((l) => `${f}: ${l.slice(0, 300)}`);
  });
}
