/**
 * The endpoint table and the JSON-RPC dispatcher shared by HTTP POST, GET URI and websocket.
 */
import { RpcBackendError } from "./backend.ts";
import {
  ErrorCode,
  JsonRpcError,
  failure,
  isValidId,
  methodError,
  success,
  type JsonRpcId,
  type JsonRpcResponse,
} from "./jsonrpc.ts";
import { blockMethods } from "./methodsBlocks.ts";
import { infoMethods } from "./methodsInfo.ts";
import { txMethods } from "./methodsTx.ts";
import { RawJson, type MethodContext, type RpcMethod } from "./methodTypes.ts";
import { decodeJsonParams, type Args } from "./params.ts";

export const rpcMethods: Readonly<Record<string, RpcMethod>> = { ...infoMethods, ...blockMethods, ...txMethods };

export function findMethod(name: string): RpcMethod | undefined {
  return Object.hasOwn(rpcMethods, name) ? rpcMethods[name] : undefined;
}

/** Runs a method with decoded args; every failure becomes a JsonRpcError. */
export async function invokeMethod(method: RpcMethod, args: Args, ctx: MethodContext): Promise<unknown> {
  try {
    return await method.handler(args, ctx);
  } catch (err) {
    throw toJsonRpcError(err, ctx);
  }
}

function toJsonRpcError(err: unknown, ctx: MethodContext): JsonRpcError {
  if (err instanceof JsonRpcError) return err;
  if (err instanceof RpcBackendError) return methodError(err.message);
  // Anything else is a bug or an unexpected backend failure: CometBFT would also report it as
  // an internal error carrying the message, so clients see the text; we log the stack.
  ctx.logger.error({ err }, "RPC method failed unexpectedly");
  return methodError(err instanceof Error ? err.message : String(err));
}

export interface RequestObject {
  jsonrpc?: unknown;
  id?: unknown;
  method?: unknown;
  params?: unknown;
}

/**
 * Handles one decoded JSON-RPC request object. Returns undefined for a notification (no `id`),
 * which CometBFT does not answer.
 */
export async function handleRequest(
  request: unknown,
  ctx: MethodContext,
  extraMethods: Readonly<Record<string, RpcMethod>> = {},
): Promise<JsonRpcResponse | undefined> {
  if (typeof request !== "object" || request === null || Array.isArray(request)) {
    return failure(null, new JsonRpcError(ErrorCode.invalidRequest, "request must be a JSON object"));
  }
  const req = request as RequestObject;
  // CometBFT treats a missing or null id as a notification and sends nothing back.
  if (req.id === undefined || req.id === null) return undefined;
  if (!isValidId(req.id)) return failure(null, new JsonRpcError(ErrorCode.invalidRequest, "invalid id type"));
  const id: JsonRpcId = req.id;
  const name = typeof req.method === "string" ? req.method : "";
  const method = Object.hasOwn(extraMethods, name) ? extraMethods[name] : findMethod(name);
  if (method === undefined) return failure(id, new JsonRpcError(ErrorCode.methodNotFound));
  try {
    const args = decodeJsonParams(method.params, req.params);
    return success(id, await invokeMethod(method, args, ctx));
  } catch (err) {
    return failure(id, err instanceof JsonRpcError ? err : toJsonRpcError(err, ctx));
  }
}

/** JSON.stringify that writes RawJson values verbatim. */
export function serializeJson(value: unknown): string {
  const raws: string[] = [];
  const text = JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof RawJson) {
      raws.push(v.text);
      return `\u0000raw:${raws.length - 1}`;
    }
    return v;
  });
  if (raws.length === 0) return text;
  return text.replace(/"\\u0000raw:(\d+)"/g, (_m, index: string) => raws[Number(index)]!);
}
