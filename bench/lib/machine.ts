/** Where and on what a benchmark ran: the dated sections of bench/results/, the rows of bench/RESULTS.md. */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";

export interface MachineInfo {
  date: string;
  nproc: number;
  cpuModel: string;
  node: string;
  commit: string;
}

function cpuModel(): string {
  try {
    const m = /^model name\s*:\s*(.+)$/m.exec(readFileSync("/proc/cpuinfo", "utf8"));
    return m?.[1]?.trim() ?? "unknown";
  } catch {
    return "unknown (no /proc/cpuinfo)";
  }
}

function gitCommit(cwd: string): string {
  try {
    const sha = execFileSync("git", ["rev-parse", "--short=12", "HEAD"], { cwd, encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--untracked-files=no"], { cwd, encoding: "utf8" }).trim() !== "";
    return dirty ? `${sha} (with uncommitted changes)` : sha;
  } catch {
    return "unknown (not a git checkout)";
  }
}

export function machineInfo(repoRoot: string): MachineInfo {
  return { date: new Date().toISOString(), nproc: availableParallelism(), cpuModel: cpuModel(), node: process.version, commit: gitCommit(repoRoot) };
}
