import { QueryClient } from "@cosmjs/stargate";
import type { Comet38Client } from "@cosmjs/tendermint-rpc";
import { type DatanetQueries, setupDatanetExtension } from "../../../client/datanetQueries.ts";
import { TributaryClientError } from "../../../client/errors.ts";
import { resolveNode } from "../common.ts";
import { UserError } from "../errors.ts";
import { isTooLarge, tooLargeLine } from "../tooLarge.ts";
import { connectComet, onNode } from "../rpcClients.ts";

/**
 * Runs `fn` with the datanet queries of the node (--node, else the home's RPC address);
 * always disconnects. A query the node answers with an error becomes a one-line UserError
 * carrying the node's message ("datanet 9 does not exist: datanet not found").
 */
export async function withDatanetQueries<T>(o: { node?: string; home: string }, fn: (q: DatanetQueries, comet: Comet38Client) => Promise<T>): Promise<T> {
  const url = resolveNode(o);
  const comet = await connectComet(url);
  try {
    return await onNode(url, () => fn(QueryClient.withExtensions(comet, setupDatanetExtension).datanet, comet));
  } catch (e) {
    throw queryError(e);
  } finally {
    comet.disconnect();
  }
}

export function queryError(e: unknown): unknown {
  if (isTooLarge(e)) return new UserError(tooLargeLine(), { cause: e });
  if (e instanceof TributaryClientError) return new UserError(e.shortMessage, { cause: e });
  const m = e instanceof Error ? /^Query failed with \((\d+)\): ([\s\S]*)$/.exec(e.message) : null;
  if (m) return new UserError(m[2]!.trim(), { cause: e });
  return e;
}
