/**
 * Minimal CometBFT JSON-RPC client for load generation: plain fetch (no CosmJS overhead in
 * the measured path), a bounded-concurrency driver, and a NewBlock websocket subscription.
 * All traffic goes to 127.0.0.1.
 */
import { Agent, request } from "node:http";
import WebSocket from "ws";

export class RpcError extends Error {
  override readonly name = "RpcError";
  constructor(
    readonly method: string,
    readonly detail: string,
  ) {
    super(`RPC ${method} failed: ${detail}`);
  }
}

let nextId = 1;

/**
 * node:http with keep-alive rather than fetch: on a 2-core machine undici's per-request cost
 * made the load generator, not the node, the bottleneck (the node profiled mostly idle).
 */
const agent = new Agent({ keepAlive: true, maxSockets: 512 });

function post(url: string, body: string): Promise<{ status: number; text: string }> {
  return send(url, "POST", body);
}

/** A GET on the same keep-alive agent (REST load), so REST and JSON-RPC are driven alike. */
export function httpGet(url: string): Promise<{ status: number; text: string }> {
  return send(url, "GET");
}

function send(url: string, method: "GET" | "POST", body?: string): Promise<{ status: number; text: string }> {
  const u = new URL(url);
  const headers = body === undefined ? {} : { "content-type": "application/json", "content-length": Buffer.byteLength(body) };
  return new Promise((resolve, reject) => {
    const req = request(
      { host: u.hostname, port: u.port, path: `${u.pathname || "/"}${u.search}`, method, agent, headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }));
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

export async function rpcCall<T = unknown>(url: string, method: string, params: Record<string, unknown> = {}): Promise<T> {
  const res = await post(url, JSON.stringify({ jsonrpc: "2.0", id: nextId++, method, params }));
  let body: { result?: T; error?: { message: string; data?: string } };
  try {
    body = JSON.parse(res.text) as typeof body;
  } catch {
    throw new RpcError(method, `HTTP ${res.status} with a body that is not JSON: ${res.text.slice(0, 200)}`);
  }
  if (body.error) throw new RpcError(method, `${body.error.message}${body.error.data ? `: ${body.error.data}` : ""}`);
  if (body.result === undefined) throw new RpcError(method, `HTTP ${res.status} with no result`);
  return body.result;
}

/** Closes idle keep-alive sockets so the process can exit. */
export function closeRpcConnections(): void {
  agent.destroy();
}

/**
 * Runs `task(i)` for i in [0, count) with at most `concurrency` in flight, in index order of
 * start. PERF: bounded by count; no queue beyond the index counter.
 */
export async function runBounded(count: number, concurrency: number, task: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      await task(i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
}

export interface NewBlockEvent {
  height: number;
  /** Base64 txs as in the block. */
  txs: string[];
  /** Local monotonic ms at arrival (see stats.nowMs). */
  arrivedMs: number;
}

export interface BlockSubscription {
  close(): void;
}

/** Subscribes to tm.event='NewBlock' on `<rpc>/websocket`; resolves once the subscription is acknowledged. */
export function subscribeNewBlocks(rpcUrl: string, onBlock: (b: NewBlockEvent) => void, now: () => number): Promise<BlockSubscription> {
  const ws = new WebSocket(`${rpcUrl.replace(/^http/, "ws")}/websocket`, { maxPayload: 256 * 1024 * 1024 });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("NewBlock subscription: no acknowledgement within 10 s")), 10_000);
    ws.on("error", (e) => {
      clearTimeout(timer);
      reject(new Error(`NewBlock subscription: websocket error ${e.message}`));
    });
    ws.on("open", () => ws.send(JSON.stringify({ jsonrpc: "2.0", id: "sub", method: "subscribe", params: { query: "tm.event='NewBlock'" } })));
    ws.on("message", (raw: WebSocket.RawData) => {
      const arrivedMs = now();
      const msg = JSON.parse(raw.toString()) as {
        id?: string;
        error?: { message: string };
        result?: { data?: { value?: { block?: { header: { height: string }; data: { txs: string[] | null } } } } };
      };
      if (msg.error) {
        clearTimeout(timer);
        reject(new Error(`NewBlock subscription refused: ${msg.error.message}`));
        return;
      }
      const block = msg.result?.data?.value?.block;
      if (!block) {
        clearTimeout(timer);
        resolve({ close: () => ws.close() });
        return;
      }
      onBlock({ height: Number(block.header.height), txs: block.data.txs ?? [], arrivedMs });
    });
  });
}

/** Waits until the node reports `minHeight` or `timeoutMs` passes. */
export async function waitForHeight(rpcUrl: string, minHeight: number, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let last = "no answer yet";
  while (Date.now() < deadline) {
    try {
      const s = await rpcCall<{ sync_info: { latest_block_height: string } }>(rpcUrl, "status");
      const h = Number(s.sync_info.latest_block_height);
      if (h >= minHeight) return h;
      last = `height ${h}`;
    } catch (e) {
      last = (e as Error).message;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`node at ${rpcUrl} did not reach height ${minHeight} within ${timeoutMs} ms (last: ${last})`);
}
