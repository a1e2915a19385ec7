/**
 * `<home>/data/rpc_address.json`: the RPC address the node of a home really listens on, written
 * once the listener is bound (port 0 resolved) and removed on a clean stop. The CLI reads it so
 * `--home H` reaches H's node even when it was started with another `--rpc.laddr` than H's config.
 * A node killed without cleanup leaves the file behind; its pid tells the reader it is stale.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { homePaths } from "../home.ts";

export const RPC_ADDRESS_FILE = "rpc_address.json";

interface Recorded {
  rpc_address: string;
  pid: number;
}

function fileOf(home: string): string {
  return join(homePaths(home).dataDir, RPC_ADDRESS_FILE);
}

function read(home: string): Recorded | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(fileOf(home), "utf8"));
  } catch {
    // Absent, or unreadable (a crash mid-write): as if no node had said where it is.
    return undefined;
  }
  const r = raw as Partial<Recorded> | null;
  if (typeof r?.rpc_address !== "string" || !Number.isSafeInteger(r.pid) || (r.pid as number) <= 0) return undefined;
  return r as Recorded;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Records `laddr` (tcp://host:port, the bound port) for the node process `pid`. */
export function recordRpcAddress(home: string, laddr: string, pid = process.pid): void {
  const file = fileOf(home);
  mkdirSync(homePaths(home).dataDir, { recursive: true });
  // Written whole then renamed, so a reader never sees half a record.
  const tmp = `${file}.${pid}.tmp`;
  writeFileSync(tmp, JSON.stringify({ rpc_address: laddr, pid } satisfies Recorded) + "\n");
  renameSync(tmp, file);
}

/** Removes the record if it is still this process's `laddr` (never another node's). */
export function forgetRpcAddress(home: string, laddr: string): void {
  const r = read(home);
  if (r && r.pid === process.pid && r.rpc_address === laddr) rmSync(fileOf(home), { force: true });
}

/** The address recorded by a node process that is still running, else undefined. */
export function runningRpcAddress(home: string): string | undefined {
  const r = read(home);
  return r && alive(r.pid) ? r.rpc_address : undefined;
}
