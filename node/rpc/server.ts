/**
 * The CometBFT v0.38-compatible RPC server: JSON-RPC over HTTP POST `/` (single or batch),
 * GET `/<method>?arg=…` URI calls, and JSON-RPC over the `/websocket` socket with event
 * subscriptions. Transport details follow CometBFT v0.38 (HTTP 200 for per-method errors).
 */
import Fastify, { type FastifyReply, type FastifyRequest } from "fastify";
import fastifyWebsocket from "@fastify/websocket";
import type { Logger } from "pino";
import type { RpcBackend } from "./backend.ts";
import { ErrorCode, JsonRpcError, failure, success } from "./jsonrpc.ts";
import { findMethod, handleRequest, invokeMethod, rpcMethods, serializeJson } from "./methods.ts";
import type { MethodContext } from "./methodTypes.ts";
import { decodeUriParams } from "./params.ts";
import { SubscriptionHub, type QueryMatcher } from "./subscriptions.ts";
import { attachWebsocketSession } from "./websocket.ts";
import { applyCors, type CorsOptions } from "./cors.ts";
import { cometQueryMatcher } from "../query/index.ts";

export interface RpcServerOptions {
  backend: RpcBackend;
  /** e.g. "tcp://127.0.0.1:26657"; port 0 picks a free port. */
  laddr: string;
  logger: Logger;
  /** CometBFT max_body_bytes (default 1 000 000). Larger bodies get HTTP 413. */
  maxBodyBytes?: number;
  /** CometBFT max_open_connections (default 900); 0 means unlimited. */
  maxOpenConnections?: number;
  corsAllowedOrigins?: string[];
  /** CometBFT timeout_broadcast_tx_commit (default 10 000 ms). */
  broadcastTxCommitTimeoutMs?: number;
  /** The CometBFT query language for websocket subscriptions; defaults to node/query. */
  queryMatcher?: QueryMatcher;
}

export interface RpcServer {
  close(): Promise<void>;
  address: { host: string; port: number };
}

export function parseLaddr(laddr: string): { host: string; port: number } {
  const match = /^(?:tcp:\/\/)?(\[[^\]]+\]|[^:/]+):(\d+)$/.exec(laddr);
  if (match === null) throw new Error(`Invalid RPC listen address "${laddr}": expected "tcp://<host>:<port>"`);
  return { host: match[1]!.replace(/^\[|\]$/g, ""), port: Number(match[2]) };
}

export async function startRpcServer(opts: RpcServerOptions): Promise<RpcServer> {
  const { host, port } = parseLaddr(opts.laddr);
  const maxBodyBytes = opts.maxBodyBytes ?? 1_000_000;
  const ctx: MethodContext = {
    backend: opts.backend,
    logger: opts.logger,
    broadcastTxCommitTimeoutMs: opts.broadcastTxCommitTimeoutMs ?? 10_000,
  };
  const hub = new SubscriptionHub(opts.backend, opts.queryMatcher ?? cometQueryMatcher, opts.logger);
  // Fastify's own per-request logging stays off: one line per RPC call would drown the block log.
  const app = Fastify({ logger: false, bodyLimit: maxBodyBytes });

  app.server.maxConnections = opts.maxOpenConnections ?? 900;
  applyCors(app, { allowedOrigins: opts.corsAllowedOrigins ?? [] } satisfies CorsOptions);
  // CometBFT reads every body as JSON whatever its content type; we parse it ourselves so that
  // bad JSON gets a JSON-RPC parse error rather than fastify's own error body.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser("*", { parseAs: "string" }, (_req, body, done) => done(null, body));
  app.setErrorHandler((err: Error & { statusCode?: number }, _req, reply) => sendError(reply, err));

  await app.register(fastifyWebsocket, { options: { maxPayload: maxBodyBytes } });
  app.route({
    method: "GET",
    url: "/websocket",
    // A plain GET (no Upgrade header) would otherwise get an empty 404.
    handler: (_req, reply) => sendJson(reply, 400, failure(null, new JsonRpcError(ErrorCode.invalidRequest, "websocket: the client is not using the websocket protocol (no Upgrade header)"))),
    wsHandler: (socket) => attachWebsocketSession(socket, ctx, hub),
  });
  app.post("/", (req, reply) => handlePost(req, reply, ctx));
  app.post("/*", (req, reply) => {
    const error = new JsonRpcError(ErrorCode.invalidRequest, `path ${req.url.split("?")[0]} is invalid`);
    return sendJson(reply, 404, failure(null, error));
  });
  app.get("/", (_req, reply) => reply.type("text/html").send(endpointListHtml()));
  app.get("/:method", (req, reply) => handleUri(req as FastifyRequest<{ Params: { method: string } }>, reply, ctx));

  await app.listen({ host, port });
  const bound = app.server.address();
  const address = typeof bound === "object" && bound !== null ? { host, port: bound.port } : { host, port };
  opts.logger.info({ laddr: `tcp://${host}:${address.port}` }, "RPC server listening");
  return {
    address,
    async close() {
      hub.close();
      await app.close();
    },
  };
}

