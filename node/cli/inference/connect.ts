import { QueryClient } from "@cosmjs/stargate";
import type { Comet38Client } from "@cosmjs/tendermint-rpc";
import { type InferenceQueries, setupInferenceExtension } from "../../../client/inferenceQueries.ts";
import { resolveNode } from "../common.ts";
import { queryError } from "../datanet/connect.ts";
import { connectComet, onNode } from "../rpcClients.ts";

/**
 * Runs `fn` with the inference queries of the node (--node, else the home's RPC address);
 * always disconnects. Node errors become one-line UserErrors with the node's message.
 */
export async function withInferenceQueries<T>(o: { node?: string; home: string }, fn: (q: InferenceQueries, comet: Comet38Client) => Promise<T>): Promise<T> {
  const url = resolveNode(o);
  const comet = await connectComet(url);
  try {
    return await onNode(url, () => fn(QueryClient.withExtensions(comet, setupInferenceExtension).inference, comet));
  } catch (e) {
    throw queryError(e);
  } finally {
    comet.disconnect();
  }
}
