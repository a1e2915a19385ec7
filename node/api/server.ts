/**
 * The REST API listener (config `api.address`, flag `--api.address`, default
 * tcp://127.0.0.1:1317; "" = off): the Cosmos SDK gRPC-gateway routes, answered from the app's
 * ABCI query path (the same one `abci_query` serves) and, for the node's own services
 * (cosmos.base.tendermint, cosmos.tx broadcast and lookup), from the node when it has one.
 *
 * - `x-cosmos-block-height: <h>` on a request reads state at that height; every query answer
 *   carries `grpc-metadata-x-cosmos-block-height`, the height it was read at (as the SDK does).
 * - Errors are the gateway's `{"code", "message", "details": []}` (see errors.ts).
 * - CORS: off by default; `api.enabled_unsafe_cors` answers any origin (the SDK's flag).
 */
import Fastify, { type FastifyReply, type FastifyRequest } from "fastify";
import type { Logger } from "pino";
import type { AbciApp } from "../../chain/abci.ts";
import type { RpcBackend } from "../rpc/backend.ts";
import { ApiError, GrpcCode, fromAbciQuery } from "./errors.ts";
import { registerDashboard } from "./dashboard.ts";
import { type Broadcaster, nodeBroadcaster } from "./broadcast.ts";
import { NODE_ROUTES, type NodeRoute } from "./nodeRoutes.ts";
import { type BlockSource, soloBlockSource } from "./blockSource.ts";
import { type Fields, bodyFields, nestFields } from "./request.ts";
import { QUERY_ROUTES, type QueryRoute } from "./routes.ts";

export const DEFAULT_API_ADDRESS = "tcp://127.0.0.1:1317";
const HEIGHT_HEADER = "x-cosmos-block-height";

export interface ApiServerOptions {
  /** "tcp://host:port" (port 0 picks a free one). */
  address: string;
  app: AbciApp;
  /** The node's block store, mempool and tx index (solo). */
  node?: RpcBackend;
  /** Where block and tx lookups read (default: `node`'s stores; under cometbft: CometBFT's RPC); neither: 501. */
  blocks?: BlockSource;
  /** Where broadcasts go (default: the node's mempool; under cometbft: CometBFT's RPC); neither: 501. */
  broadcast?: Broadcaster;
  logger: Logger;
  /** Access-Control-Allow-Origin: * on every answer (and preflights answered). */
  enableUnsafeCors?: boolean;
  maxBodyBytes?: number;
}

export interface ApiServer {
  /** "http://host:port" */
  url: string;
  close(): Promise<void>;
}

export function parseApiAddress(address: string): { host: string; port: number } {
  const m = /^(?:tcp|http):\/\/([^:/\s]+):([0-9]{1,5})$/.exec(address);
  if (!m || Number(m[2]) > 65535) throw new Error(`invalid api address ${JSON.stringify(address)}: expected tcp://host:port`);
  return { host: m[1]!, port: Number(m[2]) };
}

/** "/a/{b}/c" → "/a/:b/c" (fastify's syntax). */
function fastifyPath(path: string): string {
  return path.replace(/\{([a-z_]+)\}/g, ":$1");
}

function requestHeight(req: FastifyRequest): bigint {
  const raw = req.headers[HEIGHT_HEADER];
  if (raw === undefined) return 0n;
  const s = Array.isArray(raw) ? raw[0] : raw;
  if (s === undefined) return 0n;
  if (!/^[0-9]{1,19}$/.test(s)) throw new ApiError(GrpcCode.invalidArgument, `invalid ${HEIGHT_HEADER} header ${JSON.stringify(s)}: expected a non-negative integer`);
  return BigInt(s);
}

/** Path params, then the query string, then (POST) the JSON body: the request's fields. */
function requestFields(req: FastifyRequest, camel: boolean, repeated: readonly string[] = []): Fields {
  const flat = { ...((req.query ?? {}) as Record<string, string | string[]>), ...((req.params ?? {}) as Record<string, string>) };
  const fields = nestFields(flat, camel, repeated);
  if (req.method !== "POST") return fields;
  const body = bodyFields(req.body);
  return { ...((camel ? camelDeep(body) : body) as Fields), ...fields };
}

