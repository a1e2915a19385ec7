/**
 * The CometBFT v0.38-compatible RPC server: JSON-RPC over HTTP POST `/` (single or batch),
 * GET `/<method>?arg=…` URI calls, and JSON-RPC over the `/websocket` socket with event
 * subscriptions. Transport details follow CometBFT v0.38 (HTTP 200 for per-method errors).
 * Plain node:http (routes in httpRouter.ts) rather than a framework: broadcast_tx_sync under
 * load is the node's hottest request, and fastify's pipeline cost more CPU per request than
 * the routing it did for these few routes.
 */
import { createServer, type IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import type { Logger } from "pino";
import { WebSocketServer } from "ws";
import type { RpcBackend } from "./backend.ts";
import { CorsPolicy } from "./cors.ts";
import { HttpRouter } from "./httpRouter.ts";
import type { MethodContext } from "./methodTypes.ts";
import { SubscriptionHub, type QueryMatcher } from "./subscriptions.ts";
import { attachWebsocketSession } from "./websocket.ts";
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

/** Idle keep-alive connections are kept this long (what the server had under fastify). */
const KEEP_ALIVE_TIMEOUT_MS = 72_000;

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
  const router = new HttpRouter(ctx, { maxBodyBytes, cors: new CorsPolicy({ allowedOrigins: opts.corsAllowedOrigins ?? [] }) });
  // No request timeout: broadcast_tx_commit legitimately waits for a block.
  const server = createServer({ requestTimeout: 0 }, router.listener);
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  server.maxConnections = opts.maxOpenConnections ?? 900;

  const wss = new WebSocketServer({ noServer: true, maxPayload: maxBodyBytes });
  server.on("upgrade", (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (pathOf(req.url) !== "/websocket" || router.closing) return refuseUpgrade(socket);
    wss.handleUpgrade(req, socket, head, (ws) => attachWebsocketSession(ws, ctx, hub));
  });

  await listen(server, host, port);
  const bound = server.address();
  const address = typeof bound === "object" && bound !== null ? { host, port: bound.port } : { host, port };
  opts.logger.info({ laddr: `tcp://${host}:${address.port}` }, "RPC server listening");
  return {
    address,
    async close() {
      router.closing = true;
      hub.close();
      for (const client of wss.clients) client.close();
      wss.close();
      // server.close also drops idle keep-alive connections; in-flight requests finish first.
      await new Promise<void>((resolve, reject) => server.close((err) => (err === undefined ? resolve() : reject(err))));
    },
  };
}

function listen(server: ReturnType<typeof createServer>, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
}

function pathOf(url: string | undefined): string {
  const u = url ?? "/";
  const q = u.indexOf("?");
  return q === -1 ? u : u.slice(0, q);
}

/** Upgrades are served on /websocket only (CometBFT); anything else is refused and closed. */
function refuseUpgrade(socket: Duplex): void {
  socket.on("error", () => socket.destroy());
  socket.end("HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
}
