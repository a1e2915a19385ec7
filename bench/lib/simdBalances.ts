/**
 * After a side-by-side run: did the committed sends succeed? A tx in a block can still fail in
 * DeliverTx (out of gas, a wrong account number after a genesis mix-up), and the commit tracker
 * counts it as committed. Every bench account sends 1 to the next and receives 1 from the previous
 * each round, so after `rounds` rounds each holds exactly its genesis funds minus the fees paid.
 * Read through `abci_query` (Query/Balance), the same path on both chains.
 */
import { QueryBalanceRequest, QueryBalanceResponse } from "cosmjs-types/cosmos/bank/v1beta1/query";
import { rpcCall } from "./rpc.ts";

export async function bankBalance(rpcUrl: string, address: string, denom: string): Promise<bigint> {
  const data = Buffer.from(QueryBalanceRequest.encode({ address, denom }).finish()).toString("hex");
  const r = await rpcCall<{ response: { code: number; value: string | null; log: string } }>(rpcUrl, "abci_query", { path: "/cosmos.bank.v1beta1.Query/Balance", data });
  if (r.response.code !== 0) throw new Error(`Query/Balance of ${address} failed: ${r.response.log}`);
  const res = QueryBalanceResponse.decode(Buffer.from(r.response.value ?? "", "base64"));
  return BigInt(res.balance?.amount ?? "0");
}

/**
 * How many of `addresses` do not hold `expected` (the first mismatch described, or null).
 * PERF: one query per address; call with a sample, not thousands.
 */
export async function countBalanceMismatches(rpcUrl: string, addresses: readonly string[], denom: string, expected: bigint): Promise<{ mismatches: number; first: string | null }> {
  let mismatches = 0;
  let first: string | null = null;
  for (const address of addresses) {
    const have = await bankBalance(rpcUrl, address, denom);
    if (have === expected) continue;
    mismatches++;
    first ??= `${address} holds ${have}${denom}, expected ${expected}${denom}`;
  }
  return { mismatches, first };
}