function camelDeep(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(camelDeep);
  if (v === null || typeof v !== "object") return v;
  return Object.fromEntries(Object.entries(v as Fields).map(([k, x]) => [k.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase()), camelDeep(x)]));
}

async function runQuery(opts: ApiServerOptions, route: QueryRoute, req: FastifyRequest, reply: FastifyReply): Promise<unknown> {
  const data = route.codec.encode(requestFields(req, route.codec.camel));
  const res = await opts.app.query({ path: route.method, data, height: requestHeight(req), prove: false });
  if (res.code !== 0) throw fromAbciQuery(res.codespace, res.code, res.log);
  reply.header(`grpc-metadata-${HEIGHT_HEADER}`, res.height.toString());
  return route.codec.toJson(res.value);
}

async function runNode(opts: ApiServerOptions, route: NodeRoute, req: FastifyRequest): Promise<unknown> {
  const broadcast: Broadcaster =
    opts.broadcast ??
    (opts.node
      ? nodeBroadcaster(opts.node)
      : () => Promise.reject(new ApiError(GrpcCode.unimplemented, "this listener has no mempool to broadcast to")));
  return route.run({ node: opts.blocks ?? (opts.node && soloBlockSource(opts.node)), app: opts.app, broadcast }, requestFields(req, false, route.repeated));
}

function sendError(reply: FastifyReply, err: ApiError): FastifyReply {
  return reply.code(err.httpStatus).type("application/json").send(JSON.stringify(err.toJSON()));
}

export async function startApiServer(opts: ApiServerOptions): Promise<ApiServer> {
  const { host, port } = parseApiAddress(opts.address);
  const app = Fastify({ logger: false, bodyLimit: opts.maxBodyBytes ?? 1_000_000 });
  // The gateway reads the body as JSON whatever its content type (`curl -d` sends form encoding).
  app.addContentTypeParser("*", { parseAs: "string" }, (_req, body, done) => {
    try {
      done(null, body === "" ? undefined : JSON.parse(body as string));
    } catch (e) {
      done(new ApiError(GrpcCode.invalidArgument, `request body is not JSON: ${(e as Error).message}`), undefined);
    }
  });
  if (opts.enableUnsafeCors) {
    app.addHook("onRequest", async (req, reply) => {
      reply.header("access-control-allow-origin", "*");
      reply.header("access-control-expose-headers", `grpc-metadata-${HEIGHT_HEADER}`);
      if (req.method === "OPTIONS") {
        reply.header("access-control-allow-methods", "GET, POST, OPTIONS");
        reply.header("access-control-allow-headers", `content-type, ${HEIGHT_HEADER}`);
        return reply.code(204).send();
      }
    });
  }
  app.setErrorHandler((err: Error & { statusCode?: number }, _req, reply) => {
    if (err instanceof ApiError) return sendError(reply, err);
    if (err.statusCode !== undefined && err.statusCode < 500) return sendError(reply, new ApiError(GrpcCode.invalidArgument, err.message));
    opts.logger.error({ err: err.message }, "api server error");
    return sendError(reply, new ApiError(GrpcCode.internal, err.message));
  });
  // The gateway's answer for a path no service declares.
  app.setNotFoundHandler((_req, reply) => sendError(reply, new ApiError(GrpcCode.notFound, "Not Found")));

  for (const route of QUERY_ROUTES) {
    app.route({ method: route.http, url: fastifyPath(route.path), handler: (req, reply) => runQuery(opts, route, req, reply) });
  }
  for (const route of NODE_ROUTES) {
    app.route({ method: route.http, url: fastifyPath(route.path), handler: (req) => runNode(opts, route, req) });
  }
  // The browser dashboard at `/` (single-segment paths only: every REST route is deeper).
  registerDashboard(app);

  await app.listen({ host, port });
  const bound = app.server.address();
  const url = `http://${host}:${typeof bound === "object" && bound !== null ? bound.port : port}`;
  opts.logger.info({ url }, "REST API listening");
  return { url, close: () => app.close() };
}
