/**
 * Runs `tributary start` as a separate OS process (`node bin/tributary.js`, the compiled node; no
 * launcher in between, so the pid is the node itself) and reads its memory and CPU from /proc. A separate
 * process keeps the load generator from sharing the node's event loop and accounting.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { waitForHeight } from "./rpc.ts";

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

export interface NodeProcess {
  pid: number;
  rpcUrl: string;
  /** With `listeners.api`: the REST API, "http://127.0.0.1:P". */
  apiUrl?: string;
  /** With `listeners.grpc`: gRPC, "127.0.0.1:P". */
  grpcAddress?: string;
  /** Peak resident set (VmHWM) in MiB, or NaN when /proc is unavailable. */
  peakRssMiB(): number;
  /** User+system CPU seconds consumed so far. */
  cpuSeconds(): number;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === "object" && addr ? resolve(addr.port) : reject(new Error("no port"))));
    });
  });
}

export function procStatusKiB(pid: number | "self", field: "VmHWM" | "VmRSS"): number {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) : NaN;
  } catch {
    return NaN;
  }
}

/** utime+stime from /proc/<pid>/stat, in seconds (clock ticks assumed 100/s, Linux's USER_HZ). */
export function procCpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

/** Resolves true once `child` has exited, false after `ms` (shared with lib/simdNet.ts). */
/** SIGTERM, then SIGKILL if the process has not exited within 15 s. */
export async function stopChild(child: ChildProcess): Promise<void> {
  child.kill("SIGTERM");
  if (!(await waitForExit(child, 15_000))) {
    child.kill("SIGKILL");
    await waitForExit(child, 5_000);
  }
}

export function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

export async function spawnNode(home: string, opts: { readyTimeoutMs?: number; listeners?: { api?: boolean; grpc?: boolean } } = {}): Promise<NodeProcess> {
  const port = await freePort();
  const rpcUrl = `http://127.0.0.1:${port}`;
  const apiPort = opts.listeners?.api ? await freePort() : undefined;
  const grpcPort = opts.listeners?.grpc ? await freePort() : undefined;
  const address = (p: number | undefined) => (p === undefined ? "" : `tcp://127.0.0.1:${p}`);
  // The compiled node, as users run it (bench/run.ts builds dist/ first).
  // BENCH_NODE_ARGS: extra node flags for the node process, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
  const extraArgs = (process.env.BENCH_NODE_ARGS ?? "").split(" ").filter((a) => a !== "");
  const child = spawn(process.execPath, [...extraArgs, join(REPO_ROOT, "bin/tributary.js"), "start", "--home", home, "--rpc.laddr", `tcp://127.0.0.1:${port}`, "--storage.address", "", "--api.address", address(apiPort), "--grpc.address", address(grpcPort), "--metrics.address", ""], {
    cwd: REPO_ROOT,
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderrTail = "";
  child.stderr?.on("data", (d: Buffer) => {
    stderrTail = (stderrTail + d.toString()).slice(-4000);
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error("could not spawn the node process");
  const exited = new Promise<never>((_, reject) =>
    child.once("exit", (code, signal) => reject(new Error(`node exited before it was ready (code ${code}, signal ${signal}):\n${stderrTail}`))),
  );
  exited.catch(() => undefined);
  try {
    await Promise.race([waitForHeight(rpcUrl, 1, opts.readyTimeoutMs ?? 60_000), exited]);
  } catch (e) {
    child.kill("SIGKILL");
    throw e;
  }
  return {
    pid,
    rpcUrl,
    apiUrl: apiPort === undefined ? undefined : `http://127.0.0.1:${apiPort}`,
    grpcAddress: grpcPort === undefined ? undefined : `127.0.0.1:${grpcPort}`,
    peakRssMiB: () => procStatusKiB(pid, "VmHWM") / 1024,
    cpuSeconds: () => procCpuSeconds(pid),
    stop: () => stopChild(child),
  };
}
