/**
 * The JSON-RPC HTTP transport alone: `broadcast_tx_sync` POSTs (64 concurrent keep-alive
 * connections, bench/lib/rpc.ts) against the real RPC server (node/rpc/server.ts) in a child
 * process whose backend answers CheckTx at once, so the server's CPU per request is the HTTP
 * layer's own cost (parser, routing, params, response write), not CheckTx's.
 * Env: BENCH_HTTP_REQUESTS (per round, 20,000), BENCH_ROUNDS (3), BENCH_CONCURRENCY (64).
 * The child is this file run with `--serve`; it prints its port on stdout.
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import pino from "pino";
import type { ResponseCheckTx } from "cosmjs-types/tendermint/abci/types";
import { startRpcServer } from "../node/rpc/server.ts";
import { MemoryBackend, fakeTx } from "../node/rpc/testing/memoryBackend.ts";
import { emit, note } from "./lib/emit.ts";
import { REPO_ROOT, procCpuSeconds, stopChild } from "./lib/nodeProcess.ts";
import { closeRpcConnections, rpcCall, runBounded } from "./lib/rpc.ts";
import { median, nowMs } from "./lib/stats.ts";

const REQUESTS = Number(process.env.BENCH_HTTP_REQUESTS ?? 20_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 64);

const CHECK_OK: ResponseCheckTx = { code: 0, data: new Uint8Array(), log: "", info: "", gasWanted: 200_000n, gasUsed: 60_000n, events: [], codespace: "" };

/** CheckTx answered at once: what is left is the transport. */
class InstantCheckBackend extends MemoryBackend {
  override broadcastTx(): Promise<ResponseCheckTx> {
    return Promise.resolve(CHECK_OK);
  }
}

async function serve(): Promise<void> {
  const server = await startRpcServer({ backend: new InstantCheckBackend(), laddr: "tcp://127.0.0.1:0", logger: pino({ level: "silent" }) });
  process.stdout.write(`${server.address.port}\n`);
  process.once("SIGTERM", () => void server.close().then(() => process.exit(0)));
}

/** A bank-send-sized tx (~300 bytes of base64), distinct per request like real load. */
function txParam(i: number): string {
  const tx = fakeTx(i & 0xff);
  const padded = new Uint8Array(tx.length + 220);
  padded.set(tx);
  new DataView(padded.buffer).setUint32(tx.length, i);
  return Buffer.from(padded).toString("base64");
}

async function main(): Promise<void> {
  const child = spawn(process.execPath, [...(process.env.BENCH_NODE_ARGS ?? "").split(" ").filter((a) => a !== ""), "--import", "tsx", fileURLToPath(import.meta.url), "--serve"], {
    cwd: REPO_ROOT,
    stdio: ["ignore", "pipe", "inherit"],
  });
  const [first] = (await once(child.stdout!, "data")) as [Buffer];
  const url = `http://127.0.0.1:${Number(first.toString().trim())}`;
  const pid = child.pid!;
  const params = Array.from({ length: REQUESTS }, (_, i) => txParam(i));
  const perRequestUs: number[] = [];
  const ratePerS: number[] = [];
  try {
    for (let r = 0; r < ROUNDS; r++) {
      const cpu0 = procCpuSeconds(pid);
      const t0 = nowMs();
      await runBounded(REQUESTS, CONCURRENCY, async (i) => {
        const res = await rpcCall<{ code: number }>(url, "broadcast_tx_sync", { tx: params[i] });
        if (res.code !== 0) throw new Error(`request ${i}: code ${res.code}`);
      });
      const wallS = (nowMs() - t0) / 1000;
      const cpuS = procCpuSeconds(pid) - cpu0;
      perRequestUs.push((cpuS / REQUESTS) * 1e6);
      ratePerS.push(REQUESTS / wallS);
      note(`round ${r + 1}/${ROUNDS}: ${Math.round(REQUESTS / wallS)} req/s, server CPU ${cpuS.toFixed(2)} s`);
      emit("rpc_http_round", { round: r + 1, requests: REQUESTS, req_per_s: REQUESTS / wallS, server_cpu_s: cpuS, server_cpu_us_per_req: (cpuS / REQUESTS) * 1e6 });
    }
  } finally {
    closeRpcConnections();
    await stopChild(child);
  }
  emit("rpc_http", {
    requests_per_round: REQUESTS,
    rounds: ROUNDS,
    concurrency: CONCURRENCY,
    req_per_s: median(ratePerS),
    server_cpu_us_per_req: median(perRequestUs),
  });
}

if (process.argv.includes("--serve")) await serve();
else await main();
