/**
 * The RPC server's HTTP routes on plain node:http, as CometBFT v0.38 answers them:
 * POST `/` JSON-RPC (single or batch), GET `/<method>?arg=…` URI calls, GET `/` the endpoint
 * list, GET `/websocket` without an Upgrade header a JSON-RPC error (with one, server.ts hands
 * the socket to the websocket server), CORS for configured origins. Per-method errors are
 * HTTP 200 on POST and HTTP 500 on GET, as in CometBFT.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { parse as parseQuery } from "node:querystring";
import { CorsPolicy } from "./cors.ts";
import { answerBroadcastFast } from "./httpBroadcast.ts";
import { CONNECTION_CLOSE, HTML_TYPE, TEXT_TYPE, type HeaderList, sendEmpty, sendJsonText, sendText, withConnectionClose } from "./httpReply.ts";
import { ErrorCode, JsonRpcError, failure, success } from "./jsonrpc.ts";
import { findMethod, handleRequest, invokeMethod, rpcMethods, serializeJson } from "./methods.ts";
import type { MethodContext } from "./methodTypes.ts";
import { decodeUriParams } from "./params.ts";

export interface HttpRouterOptions {
  /** CometBFT max_body_bytes: larger bodies get HTTP 413 and the connection is closed. */
  maxBodyBytes: number;
  cors: CorsPolicy;
}

/** One request's body being read; the listeners below are shared, so reading allocates no closures. */
interface BodyState {
  router: HttpRouter;
  limit: number;
  res: ServerResponse;
  cors: HeaderList | undefined;
  chunks: Buffer[];
  size: number;
}

const BODY = Symbol("rpcBody");
type BodyRequest = IncomingMessage & { [BODY]?: BodyState };

export class HttpRouter {
  /** Set by close(): requests still arriving on kept-alive connections get 503. */
  closing = false;
  private readonly endpointList: string;

  constructor(
    readonly ctx: MethodContext,
    private readonly opts: HttpRouterOptions,
  ) {
    this.endpointList = endpointListHtml();
  }

  /** The node:http request listener; a throw here would take the node down, so none escapes. */
  readonly listener = (req: IncomingMessage, res: ServerResponse): void => {
    try {
      this.route(req, res);
    } catch (err) {
      this.ctx.logger.error({ err }, "RPC HTTP request failed unexpectedly");
      sendInternalError(res, err, undefined);
    }
  };

  /** PERF: constant work before the body is read. */
  private route(req: IncomingMessage, res: ServerResponse): void {
    if (this.closing) return sendJsonText(res, 503, SERVICE_UNAVAILABLE, CONNECTION_CLOSE);
    const cors = this.opts.cors.headersFor(req.headers.origin);
    const method = req.method;
    if (method === "OPTIONS" && cors !== undefined) return sendEmpty(res, 204, CorsPolicy.preflight(cors));
    const url = req.url ?? "/";
    const q = url.indexOf("?");
    const path = q === -1 ? url : url.slice(0, q);
    if (method === "POST") {
      if (path === "/") return this.readBody(req, res, cors);
      const error = new JsonRpcError(ErrorCode.invalidRequest, `path ${path} is invalid`);
      return sendJsonText(res, 404, serializeJson(failure(null, error)), cors);
    }
    if (method === "GET" || method === "HEAD") {
      if (path === "/") return sendText(res, 200, HTML_TYPE, this.endpointList, cors);
      const name = singleSegment(path);
      if (name === "websocket") return sendJsonText(res, 400, NOT_WEBSOCKET, cors);
      if (name !== undefined) return void this.answerUri(name, q === -1 ? "" : url.slice(q + 1), res, cors);
    }
    sendJsonText(res, 404, routeNotFound(method ?? "", url), cors);
  }

  private readBody(req: BodyRequest, res: ServerResponse, cors: HeaderList | undefined): void {
    const declared = Number(req.headers["content-length"] ?? 0);
    if (declared > this.opts.maxBodyBytes) return sendJsonText(res, 413, BODY_TOO_LARGE, withConnectionClose(cors));
    req[BODY] = { router: this, limit: this.opts.maxBodyBytes, res, cors, chunks: [], size: 0 };
    req.on("data", onBodyData);
    req.on("end", onBodyEnd);
  }

