/**
 * Child processes of a local network: the Tributary app (`tributary start --consensus cometbft`)
 * and the CometBFT node of each home. Logs go to `<home>/app.log` and `<home>/cometbft.log`,
 * appended across restarts, each start opening with a `=== <time> <command>` line (tests split
 * a log per run on it).
 *
 * Every process started here is kept in a registry until it exits, so a test's afterAll can
 * `killAllProcesses()` and leave nothing running when it failed half way.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createWriteStream, existsSync } from "node:fs";
import { join } from "node:path";
import { connect, createServer } from "node:net";
import { packageFile } from "../packageRoot.ts";

const TRIBUTARY_BIN = packageFile("bin/tributary.js");
const LOCAL_COMETBFT = packageFile(".bin/cometbft");

/** `.bin/cometbft` of this checkout (built by `make cometbft`), else `cometbft` on PATH. */
export function defaultCometbftPath(): string {
  return existsSync(LOCAL_COMETBFT) ? LOCAL_COMETBFT : "cometbft";
}

/** The pinned `.bin/cometbft`, for tests: throws (a test must fail, never skip) when it was not built. */
export function cometbftBinary(): string {
  if (!existsSync(LOCAL_COMETBFT)) throw new Error(`CometBFT binary not found at ${LOCAL_COMETBFT}: run \`make cometbft\` (needs Go >= 1.22) first`);
  return LOCAL_COMETBFT;
}

export interface ManagedProcess {
  readonly name: string;
  readonly child: ChildProcess;
  readonly logFile: string;
  /** Resolves with the exit code (or signal name) once the process has exited. */
  readonly exited: Promise<number | string>;
  /** Resolves once the child's output streams have closed and its log file is flushed. */
  readonly logClosed: Promise<void>;
  readonly running: boolean;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves with the exit once it has exited. */
  stop(graceMs?: number): Promise<number | string>;
  /** Sends `signal` (SIGKILL by default) if still running; resolves with the exit. */
  kill(signal?: NodeJS.Signals): Promise<number | string>;
}

const live = new Set<ManagedProcess>();

/**
 * Spawns `command` with its output appended to `logFile` (each start opening with a
 * `=== <time> <command>` line) and tracks it until it exits.
 */
export function manage(name: string, command: string, args: string[], logFile: string): ManagedProcess {
  const log = createWriteStream(logFile, { flags: "a" });
  log.write(`\n=== ${new Date().toISOString()} ${command} ${args.join(" ")}\n`);
  const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, FORCE_COLOR: "0" } });
  child.stdout?.pipe(log, { end: false });
  child.stderr?.pipe(log, { end: false });
  let running = true;
  const exited = new Promise<number | string>((resolve) => {
    child.once("error", (e) => {
      log.write(`failed to start ${command}: ${e.message}\n`);
      resolve("spawn-error");
    });
    child.once("exit", (code, signal) => resolve(code ?? signal ?? -1));
  });
  // End the log on "close" (all output read), not "exit": output can still arrive after exit.
  const logClosed = new Promise<void>((resolve) => {
    log.once("finish", () => resolve());
    log.once("error", () => resolve());
  });
  child.once("close", () => log.end());
  child.once("error", () => log.end());
  const p: ManagedProcess = {
    name,
    child,
    logFile,
    exited,
    logClosed,
    get running() {
      return running;
    },
    async stop(graceMs = 10_000) {
      if (!running) return exited;
      child.kill("SIGCONT"); // a paused (SIGSTOPped) process never handles SIGTERM
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
      const r = await exited;
      clearTimeout(timer);
      return r;
    },
    async kill(signal = "SIGKILL") {
      if (running) child.kill(signal);
      return exited;
    },
  };
  live.add(p);
  void exited.then(() => {
    running = false;
    live.delete(p);
  });
  return p;
}

/** SIGKILLs every process started here that is still running (tests' afterAll). */
export async function killAllProcesses(): Promise<void> {
  await Promise.all([...live].map((p) => p.kill("SIGKILL")));
}

