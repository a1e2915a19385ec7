/**
 * The HTTP transport itself (node/rpc/httpRouter.ts on node:http): keep-alive reuse, bodies in
 * several chunks, body limits with and without a Content-Length, unknown routes and methods,
 * HEAD, CORS on ordinary responses, upgrades off /websocket, and close() with idle connections.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, request, type IncomingHttpHeaders } from "node:http";
import pino from "pino";
import { WebSocket } from "ws";
import { startRpcServer, type RpcServer } from "./server.ts";
import { MemoryBackend, fakeTx } from "./testing/memoryBackend.ts";

let backend: MemoryBackend;
let server: RpcServer;
let port: number;

beforeAll(async () => {
  backend = new MemoryBackend();
  server = await startRpcServer({
    backend,
    laddr: "tcp://127.0.0.1:0",
    logger: pino({ level: "silent" }),
    maxBodyBytes: 2_000,
    corsAllowedOrigins: ["https://wallet.example"],
  });
  port = server.address.port;
});

afterAll(async () => {
  await server.close();
});

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  socket: unknown;
}

/** One request; `body` as an array is written chunk by chunk (chunked transfer encoding). */
function send(opts: { method: string; path?: string; body?: string | string[]; headers?: Record<string, string>; agent?: Agent; p?: number }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port: opts.p ?? port, method: opts.method, path: opts.path ?? "/", headers: opts.headers, agent: opts.agent ?? false }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (text += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text, socket: res.socket }));
    });
    req.on("error", reject);
    if (Array.isArray(opts.body)) {
      for (const chunk of opts.body) req.write(chunk);
      req.end();
    } else req.end(opts.body);
  });
}

const rpc = (id: number, method: string, params: unknown = {}) => JSON.stringify({ jsonrpc: "2.0", id, method, params });

describe("RPC HTTP transport", () => {
  it("answers many requests over one kept-alive connection", async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const replies = await Promise.all(Array.from({ length: 30 }, (_, i) => send({ method: "POST", body: rpc(i, "health"), agent })));
    agent.destroy();
    expect(replies.map((r) => JSON.parse(r.text).id)).toEqual(Array.from({ length: 30 }, (_, i) => i));
    expect(new Set(replies.map((r) => r.socket)).size).toBe(1);
    expect(replies[0]!.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(replies[0]!.headers["keep-alive"]).toBe("timeout=72");
  });

  it("reads a body that arrives in several chunks", async () => {
    const tx = Buffer.from(fakeTx(61)).toString("base64");
    const body = rpc(5, "broadcast_tx_sync", { tx });
    const reply = await send({ method: "POST", body: [body.slice(0, 10), body.slice(10, 40), body.slice(40)] });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.text)).toMatchObject({ id: 5, result: { code: 0 } });
    expect(backend.mempool.some((t) => Buffer.from(t).toString("base64") === tx)).toBe(true);
  });

  it("413 for an over-long body, declared or chunked, and the connection is closed", async () => {
    const big = rpc(1, "broadcast_tx_sync", { tx: "A".repeat(4_000) });
    const declared = await send({ method: "POST", body: big });
    const chunked = await send({ method: "POST", body: [big.slice(0, 1_500), big.slice(1_500)] });
    for (const reply of [declared, chunked]) {
      expect(reply.status).toBe(413);
      expect(reply.headers.connection).toBe("close");
      expect(JSON.parse(reply.text).error).toEqual({ code: -32600, message: "Invalid Request", data: "request body too large" });
    }
    expect((await send({ method: "POST", body: rpc(2, "health") })).status).toBe(200);
  });

  it("unknown routes and methods get fastify's 404 body; HEAD gets headers only", async () => {
    const put = await send({ method: "PUT", path: "/health" });
    expect(put.status).toBe(404);
    expect(JSON.parse(put.text)).toEqual({ message: "Route PUT:/health not found", error: "Not Found", statusCode: 404 });
    expect((await send({ method: "GET", path: "/a/b" })).status).toBe(404);
    const head = await send({ method: "HEAD", path: "/health" });
    expect(head.status).toBe(200);
    expect(head.text).toBe("");
    expect(head.headers["content-length"]).toBe(String('{"jsonrpc":"2.0","id":-1,"result":{}}'.length));
  });

  it("GET URI calls decode percent-escapes in the method name and the query", async () => {
    const reply = await send({ method: "GET", path: "/abci%5Fquery?path=%22%2Fecho%22&data=0xBEEF" });
    expect(JSON.parse(reply.text).result.response.value).toBe(Buffer.from([0xbe, 0xef]).toString("base64"));
  });

  it("CORS headers on ordinary responses for allowed origins only", async () => {
    const allowed = await send({ method: "POST", body: rpc(1, "health"), headers: { origin: "https://wallet.example" } });
    expect(allowed.headers["access-control-allow-origin"]).toBe("https://wallet.example");
    expect(allowed.headers.vary).toBe("Origin");
    const other = await send({ method: "POST", body: rpc(1, "health"), headers: { origin: "https://evil.example" } });
    expect(other.headers["access-control-allow-origin"]).toBeUndefined();
    const preflight = await send({ method: "OPTIONS", headers: { origin: "https://evil.example" } });
    expect(preflight.status).toBe(404);
  });

  it("refuses websocket upgrades on paths other than /websocket", async () => {
    const socket = new WebSocket(`ws://127.0.0.1:${port}/elsewhere`);
    socket.on("error", () => undefined);
    const status = await new Promise<number>((resolve) =>
      socket.once("unexpected-response", (req, res) => {
        resolve(res.statusCode ?? 0);
        req.destroy();
      }),
    );
    expect(status).toBe(404);
  });

  it("close() returns with an idle kept-alive connection and a websocket open", async () => {
    const own = await startRpcServer({ backend, laddr: "tcp://127.0.0.1:0", logger: pino({ level: "silent" }) });
    const agent = new Agent({ keepAlive: true });
    expect((await send({ method: "POST", body: rpc(1, "health"), agent, p: own.address.port })).status).toBe(200);
    const ws = new WebSocket(`ws://127.0.0.1:${own.address.port}/websocket`);
    await new Promise((resolve) => ws.once("open", resolve));
    const wsClosed = new Promise((resolve) => ws.once("close", resolve));
    await own.close();
    await wsClosed;
    await expect(send({ method: "POST", body: rpc(2, "health"), p: own.address.port })).rejects.toThrow(/ECONNREFUSED/);
    agent.destroy();
  });
});
