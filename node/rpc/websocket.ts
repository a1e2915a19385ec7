/**
 * One `/websocket` connection: ordinary JSON-RPC calls plus subscribe, unsubscribe and
 * unsubscribe_all; keeps the socket alive with a ping every 27 s (CometBFT ws_handler.go).
 */
import type { WebSocket } from "ws";
import { ErrorCode, JsonRpcError, failure, isValidId, success, type JsonRpcId } from "./jsonrpc.ts";
import { handleRequest, serializeJson } from "./methods.ts";
import type { MethodContext } from "./methodTypes.ts";
import { decodeJsonParams } from "./params.ts";
import type { ClientSubscriptions, Frame, SubscriptionHub } from "./subscriptions.ts";

export const PING_INTERVAL_MS = 27_000;

const QUERY_PARAM = [{ name: "query", kind: "string" }] as const;

export function attachWebsocketSession(socket: WebSocket, ctx: MethodContext, hub: SubscriptionHub): void {
  // A Buffer is a text frame's UTF-8 bytes (rendered off the main thread), not a binary message.
  const send = (frame: Frame) => {
    if (socket.readyState !== socket.OPEN) return;
    if (typeof frame === "string") socket.send(frame);
    else socket.send(frame, { binary: false });
  };
  const subscriptions = hub.client(send);
  let alive = true;
  const pinger = setInterval(() => {
    // No pong since the last ping: the peer is gone (CometBFT waits 30 s for any traffic).
    if (!alive) {
      socket.terminate();
      return;
    }
    alive = false;
    socket.ping();
  }, PING_INTERVAL_MS);
  pinger.unref();

  socket.on("pong", () => (alive = true));
  socket.on("message", (data, isBinary) => {
    alive = true;
    const text = isBinary ? Buffer.from(data as Buffer).toString("utf8") : data.toString();
    void handleFrame(text, ctx, subscriptions).then(
      (reply) => reply !== undefined && send(reply),
      (err: unknown) => ctx.logger.error({ err }, "websocket request failed"),
    );
  });
  socket.on("close", () => {
    clearInterval(pinger);
    subscriptions.close();
  });
  socket.on("error", (err) => ctx.logger.debug({ err }, "websocket error"));
}

/** Returns the reply frame, or undefined when nothing is to be sent (notification). */
async function handleFrame(text: string, ctx: MethodContext, subscriptions: ClientSubscriptions): Promise<string | undefined> {
  let request: unknown;
  try {
    request = JSON.parse(text);
  } catch (err) {
    const error = new JsonRpcError(ErrorCode.parse, `error unmarshaling request: ${(err as Error).message}`);
    return JSON.stringify({ jsonrpc: "2.0", error: error.toObject() });
  }
  const req = (typeof request === "object" && request !== null ? request : {}) as Record<string, unknown>;
  const name = typeof req.method === "string" ? req.method : "";
  const subscriptionMethod = Object.hasOwn(subscriptionHandlers, name) ? subscriptionHandlers[name] : undefined;
  if (subscriptionMethod !== undefined && req.id !== undefined && isValidId(req.id)) {
    try {
      subscriptionMethod(subscriptions, req.id, req.params);
      return JSON.stringify(success(req.id, {}));
    } catch (err) {
      const error = err instanceof JsonRpcError ? err : new JsonRpcError(ErrorCode.internal, String(err));
      return JSON.stringify(failure(req.id, error));
    }
  }
  const response = await handleRequest(request, ctx);
  return response === undefined ? undefined : serializeJson(response);
}

type SubscriptionHandler = (subs: ClientSubscriptions, id: JsonRpcId, params: unknown) => void;

function queryParam(params: unknown): string {
  return (decodeJsonParams(QUERY_PARAM, params).query as string | undefined) ?? "";
}

const subscriptionHandlers: Record<string, SubscriptionHandler | undefined> = {
  subscribe: (subs, id, params) => subs.subscribe(id, queryParam(params)),
  unsubscribe: (subs, _id, params) => subs.unsubscribe(queryParam(params)),
  unsubscribe_all: (subs) => subs.unsubscribeAll(),
};