/**
 * Extra node flags for every app, from TRIBUTARY_TESTNET_NODE_ARGS (space-separated), e.g.
 * "--cpu-prof --cpu-prof-dir=/tmp/p" to profile the apps of a bench: Node refuses --cpu-prof in
 * NODE_OPTIONS, so it has to be on the command line.
 */
function appNodeArgs(): string[] {
  return (process.env.TRIBUTARY_TESTNET_NODE_ARGS ?? "").split(" ").filter((a) => a !== "");
}

export function spawnApp(home: string, abciLaddr: string): ManagedProcess {
  return manage(`app ${home}`, process.execPath, [...appNodeArgs(), TRIBUTARY_BIN, "start", "--consensus", "cometbft", "--home", home, "--abci.laddr", abciLaddr], join(home, "app.log"));
}

export function spawnComet(home: string, cometbft = defaultCometbftPath()): ManagedProcess {
  return manage(`cometbft ${home}`, cometbft, ["start", "--home", home], join(home, "cometbft.log"));
}

/**
 * Resolves once `tcp://host:port` accepts a connection. Rejects, naming `p`'s log, if `p`
 * exits first; after `timeoutMs` it kills `p` and rejects.
 */
export async function waitForListening(p: ManagedProcess, laddr: string, timeoutMs: number): Promise<void> {
  const { hostname, port } = new URL(laddr.replace(/^tcp:/, "http:"));
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const s = connect(Number(port), hostname, () => (s.destroy(), resolve(true)));
      s.once("error", () => resolve(false));
    });
    if (ok) return;
    if (!p.running) throw new Error(`${p.name} exited (${await p.exited}) before listening on ${laddr}; see ${p.logFile}`);
    if (Date.now() > deadline) {
      await p.kill();
      throw new Error(`${p.name} did not listen on ${laddr} within ${timeoutMs} ms; see ${p.logFile}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Starts the app and resolves once its ABCI port listens. Start it before CometBFT: CometBFT
 * does wait for its proxy_app, but retries only every 3 s.
 */
export async function startApp(home: string, abciLaddr: string, timeoutMs = 30_000): Promise<ManagedProcess> {
  const p = spawnApp(home, abciLaddr);
  await waitForListening(p, abciLaddr, timeoutMs);
  return p;
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

/** Polls until the RPC reports a height ≥ `height`; returns that height. */
export async function waitForRpcHeight(rpc: string, height: bigint, timeoutMs = 30_000): Promise<bigint> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const h = await rpcHeight(rpc);
    if (h !== undefined && h >= height) return h;
    if (Date.now() > deadline) throw new Error(`${rpc} did not reach height ${height} within ${timeoutMs} ms (at ${h ?? "no answer"})`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Binds `port` on 127.0.0.1 (0: the OS picks) and closes it again; the port bound, or undefined if taken. */
function tryBind(port: number): Promise<number | undefined> {
  return new Promise((resolve) => {
    const s = createServer();
    s.once("error", () => resolve(undefined));
    s.listen(port, "127.0.0.1", () => {
      const bound = (s.address() as { port: number }).port;
      s.close(() => resolve(bound));
    });
  });
}

/** A base port with `size` free ports from it on 127.0.0.1 (for a network's --base-port in tests and benches). */
export async function findFreePortBlock(size: number): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const base = 20_000 + size * Math.floor(Math.random() * Math.floor(30_000 / size));
    let free = true;
    for (let p = base; p < base + size && free; p++) free = (await tryBind(p)) !== undefined;
    if (free) return base;
  }
  throw new Error(`no block of ${size} free ports found on 127.0.0.1`);
}

/** `n` distinct ports free on 127.0.0.1 right now, chosen by the OS. */
export async function freePorts(n: number): Promise<number[]> {
  const out = new Set<number>();
  while (out.size < n) {
    const port = await tryBind(0);
    if (port === undefined) throw new Error("cannot bind an ephemeral port on 127.0.0.1");
    out.add(port);
  }
  return [...out];
}
