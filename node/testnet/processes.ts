/**
 * Child processes of a local network: the Tributary app (`tributary start --consensus cometbft`)
 * and the CometBFT node of each home. Logs go to `<home>/app.log` and `<home>/cometbft.log`.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createWriteStream, existsSync } from "node:fs";
import { connect, createServer } from "node:net";
import { join } from "node:path";

const REPO = join(import.meta.dirname, "..", "..");
const TRIBUTARY_BIN = join(REPO, "bin", "tributary.js");

/** `.bin/cometbft` of this checkout (built by `make cometbft`), else `cometbft` on PATH. */
export function defaultCometbftPath(): string {
  const local = join(REPO, ".bin", "cometbft");
  return existsSync(local) ? local : "cometbft";
}

export interface ManagedProcess {
  readonly name: string;
  readonly child: ChildProcess;
  /** Resolves with the exit code (or signal name) once the process has exited. */
  readonly exited: Promise<number | string>;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves when it has exited. */
  stop(graceMs?: number): Promise<void>;
  kill(signal: NodeJS.Signals): void;
}

function manage(name: string, command: string, args: string[], logFile: string): ManagedProcess {
  const log = createWriteStream(logFile, { flags: "a" });
  const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, FORCE_COLOR: "0" } });
  child.stdout?.pipe(log, { end: false });
  child.stderr?.pipe(log, { end: false });
  const exited = new Promise<number | string>((resolve) => {
    child.once("error", (e) => {
      log.write(`failed to start ${command}: ${e.message}\n`);
      resolve("spawn-error");
    });
    child.once("exit", (code, signal) => resolve(code ?? signal ?? -1));
  });
  void exited.then(() => log.end());
  return {
    name,
    child,
    exited,
    kill: (signal) => void child.kill(signal),
    async stop(graceMs = 10_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

export function spawnApp(home: string, abciLaddr: string): ManagedProcess {
  return manage(`app ${home}`, process.execPath, [TRIBUTARY_BIN, "start", "--consensus", "cometbft", "--home", home, "--abci.laddr", abciLaddr], join(home, "app.log"));
}

export function spawnComet(home: string, cometbft = defaultCometbftPath()): ManagedProcess {
  return manage(`cometbft ${home}`, cometbft, ["start", "--home", home], join(home, "cometbft.log"));
}

/** Resolves once `tcp://host:port` accepts a connection; rejects after `timeoutMs`. */
export async function waitForPort(laddr: string, timeoutMs: number, alive?: () => boolean): Promise<void> {
  const { hostname, port } = new URL(laddr.replace(/^tcp:/, "http:"));
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const s = connect(Number(port), hostname, () => (s.end(), resolve(true)));
      s.once("error", () => resolve(false));
    });
    if (ok) return;
    if (alive && !alive()) throw new Error(`nothing listens on ${laddr}: the process exited`);
    if (Date.now() > deadline) throw new Error(`nothing listens on ${laddr} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The latest height CometBFT's RPC reports, or undefined when it does not answer. */
export async function rpcHeight(rpc: string): Promise<bigint | undefined> {
  try {
    const res = await fetch(`${rpc}/status`, { signal: AbortSignal.timeout(2000) });
    const body = (await res.json()) as { result?: { sync_info?: { latest_block_height?: string } } };
    const h = body.result?.sync_info?.latest_block_height;
    return h === undefined ? undefined : BigInt(h);
  } catch {
    return undefined;
  }
}

/** Polls until the RPC reports a height ≥ `height`. */
export async function waitForRpcHeight(rpc: string, height: bigint, timeoutMs: number): Promise<bigint> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const h = await rpcHeight(rpc);
    if (h !== undefined && h >= height) return h;
    if (Date.now() > deadline) throw new Error(`${rpc} did not reach height ${height} within ${timeoutMs} ms (at ${h ?? "no answer"})`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** True when `port` can be bound on 127.0.0.1 right now. */
function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = createServer();
    s.once("error", () => resolve(false));
    s.listen(port, "127.0.0.1", () => s.close(() => resolve(true)));
  });
}

/** A base port with `size` free ports from it on 127.0.0.1 (for a network's --base-port in tests and benches). */
export async function findFreePortBlock(size: number): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const base = 20_000 + size * Math.floor(Math.random() * Math.floor(30_000 / size));
    let free = true;
    for (let p = base; p < base + size && free; p++) free = await portIsFree(p);
    if (free) return base;
  }
  throw new Error(`no block of ${size} free ports found on 127.0.0.1`);
}
