/**
 * Transport-level behaviour over raw HTTP and websocket: JSON-RPC error codes and HTTP statuses,
 * batches, positional params, GET URI calls, body limit, CORS, and websocket subscriptions seen
 * through the real CosmJS WebsocketClient.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pino from "pino";
import { Comet38Client, WebsocketClient } from "@cosmjs/tendermint-rpc";
import type { comet38 } from "@cosmjs/tendermint-rpc";
import { startRpcServer, type RpcServer } from "./server.ts";
import { MemoryBackend, fakeTx } from "./testing/memoryBackend.ts";
import { waitFor } from "../../test/support/waitFor.ts";

let backend: MemoryBackend;
let server: RpcServer;
let url: string;

beforeAll(async () => {
  backend = new MemoryBackend();
  server = await startRpcServer({
    backend,
    laddr: "tcp://127.0.0.1:0",
    logger: pino({ level: "silent" }),
    maxBodyBytes: 10_000,
    corsAllowedOrigins: ["https://wallet.example"],
    broadcastTxCommitTimeoutMs: 200,
  });
  url = `http://127.0.0.1:${server.address.port}`;
});

afterAll(async () => {
  await server.close();
});

async function post(body: string, path = "/"): Promise<{ status: number; json: any }> {
  const res = await fetch(url + path, { method: "POST", headers: { "content-type": "application/json" }, body });
  const text = await res.text();
  return { status: res.status, json: text === "" ? undefined : JSON.parse(text) };
}

const call = (method: string, params: unknown, id: unknown = 123456789012) =>
  post(JSON.stringify({ jsonrpc: "2.0", id, method, params }));

describe("JSON-RPC over HTTP POST", () => {
  it("echoes numeric and string ids unchanged", async () => {
    expect((await call("health", {}, 987654321098)).json).toEqual({ jsonrpc: "2.0", id: 987654321098, result: {} });
    expect((await call("health", {}, "abc")).json.id).toBe("abc");
  });

  it("bad JSON: -32700 with HTTP 500 and no id", async () => {
    const { status, json } = await post("{not json");
    expect(status).toBe(500);
    expect(json.error.code).toBe(-32700);
    expect(json.error.message).toBe("Parse error. Invalid JSON");
    expect(json).not.toHaveProperty("id");
  });

  it("unknown method: -32601 with HTTP 200; subscribe is not an HTTP method", async () => {
    for (const method of ["no_such_method", "subscribe"]) {
      const { status, json } = await call(method, {});
      expect(status).toBe(200);
      expect(json.error).toEqual({ code: -32601, message: "Method not found" });
    }
  });

  it("a bare-number height is rejected with -32602, like cmtjson", async () => {
    const { status, json } = await call("block", { height: 2 });
    expect(status).toBe(200);
    expect(json.error.code).toBe(-32602);
    expect(json.error.data).toBe('error converting json params to arguments: invalid 64-bit integer encoding "2", expected string');
  });

  it("bad base64 and bad hex are invalid params", async () => {
    expect((await call("broadcast_tx_sync", { tx: "not base64!" })).json.error.code).toBe(-32602);
    expect((await call("abci_query", { path: "/echo", data: "zz" })).json.error.code).toBe(-32602);
  });

  it("method errors are -32603 with the message in data, HTTP 200", async () => {
    const { status, json } = await call("block", { height: "99" });
    expect(status).toBe(200);
    expect(json.error).toEqual({
      code: -32603,
      message: "Internal error",
      data: "height 99 must be less than or equal to the current blockchain height 3",
    });
  });

  it("positional params follow CometBFT's order and count", async () => {
    const { json } = await call("blockchain", ["2", "3"]);
    expect(json.result.block_metas.map((m: any) => m.header.height)).toEqual(["3", "2"]);
    expect((await call("blockchain", ["2"])).json.error.code).toBe(-32602);
  });

  it("POST to another path is -32600", async () => {
    const { json } = await post(JSON.stringify({ jsonrpc: "2.0", id: 1, method: "health", params: {} }), "/x");
    expect(json.error.code).toBe(-32600);
    expect(json.error.data).toBe("path /x is invalid");
  });

  it("batch: array reply for several, bare object for one, notifications unanswered", async () => {
    const many = await post(JSON.stringify([
      { jsonrpc: "2.0", id: 1, method: "health", params: {} },
      { jsonrpc: "2.0", id: 2, method: "nope", params: {} },
      { jsonrpc: "2.0", method: "health", params: {} },
    ]));
    expect(many.json.map((r: any) => r.id)).toEqual([1, 2]);
    const one = await post(JSON.stringify([{ jsonrpc: "2.0", id: 7, method: "health", params: {} }]));
    expect(one.json).toEqual({ jsonrpc: "2.0", id: 7, result: {} });
  });

  it("bodies above max_body_bytes get HTTP 413", async () => {
    const { status, json } = await call("broadcast_tx_sync", { tx: "A".repeat(20_000) });
    expect(status).toBe(413);
    expect(json.error.code).toBe(-32600);
  });

  it("shapes: int64 as strings, int32 as numbers, hex upper, jsonpb emit-defaults", async () => {
    const { json } = await call("tx_search", { query: "tx.height=2" });
    const [ok, failed] = json.result.txs;
    expect(json.result.total_count).toBe("2");
    expect(ok.height).toBe("2");
    expect(ok.index).toBe(0);
    expect(ok.hash).toMatch(/^[0-9A-F]{64}$/);
    expect(failed.tx_result).toEqual({
      code: 5, data: null, log: "insufficient funds", info: "", gas_wanted: "200000", gas_used: "51234", events: [], codespace: "sdk",
    });
    const query = (await call("abci_query", { path: "/nope", data: "" })).json.result.response;
    expect(query).toMatchObject({ key: null, value: null, proofOps: null, index: "0", height: "3", code: 6 });
  });

  it("broadcast_tx_commit times out with CometBFT's message", async () => {
    const { json } = await call("broadcast_tx_commit", { tx: Buffer.from(fakeTx(77)).toString("base64") });
    expect(json.error.data).toBe("timed out waiting for tx to be included in a block");
  });

  it("genesis is served verbatim (big numbers intact)", async () => {
    const res = await fetch(url, { method: "POST", body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "genesis", params: {} }) });
    expect(await res.text()).toContain('"amount": 123456789012345678901234567890');
    const chunk = (await call("genesis_chunked", { chunk: "0" })).json.result;
    expect(chunk.total).toBe("1");
    expect(Buffer.from(chunk.data, "base64").toString()).toContain("tributary-test-1");
    expect((await call("genesis_chunked", { chunk: "1" })).json.error.data).toBe("there are 0 chunks, 1 is invalid");
  });
});

describe("GET URI form", () => {
  it("takes bare ints, quoted strings and 0x bytes", async () => {
    const block: any = await (await fetch(`${url}/block?height=2`)).json();
    expect(block.result.block.header.height).toBe("2");
    const query: any = await (await fetch(`${url}/abci_query?path=%22/echo%22&data=0xDEAD`)).json();
    expect(query.result.response.value).toBe(Buffer.from([0xde, 0xad]).toString("base64"));
  });

  it("reports errors as JSON-RPC errors", async () => {
    const res = await fetch(`${url}/block?height=99`);
    expect(((await res.json()) as any).error.data).toContain("must be less than or equal");
    const bad: any = await (await fetch(`${url}/abci_query?path=unquoted`)).json();
    expect(bad.error.code).toBe(-32602);
  });
});

describe("CORS", () => {
  it("answers the preflight for allowed origins only", async () => {
    const allowed = await fetch(url, { method: "OPTIONS", headers: { origin: "https://wallet.example", "access-control-request-method": "POST" } });
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get("access-control-allow-origin")).toBe("https://wallet.example");
    const other = await fetch(url + "/health", { headers: { origin: "https://evil.example" } });
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("websocket", () => {
  it("serves calls and pushes Tx events to CosmJS subscribeTx", async () => {
    const ws = new WebsocketClient(`ws://127.0.0.1:${server.address.port}`);
    const client = Comet38Client.create(ws);
    expect((await client.status()).syncInfo.latestBlockHeight).toBeGreaterThanOrEqual(3);

    const received: comet38.TxEvent[] = [];
    const done = new Promise<void>((resolve, reject) => {
      client.subscribeTx("message.sender='trib1sender' AND tx.height >= 4").subscribe({
        next: (event) => {
          received.push(event);
          resolve();
        },
        error: reject,
      });
    });
    // Subscribe requests are registered as they arrive, in order: a later call on the same socket answered means it is in place.
    await client.status();
    const tx = fakeTx(90);
    const unrelated = fakeTx(91);
    const added = backend.addBlock([unrelated, tx], [backend.txs[1]!.result, backend.txs[0]!.result]);
    backend.events.emit("NewBlock", added.block, added.results);
    for (const indexed of added.indexed) backend.events.emit("Tx", indexed);
    await done;
    expect(received).toHaveLength(1);
    expect(received[0]!.tx).toEqual(tx);
    expect(received[0]!.height).toBe(Number(added.block.block.header.height));
    expect(received[0]!.result.events[0]!.type).toBe("message");
    client.disconnect();
  });

  it("acknowledges subscribe with {} and rejects duplicate and over-long queries", async () => {
    const { WebSocket } = await import("ws");
    const socket = new WebSocket(`ws://127.0.0.1:${server.address.port}/websocket`);
    await new Promise((r) => socket.once("open", r));
    const replies: any[] = [];
    socket.on("message", (d) => replies.push(JSON.parse(d.toString())));
    const send = (id: number, method: string, params: unknown) => socket.send(JSON.stringify({ jsonrpc: "2.0", id, method, params }));
    send(1, "subscribe", { query: "tm.event='NewBlock'" });
    send(2, "subscribe", { query: "tm.event='NewBlock'" });
    send(3, "subscribe", { query: `tm.event='${"x".repeat(600)}'` });
    send(4, "unsubscribe_all", {});
    send(5, "subscribe", { query: "tm.event = " });
    send(6, "unsubscribe", { query: "tm.event='NewBlock'" });
    await waitFor("six replies", () => replies.length >= 6, 10_000, 5);
    socket.close();
    const byId = Object.fromEntries(replies.map((r) => [r.id, r]));
    expect(byId[1].result).toEqual({});
    expect(byId[2].error.data).toBe("already subscribed");
    expect(byId[3].error.data).toBe("maximum query length exceeded");
    expect(byId[4].result).toEqual({});
    expect(byId[5].error.data).toMatch(/^failed to parse query: /);
    expect(byId[6].error.data).toBe("subscription not found");
  });
});
