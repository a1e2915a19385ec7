/**
 * Runs the real `tributary` binary for each demo step (a child process, as a user would),
 * echoing the command, passing its progress (stderr) through, and returning its stdout (parsed
 * with -o json).
 */
import { spawn } from "node:child_process";
import { join } from "node:path";

export const BIN = join(import.meta.dirname, "..", "bin", "tributary.js");

let home: string | undefined;

/** Every later command gets `--home <home>` (not echoed). */
export function useHome(h: string): void {
  home = h;
}

export interface RunOptions {
  /** Do not echo the command or its progress. */
  quiet?: boolean;
  /** Add `-o json` and parse stdout (default true). */
  json?: boolean;
  /** Print stdout as it is (text output shown to the reader). */
  showStdout?: boolean;
  /** Progress lines worth showing (default: all). */
  keepLine?: (line: string) => boolean;
}

/** As echoed: the temp home as $DEMO_HOME, quoted when needed. */
function shown(a: string): string {
  const v = home ? a.split(home).join("$DEMO_HOME") : a;
  return /^[\w@%+=:,./$-]+$/.test(v) ? v : JSON.stringify(v);
}

export async function tributary(args: string[], o: RunOptions = {}): Promise<any> {
  const json = o.json ?? true;
  const full = [...args, ...(home ? ["--home", home] : []), ...(json ? ["-o", "json"] : [])];
  if (!o.quiet) process.stdout.write(`$ tributary ${args.map(shown).join(" ")}\n`);
  const child = spawn(process.execPath, [BIN, ...full], { stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  let pending = "";
  child.stdout.on("data", (d) => (stdout += d));
  child.stderr.on("data", (d: Buffer) => {
    stderr += d;
    pending += d;
    const lines = pending.split("\n");
    pending = lines.pop() ?? "";
    for (const line of lines) if (!o.quiet && line.trim() !== "" && (o.keepLine?.(line) ?? true)) process.stdout.write(`  │ ${line}\n`);
  });
  const code = await new Promise<number>((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (c) => resolve(c ?? 1));
  });
  if (code !== 0) throw new Error(`\`tributary ${args.join(" ")}\` exited with ${code}: ${stderr.trim().split("\n").pop()}`);
  if (o.showStdout) process.stdout.write(stdout.replace(/^/gm, "  ").replace(/ +$/gm, ""));
  return json ? JSON.parse(stdout) : stdout;
}
