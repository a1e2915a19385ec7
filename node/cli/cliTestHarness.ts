/** Helpers for CLI tests: run the real binary, or the same code in-process (much faster). */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { expect, vi } from "vitest";
import { runCli } from "./run.ts";

const BIN = join(import.meta.dirname, "..", "..", "bin", "tributary.js");

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Spawns `node bin/tributary.js …` with `input` on stdin (then closed). */
export function runBinary(args: string[], opts: { input?: string; env?: Record<string, string> } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, ...opts.env };
    delete env.TRIBUTARY_TRACE;
    const child = spawn(process.execPath, [BIN, ...args], { env, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(opts.input ?? "");
  });
}

/** Runs the CLI in this process (the code path of main.ts), capturing stdout and stderr. */
export async function runInProcess(args: string[]): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const out = vi.spyOn(process.stdout, "write").mockImplementation((c: string | Uint8Array) => ((stdout += String(c)), true));
  const err = vi.spyOn(process.stderr, "write").mockImplementation((c: string | Uint8Array) => ((stderr += String(c)), true));
  try {
    const code = await runCli(["node", "tributary", ...args]);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
    process.exitCode = undefined;
  }
}

/** A user error: non-zero exit, exactly one line on stderr, no stack trace. */
export function expectOneLineError(r: Run, pattern: RegExp): void {
  expect(r.code).not.toBe(0);
  const lines = r.stderr.trimEnd().split("\n");
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(r.stderr).not.toMatch(/^\s+at /m);
}
