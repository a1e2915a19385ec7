import { QueryClient } from "@cosmjs/stargate";
import { type RewardsQueries, setupRewardsExtension } from "../../../client/rewardsQueries.ts";
import { resolveNode } from "../common.ts";
import { queryError } from "../datanet/connect.ts";
import { connectComet, onNode } from "../rpcClients.ts";

/**
 * Runs `fn` with the rewards queries of the node (--node, else the home's RPC address); always
 * disconnects. A query the node answers with an error becomes a one-line UserError carrying
 * the node's message.
 */
export async function withRewardsQueries<T>(o: { node?: string; home: string }, fn: (q: RewardsQueries) => Promise<T>): Promise<T> {
  const url = resolveNode(o);
  const comet = await connectComet(url);
  try {
    return await onNode(url, () => fn(QueryClient.withExtensions(comet, setupRewardsExtension).rewards));
  } catch (e) {
    throw queryError(e);
  } finally {
    comet.disconnect();
  }
}
