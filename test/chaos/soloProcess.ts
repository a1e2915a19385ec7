/**
 * One life of the solo node under chaos: `node bin/tributary.js start --home H` as its own
 * process, with an optional TRIBUTARY_CRASH_AT (node/crashPoints.ts). It resolves `ready` with
 * the RPC URL from the "node started" log line, or rejects when the process died first (a crash
 * point inside the start-up's first blocks). `kill()` is a SIGKILL from outside.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";

const REPO = join(import.meta.dirname, "..", "..");
const BIN = join(REPO, "bin", "tributary.js");

/**
 * A private copy of bin/ and dist/ (without source maps) inside the repository, so node_modules
 * and the package root still resolve: a long run then never spawns a build that another process
 * (a vitest run's global setup) is rewriting, and every life runs the same code. Returns the
 * copied bin/tributary.js.
 */
export function snapshotBuild(): { bin: string; remove(): void } {
  const dir = mkdtempSync(join(REPO, ".chaos-build-"));
  cpSync(join(REPO, "dist"), join(dir, "dist"), { recursive: true, filter: (src) => !src.endsWith(".map") });
  cpSync(BIN, join(dir, "bin", "tributary.js"));
  return { bin: join(dir, "bin", "tributary.js"), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface NodeLife {
  /** The RPC URL once the node has started; rejects if it exited first. */
  ready: Promise<string>;
  /** Resolves with the exit signal (or code) once the process is gone. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** The line node/crashPoints.ts wrote before killing the process, if it did. */
  crashLine(): string | undefined;
  stderrTail(): string;
  /** Its JSON log lines (stdout), except the per-block "committed block" ones. */
  lines: { level: number; msg: string; [k: string]: unknown }[];
  alive(): boolean;
  kill(signal?: NodeJS.Signals): void;
  pid: number;
}

/** `wrap`: a command the node runs under, e.g. ["prlimit", "--fsize=…", "--"]. */
export function startLife(home: string, crashAt: string | undefined, bin = BIN, wrap: string[] = []): NodeLife {
  const env: NodeJS.ProcessEnv = { ...process.env, TRIBUTARY_TRACE: "" };
  if (crashAt) env.TRIBUTARY_CRASH_AT = crashAt;
  else delete env.TRIBUTARY_CRASH_AT;
  const child: ChildProcess = spawn(wrap[0] ?? process.execPath, [...wrap.slice(1), ...(wrap.length > 0 ? [process.execPath] : []), bin, "start", "--home", home], { stdio: ["ignore", "pipe", "pipe"], env });
  let stderr = "";
  let buf = "";
  const lines: NodeLife["lines"] = [];
  let done = false;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => {
      done = true;
      resolve({ code, signal });
    }),
  );
  child.stderr!.on("data", (d) => (stderr = (stderr + d).slice(-20_000)));
  const ready = new Promise<string>((resolve, reject) => {
    child.stdout!.on("data", (d) => {
      buf += d;
      let nl: number;
      while ((nl = buf.indexOf("\n")) >= 0) {
        const text = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        if (text.includes('"committed block"') || !text.startsWith("{")) continue;
        const line = JSON.parse(text) as { level: number; msg: string; rpc?: string };
        lines.push(line);
        if (line.msg === "node started" && line.rpc) resolve(line.rpc);
      }
    });
    void exited.then(({ code, signal }) => reject(new Error(`node exited (code ${code}, signal ${signal}) before it started; stderr: ${stderr.slice(-1500)}`)));
  });
  ready.catch(() => undefined);
  return {
    ready,
    exited,
    crashLine: () => /TRIBUTARY_CRASH_AT: [^\n]*/.exec(stderr)?.[0],
    stderrTail: () => stderr.slice(-2000),
    lines,
    alive: () => !done,
    kill: (signal = "SIGKILL") => {
      if (!done) child.kill(signal);
    },
    pid: child.pid!,
  };
}
