/**
 * A node run as its own process with the real CLI (`node bin/tributary.js start …`), for
 * end-to-end tests of start flags: its JSON log lines are collected (a test waits on them) and
 * its RPC and content URLs are read from the "node started" line.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { join } from "node:path";

const BIN = join(import.meta.dirname, "..", "bin", "tributary.js");

export interface LogLine {
  level: number;
  msg: string;
  [k: string]: unknown;
}

export interface ProcessNode {
  /** From the ready line's `rpc` (solo); "" when it has none (`--consensus cometbft`). */
  rpcUrl: string;
  contentUrl: string | undefined;
  /** Every JSON log line so far (stdout), in order. */
  lines: LogLine[];
  /** Resolves with the first line (already logged or to come) that `match` accepts. */
  waitForLine(match: (l: LogLine) => boolean, timeoutMs?: number): Promise<LogLine>;
  /** SIGTERM, then waits for the exit (the node finishes its block and closes its stores). */
  stop(): Promise<number | null>;
}

/** A TCP port free right now on 127.0.0.1 (bound, then released). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** `ready`: the log message that says the node is up (solo: "node started"). */
export async function spawnNode(args: string[], timeoutMs = 60_000, ready = "node started"): Promise<ProcessNode> {
  const child: ChildProcess = spawn(process.execPath, [BIN, "start", ...args], { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, TRIBUTARY_TRACE: "" } });
  const lines: LogLine[] = [];
  const waiters: { match: (l: LogLine) => boolean; resolve: (l: LogLine) => void }[] = [];
  let stderr = "";
  let buf = "";
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  child.stderr!.on("data", (d) => (stderr += d));
  child.stdout!.on("data", (d) => {
    buf += d;
    let nl: number;
    while ((nl = buf.indexOf("\n")) >= 0) {
      const text = buf.slice(0, nl);
      buf = buf.slice(nl + 1);
      let line: LogLine;
      try {
        line = JSON.parse(text) as LogLine;
      } catch {
        continue;
      }
      lines.push(line);
      for (const w of [...waiters]) {
        if (w.match(line)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(line);
        }
      }
    }
  });
  const waitForLine = (match: (l: LogLine) => boolean, ms = timeoutMs) => {
    const seen = lines.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise<LogLine>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching log line within ${ms} ms; stderr: ${stderr.slice(-500)}`)), ms);
      const done = (l: LogLine) => (clearTimeout(timer), resolve(l));
      waiters.push({ match, resolve: done });
      void exited.then((code) => (clearTimeout(timer), reject(new Error(`node exited with code ${code} before the log line; stderr: ${stderr.slice(-1000)}`))));
    });
  };
  const started = await waitForLine((l) => l.msg === ready);
  return {
    rpcUrl: started.rpc === undefined ? "" : String(started.rpc),
    contentUrl: started.content === undefined ? undefined : String(started.content),
    lines,
    waitForLine,
    async stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      return exited;
    },
  };
}

export { waitFor } from "./support/waitFor.ts";