function sendJson(reply: FastifyReply, status: number, body: unknown): FastifyReply {
  return reply.code(status).type("application/json").send(serializeJson(body));
}

function sendError(reply: FastifyReply, err: Error & { statusCode?: number }): FastifyReply {
  const status = err.statusCode ?? 500;
  const code = status === 413 || status === 400 ? ErrorCode.invalidRequest : ErrorCode.internal;
  const data = status === 413 ? "request body too large" : err.message;
  return sendJson(reply, status, failure(null, new JsonRpcError(code, data)));
}

async function handlePost(req: FastifyRequest, reply: FastifyReply, ctx: MethodContext): Promise<FastifyReply> {
  const body = typeof req.body === "string" ? req.body : "";
  if (body.trim() === "") {
    return sendJson(reply, 400, failure(null, new JsonRpcError(ErrorCode.invalidRequest, "no data in request body")));
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch (err) {
    const error = new JsonRpcError(ErrorCode.parse, `error unmarshaling request: ${(err as Error).message}`);
    // CometBFT sends no id when it could not read one.
    return sendJson(reply, 500, { jsonrpc: "2.0", error: error.toObject() });
  }
  const requests = Array.isArray(parsed) ? parsed : [parsed];
  const responses = [];
  for (const request of requests) {
    const response = await handleRequest(request, ctx);
    if (response !== undefined) responses.push(response);
  }
  if (responses.length === 0) return reply.code(200).send("");
  // CometBFT answers a batch of one with a bare object (http_server.go writeRPCResponseHTTP).
  return sendJson(reply, 200, responses.length === 1 ? responses[0] : responses);
}

/** GET form. Errors use HTTP 500 here, as CometBFT's URI handler does (see report). */
async function handleUri(
  req: FastifyRequest<{ Params: { method: string } }>,
  reply: FastifyReply,
  ctx: MethodContext,
): Promise<FastifyReply> {
  const method = findMethod(req.params.method);
  if (method === undefined) return sendJson(reply, 404, failure(-1, new JsonRpcError(ErrorCode.methodNotFound)));
  try {
    const args = decodeUriParams(method.params, req.query as Record<string, string | string[] | undefined>);
    return sendJson(reply, 200, success(-1, await invokeMethod(method, args, ctx)));
  } catch (err) {
    const error = err instanceof JsonRpcError ? err : new JsonRpcError(ErrorCode.internal, String(err));
    return sendJson(reply, 500, failure(-1, error));
  }
}

function endpointListHtml(): string {
  const links = Object.entries(rpcMethods)
    .map(([name, m]) => {
      const args = m.params.map((p) => `${p.name}=_`).join("&");
      return `<a href="//${name}${args ? "?" + args : ""}">//${name}${args ? "?" + args : ""}</a></br>`;
    })
    .join("\n");
  return `<html><body><br>Available endpoints:<br>\n${links}\n</body></html>`;
}
