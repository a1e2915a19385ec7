/**
 * The demo's chain: a fresh home made by `tributary dev-init` in a temp directory, a free RPC
 * port and short blocks in its config, and `tributary start` as a child process (what `make run`
 * runs), stopped with SIGTERM at the end.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, openSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadNodeConfig, writeNodeConfig } from "../node/config.ts";
import { BIN, tributary } from "./cli.ts";

export const DEMO_CHAIN_ID = "tributary-demo-1";
/** Shorter than the dev default of 1 s: the demo sends ~40 txs one after another. */
const TIMEOUT_COMMIT_MS = 300;

export interface DemoChain {
  home: string;
  rpc: string;
  log: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      const port = typeof addr === "object" && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

async function waitForRpc(rpc: string, child: ChildProcess, log: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the node exited with code ${child.exitCode} while starting; see ${log}`);
    try {
      const r = await fetch(`${rpc}/status`);
      const body = (await r.json()) as { result?: { sync_info?: { latest_block_height?: string } } };
      if (Number(body.result?.sync_info?.latest_block_height ?? 0) >= 1) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the node did not answer on ${rpc} within ${timeoutMs / 1000} s; see ${log}`);
}

/** dev-init in a temp home, a free port, then `tributary start` in the background. */
export async function startDemoChain(): Promise<DemoChain> {
  const home = mkdtempSync(join(tmpdir(), "tributary-demo-"));
  await tributary(["dev-init", "--home", home, "--chain-id", DEMO_CHAIN_ID], { quiet: true, json: false });
  const port = await freePort();
  const config = loadNodeConfig(home);
  config.rpc.laddr = `tcp://127.0.0.1:${port}`;
  // Off: the demo needs no content listener, and a running `make run` may hold its default port.
  config.storage.address = "";
  config.api.address = "";
  config.grpc.address = "";
  config.metrics.address = "";
  config.consensus.timeout_commit_ms = TIMEOUT_COMMIT_MS;
  config.log_level = "warn";
  writeNodeConfig(home, config);
  const log = join(home, "node.log");
  const fd = openSync(log, "a");
  const child = spawn(process.execPath, [BIN, "start", "--home", home], { stdio: ["ignore", fd, fd] });
  const rpc = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  await waitForRpc(rpc, child, log);
  return {
    home,
    rpc,
    log,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      const killed = setTimeout(() => child.kill("SIGKILL"), 15_000);
      await exited;
      clearTimeout(killed);
    },
  };
}