  /** Answers a POST body; never throws (an unexpected failure becomes a 500 JSON-RPC error). */
  async answerPost(text: string, res: ServerResponse, cors: HeaderList | undefined): Promise<void> {
    try {
      const reply = await this.postReply(text);
      if (reply.body === "") sendText(res, reply.status, TEXT_TYPE, "", cors);
      else sendJsonText(res, reply.status, reply.body, cors);
    } catch (err) {
      this.ctx.logger.error({ err }, "RPC HTTP request failed unexpectedly");
      sendInternalError(res, err, cors);
    }
  }

  private async postReply(text: string): Promise<{ status: number; body: string }> {
    if (text.trim() === "") return { status: 400, body: NO_DATA };
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (err) {
      const error = new JsonRpcError(ErrorCode.parse, `error unmarshaling request: ${(err as Error).message}`);
      // CometBFT sends no id when it could not read one.
      return { status: 500, body: serializeJson({ jsonrpc: "2.0", error: error.toObject() }) };
    }
    const fast = answerBroadcastFast(parsed, this.ctx);
    if (fast !== undefined) return { status: 200, body: await fast };
    const requests = Array.isArray(parsed) ? parsed : [parsed];
    const responses = [];
    for (const request of requests) {
      const response = await handleRequest(request, this.ctx);
      if (response !== undefined) responses.push(response);
    }
    if (responses.length === 0) return { status: 200, body: "" };
    // CometBFT answers a batch of one with a bare object (http_server.go writeRPCResponseHTTP).
    return { status: 200, body: serializeJson(responses.length === 1 ? responses[0] : responses) };
  }

  /** GET form. Errors use HTTP 500 here, as CometBFT's URI handler does. */
  private async answerUri(name: string, query: string, res: ServerResponse, cors: HeaderList | undefined): Promise<void> {
    const method = findMethod(name);
    if (method === undefined) return sendJsonText(res, 404, serializeJson(failure(-1, new JsonRpcError(ErrorCode.methodNotFound))), cors);
    try {
      const args = decodeUriParams(method.params, parseQuery(query));
      sendJsonText(res, 200, serializeJson(success(-1, await invokeMethod(method, args, this.ctx))), cors);
    } catch (err) {
      const error = err instanceof JsonRpcError ? err : new JsonRpcError(ErrorCode.internal, String(err));
      sendJsonText(res, 500, serializeJson(failure(-1, error)), cors);
    }
  }
}

/** PERF: grows with the body's size (chunks kept, one concat when there are several). */
function onBodyData(this: BodyRequest, chunk: Buffer): void {
  const state = this[BODY];
  if (state === undefined) return;
  state.size += chunk.length;
  if (state.size > state.limit) {
    // Chunked bodies have no length up front: stop reading, answer, and close the connection.
    this[BODY] = undefined;
    sendJsonText(state.res, 413, BODY_TOO_LARGE, withConnectionClose(state.cors));
    return;
  }
  state.chunks.push(chunk);
}

function onBodyEnd(this: BodyRequest): void {
  const state = this[BODY];
  if (state === undefined) return;
  this[BODY] = undefined;
  const { chunks } = state;
  const text = chunks.length === 1 ? chunks[0]!.toString("utf8") : Buffer.concat(chunks, state.size).toString("utf8");
  void state.router.answerPost(text, state.res, state.cors);
}

/** 500 with the error's message as -32603 data, unless a response is already under way. */
function sendInternalError(res: ServerResponse, err: unknown, cors: HeaderList | undefined): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const message = err instanceof Error ? err.message : String(err);
  sendJsonText(res, 500, serializeJson(failure(null, new JsonRpcError(ErrorCode.internal, message))), cors);
}

/** "/name" (decoded) for a one-segment path, else undefined. */
function singleSegment(path: string): string | undefined {
  if (path.length < 2 || path.indexOf("/", 1) !== -1) return undefined;
  const raw = path.slice(1);
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

const errorText = (code: number, data: string) => serializeJson(failure(null, new JsonRpcError(code, data)));
const NO_DATA = errorText(ErrorCode.invalidRequest, "no data in request body");
const BODY_TOO_LARGE = errorText(ErrorCode.invalidRequest, "request body too large");
const NOT_WEBSOCKET = errorText(ErrorCode.invalidRequest, "websocket: the client is not using the websocket protocol (no Upgrade header)");
const SERVICE_UNAVAILABLE = JSON.stringify({ error: "Service Unavailable", message: "Service Unavailable", statusCode: 503 });

/** The body fastify gave unknown routes, kept so clients see the same 404. */
function routeNotFound(method: string, url: string): string {
  return JSON.stringify({ message: `Route ${method}:${url} not found`, error: "Not Found", statusCode: 404 });
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
