/**
 * Failure detection for `tributary testnet start`: a port check before anything is spawned, and
 * a watch on every child afterwards. A port taken by another process (typically `make run`)
 * must stop the network with the node, the port and the child's own words, not print "up":
 * waiting on a port or an RPC alone is fooled when the process answering is someone else's.
 */
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { loadNodeConfig } from "../config.ts";
import type { TestnetNode } from "./layout.ts";
import type { ManagedProcess } from "./processes.ts";

export class TestnetStartError extends Error {
  override readonly name = "TestnetStartError";
}

export interface NodeListener {
  node: string;
  /** What listens there, as a person would name it ("CometBFT RPC", "REST API", …). */
  role: string;
  laddr: string;
}

/** Every address node `n` listens on: CometBFT's (from the manifest) and the app's (from its config.json). */
export function nodeListeners(n: TestnetNode): NodeListener[] {
  const c = loadNodeConfig(n.home);
  const at = (role: string, laddr: string): NodeListener => ({ node: n.name, role, laddr });
  return [
    at("CometBFT p2p", n.p2p),
    at("CometBFT RPC", n.rpc),
    at("ABCI", n.abci),
    at("content server", c.storage.address),
    at("REST API", c.api.address),
    at("gRPC", c.grpc.address),
    at("metrics", c.metrics.address),
  ];
}

function hostPort(laddr: string): { host: string; port: number } {
  const u = new URL(laddr.replace(/^tcp:/, "http:"));
  return { host: u.hostname, port: Number(u.port) };
}

/** The bind error for `laddr` (e.g. EADDRINUSE), or undefined when it is free. */
function bindError(laddr: string): Promise<string | undefined> {
  const { host, port } = hostPort(laddr);
  return new Promise((resolve) => {
    const s = createServer();
    s.once("error", (e: NodeJS.ErrnoException) => resolve(e.code ?? e.message));
    s.listen(port, host, () => s.close(() => resolve(undefined)));
  });
}

/** Throws naming every listener of every node whose address cannot be bound right now. */
export async function checkPortsFree(nodes: TestnetNode[]): Promise<void> {
  const listeners = nodes.flatMap(nodeListeners);
  const errors = await Promise.all(listeners.map((l) => bindError(l.laddr)));
  const taken = listeners.flatMap((l, i) => (errors[i] ? [`  ${l.node} ${l.role} ${l.laddr}: ${errors[i]}`] : []));
  if (taken.length === 0) return;
  throw new TestnetStartError(
    `cannot start the testnet: ${taken.length} of its ports cannot be bound (another process, e.g. \`make run\` or an earlier testnet, holds them):\n` +
      `${taken.join("\n")}\n` +
      "stop that process, or write the network again with another --base-port",
  );
}

/** The last `n` lines of the child's latest run in its log (after the last `=== ` header). */
export function lastLogLines(logFile: string, n = 15): string[] {
  let text: string;
  try {
    text = readFileSync(logFile, "utf8");
  } catch {
    return [];
  }
  const start = text.lastIndexOf("\n=== ");
  const lines = text.slice(start < 0 ? 0 : start + 1).split("\n").filter((l) => l.trim() !== "");
  return lines.slice(1).slice(-n);
}

/** The error to report for `p` (of node `node`) exiting with `code` while the network was meant to run. */
export async function childExitError(node: string, p: ManagedProcess, code: number | string): Promise<TestnetStartError> {
  // The exit can come before the last of its output reaches the log file.
  await Promise.race([p.logClosed, new Promise((r) => setTimeout(r, 2000))]);
  const tail = lastLogLines(p.logFile);
  const body = tail.length ? tail.map((l) => `  | ${l}`).join("\n") : "  (its log is empty)";
  return new TestnetStartError(`${node}: ${p.name} exited (${code}); last lines of ${p.logFile}:\n${body}`);
}
