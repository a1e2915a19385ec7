/**
 * The fast path for the requests a wallet or load generator sends most: one
 * broadcast_tx_sync / broadcast_tx_async object with a numeric or string id. It runs the same
 * method handler and the same error conversion as the generic dispatcher (methods.ts), and
 * writes the same bytes, but skips the generic id/method checks and serializeJson's replacer
 * (which visits every key looking for RawJson). Anything else — batches, notifications, odd
 * ids, params the decoder rejects — returns undefined and takes the generic path, which
 * reports the error exactly as before.
 */
import { failure, type JsonRpcError } from "./jsonrpc.ts";
import { invokeMethod, serializeJson, type RequestObject } from "./methods.ts";
import { TX_PARAM, txMethods } from "./methodsTx.ts";
import type { MethodContext, RpcMethod } from "./methodTypes.ts";
import { decodeJsonParams, type Args } from "./params.ts";

/** Results of these are flat objects of numbers and strings: plain JSON.stringify is exact. */
const FAST_METHODS: ReadonlyMap<string, RpcMethod> = new Map([
  ["broadcast_tx_sync", txMethods.broadcast_tx_sync!],
  ["broadcast_tx_async", txMethods.broadcast_tx_async!],
]);

/**
 * The response text for `request`, or undefined when the generic path must answer it.
 * PERF: grows with the tx's size (one base64 decode, one sha256); no per-call closures.
 */
export function answerBroadcastFast(request: unknown, ctx: MethodContext): Promise<string> | undefined {
  if (typeof request !== "object" || request === null) return undefined;
  const req = request as RequestObject;
  const method = typeof req.method === "string" ? FAST_METHODS.get(req.method) : undefined;
  if (method === undefined) return undefined;
  const id = req.id;
  if (typeof id !== "number" && typeof id !== "string") return undefined;
  let args: Args;
  try {
    args = decodeJsonParams(TX_PARAM, req.params);
  } catch {
    return undefined;
  }
  return answer(method, id, args, ctx);
}

async function answer(method: RpcMethod, id: number | string, args: Args, ctx: MethodContext): Promise<string> {
  let result: unknown;
  try {
    result = await invokeMethod(method, args, ctx);
  } catch (err) {
    // invokeMethod turns every failure into a JsonRpcError, as handleRequest relies on too.
    return serializeJson(failure(id, err as JsonRpcError));
  }
  return `{"jsonrpc":"2.0","id":${JSON.stringify(id)},"result":${JSON.stringify(result)}}`;
}
