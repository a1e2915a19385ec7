/**
 * The node's HTTP doors on a real node process (`tributary start`, test/processNode.ts):
 * JSON-RPC over POST and GET URI, the REST gateway, and websocket subscriptions. Properties:
 * the process stays up and logs no error (an uncaught failure inside a handler is logged at
 * error level); REST refusals are 4xx with a JSON {code, message}, never 5xx but 503; JSON-RPC
 * answers are JSON-RPC envelopes (HTTP 500 only with a JSON-RPC error body, as CometBFT's own
 * server answers parse errors and URI errors); the chain still produces blocks at the end.
 */
import { rmSync } from "node:fs";
import { toBase64 } from "@cosmjs/encoding";
import WebSocket from "ws";
import { TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { DEV_ACCOUNTS, DEV_VALIDATOR } from "../../../node/cli/devAccounts.ts";
import { addressBytes, valoperString } from "../../../chain/address.ts";
import { type ProcessNode, spawnNode, waitFor } from "../../processNode.ts";
import { makeTestHome } from "../../testNode.ts";
import { loadNodeConfig, writeNodeConfig } from "../../../node/config.ts";
import type { CaseResult } from "../report.ts";
import type { Rng } from "../../support/rng.ts";
import type { Target } from "../runner.ts";
import { bodyBytes } from "../txBuild.ts";
import { type HttpRequest, restCall, rpcGet, rpcPost, wsFrame } from "./httpCases.ts";

const TIMEOUT_MS = 20_000;

interface Answer {
  status: number;
  text: string;
}

async function send(base: string, r: HttpRequest): Promise<Answer> {
  const res = await fetch(base + r.path, { method: r.method, body: r.body, headers: r.body !== undefined ? { "content-type": "application/json" } : {}, signal: AbortSignal.timeout(TIMEOUT_MS) });
  return { status: res.status, text: await res.text() };
}

function parse(text: string): any {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The first broken property of a JSON-RPC answer. */
function rpcFailure(a: Answer): string | undefined {
  if (a.status === 200 && a.text === "") return undefined; // notifications only: nothing to answer
  const body = parse(a.text);
  const envelopes = Array.isArray(body) ? body : [body];
  if (body === undefined || envelopes.some((e) => typeof e !== "object" || e === null || (!("result" in e) && !("error" in e)))) return `HTTP ${a.status} without a JSON-RPC envelope: ${a.text.slice(0, 200)}`;
  if (a.status >= 500 && a.status !== 503 && !envelopes.every((e) => e.error && typeof e.error.code === "number")) return `HTTP ${a.status} without a JSON-RPC error`;
  return undefined;
}

function restFailure(a: Answer): string | undefined {
  if (a.status >= 500 && a.status !== 503) return `HTTP ${a.status}: ${a.text.slice(0, 300)}`;
  if (a.status >= 400) {
    const body = parse(a.text);
    if (!body || typeof body.message !== "string" || body.code === undefined) return `HTTP ${a.status} without a JSON {code, message}: ${a.text.slice(0, 200)}`;
  }
  return undefined;
}

class WsSession {
  private ws?: WebSocket;
  constructor(private readonly url: string) {}

  private async open(): Promise<WebSocket> {
    if (this.ws && this.ws.readyState === WebSocket.OPEN) return this.ws;
    const ws = new WebSocket(this.url);
    await new Promise<void>((resolve, reject) => (ws.once("open", () => resolve()), ws.once("error", reject)));
    this.ws = ws;
    return ws;
  }

  /** The first frame the node answers with, or "closed" when it closes the connection. */
  async exchange(text: string): Promise<{ frame?: string; closed?: number }> {
    const ws = await this.open();
    return new Promise((resolve) => {
      const timer = setTimeout(() => (cleanup(), resolve({ frame: undefined })), 5_000);
      const onMessage = (d: WebSocket.RawData) => (cleanup(), resolve({ frame: d.toString() }));
      const onClose = (code: number) => (cleanup(), resolve({ closed: code }));
      const cleanup = () => (clearTimeout(timer), ws.off("message", onMessage), ws.off("close", onClose));
      ws.on("message", onMessage);
      ws.on("close", onClose);
      ws.send(text);
    });
  }

  close(): void {
    this.ws?.terminate();
  }
}

async function height(rpc: string): Promise<bigint> {
  const a = await send(rpc, { method: "GET", path: "/status", label: "" });
  return BigInt(parse(a.text).result.sync_info.latest_block_height);
}

export const httpTarget: Target = {
  name: "http",
  async open() {
    const home = makeTestHome({ bondValidator: true });
    // The "node started" line (info) carries the listener URLs.
    const config = loadNodeConfig(home);
    config.log_level = "info";
    writeNodeConfig(home, config);
    const node: ProcessNode = await spawnNode(["--home", home, "--api.address", "tcp://127.0.0.1:0", "--grpc.address", "", "--metrics.address", "", "--storage.address", ""]);
    const started = node.lines.find((l) => l.msg === "node started")!;
    const rpc = node.rpcUrl.replace(/\/$/, "");
    const api = String(started.api).replace(/\/$/, "");
    const ws = new WsSession(rpc.replace(/^http/, "ws") + "/websocket");
    const txB64 = toBase64(TxRaw.encode({ bodyBytes: bodyBytes([]), authInfoBytes: new Uint8Array(0), signatures: [new Uint8Array(64)] }).finish());
    const valid = { address: DEV_ACCOUNTS[0].address, valoper: valoperString(addressBytes(DEV_VALIDATOR.address)), txB64 };
    let logged = node.lines.length;
    const startHeight = await height(rpc);
    return {
      async run(rng: Rng, index: number): Promise<CaseResult> {
        const k = rng.int(10);
        let label: string;
        let outcome: string;
        let failure: string | undefined;
        try {
          if (k <= 5) {
            const r = k <= 3 ? rpcPost(rng, valid) : rpcGet(rng, valid);
            label = r.label;
            const a = await send(rpc, r);
            const code = parse(a.text)?.error?.code;
            outcome = `rpc ${a.status}${code !== undefined ? ` ${code}` : ""}`;
            failure = rpcFailure(a);
          } else if (k <= 8) {
            const r = restCall(rng, valid);
            label = r.label;
            const a = await send(api, r);
            outcome = `rest ${a.status}`;
            failure = restFailure(a);
          } else {
            const f = wsFrame(rng, valid);
            label = f.label;
            const a = await ws.exchange(f.text);
            outcome = a.closed !== undefined ? `ws closed ${a.closed}` : a.frame === undefined ? "ws no answer" : "ws answered";
            if (a.frame !== undefined && parse(a.frame) === undefined) failure = `websocket frame is not JSON: ${a.frame.slice(0, 200)}`;
          }
        } catch (e) {
          label ??= "(request)";
          outcome = "request failed";
          failure = `request failed: ${(e as Error).message} ${(e as { cause?: Error }).cause?.message ?? ""}`;
        }
        const errors = node.lines.slice(logged).filter((l) => l.level >= 50);
        logged = node.lines.length;
        if (errors.length > 0) failure = `${failure ? failure + "; " : ""}node logged: ${errors.map((l) => `${l.msg} ${JSON.stringify(l.err ?? "").slice(0, 300)}`).join(" | ")}`;
        return { target: "http", index, label: label!, outcome: outcome!, failure };
      },
      async close() {
        const failures: string[] = [];
        ws.close();
        try {
          const h = await height(rpc);
          await waitFor("a block after the fuzz run", async () => (await height(rpc)) > h, 30_000);
          console.log(`  http: node went from height ${startHeight} to ${await height(rpc)}`);
        } catch (e) {
          failures.push(`the node is not producing blocks after the run: ${(e as Error).message}`);
        }
        const code = await node.stop();
        if (code !== 0 && code !== null) failures.push(`the node exited with code ${code} on SIGTERM`);
        rmSync(home, { recursive: true, force: true });
        return failures;
      },
    };
  },
};
