/**
 * The ABCI socket server a real CometBFT (v0.38, `abci = "socket"`) connects to as
 * `proxy_app`. CometBFT is the client; it opens four connections and keeps them for its
 * lifetime. See connection.ts for the per-connection ordering and dispatch.ts for the routing.
 */
import { existsSync, lstatSync, rmSync } from "node:fs";
import { type Server, type Socket, connect, createServer } from "node:net";
import type { Logger } from "pino";
import type { AbciApp, AbciSnapshots } from "../../chain/abci.ts";
import { AbciConnection } from "./connection.ts";
import { AbciDispatcher, type AbciFatalError } from "./dispatch.ts";
import { DEFAULT_MAX_MESSAGE_BYTES } from "./framing.ts";
import { ConsensusPriority } from "./priority.ts";

export { AbciFatalError } from "./dispatch.ts";

export interface AbciServerOptions {
  app: AbciApp;
  /** The snapshot connection's four methods (node/snapshots/); absent = no state sync. */
  snapshots?: AbciSnapshots;
  /** "tcp://host:port" (port 0 picks a free one), "unix:///path", or "host:port" (TCP, as CometBFT reads it). */
  laddr: string;
  logger: Logger;
  /**
   * Called after a must-not-fail method (Info, InitChain, FinalizeBlock, Commit) failed and was
   * logged at fatal level; every connection is already closed. Default: exit the process with
   * code 1, since the app can no longer follow the chain. Tests pass their own.
   */
  onFatal?: (err: AbciFatalError) => void;
  maxMessageBytes?: number;
  /** How long close() waits for the Commit of a block in progress (default 5 s). */
  commitGraceMs?: number;
}

export interface AbciServer {
  /** The bound address in laddr form, with the real port: "tcp://127.0.0.1:26658" or "unix:///path". */
  address: string;
  /**
   * Stops accepting; if a block is in progress (FinalizeBlock answered or running, its Commit
   * not yet done) waits up to `commitGraceMs` for that Commit; then lets each connection finish
   * the request in hand and closes.
   */
  close(): Promise<void>;
}

export type AbciListenAddress = { kind: "tcp"; host: string; port: number } | { kind: "unix"; path: string };

export class AbciAddressError extends Error {
  override readonly name = "AbciAddressError";
}

export function parseAbciLaddr(laddr: string): AbciListenAddress {
  if (laddr.startsWith("unix://")) {
    const path = laddr.slice("unix://".length);
    if (!path.startsWith("/")) throw new AbciAddressError(`invalid ABCI address ${JSON.stringify(laddr)}: expected unix:///absolute/path`);
    return { kind: "unix", path };
  }
  const m = /^(?:tcp:\/\/)?(\[[0-9a-fA-F:]+\]|[^:/\s[\]]+):([0-9]{1,5})$/.exec(laddr);
  if (!m || Number(m[2]) > 65535) {
    throw new AbciAddressError(`invalid ABCI address ${JSON.stringify(laddr)}: expected tcp://host:port or unix:///path`);
  }
  return { kind: "tcp", host: m[1]!.replace(/^\[|\]$/g, ""), port: Number(m[2]) };
}

function defaultOnFatal(): void {
  process.exit(1);
}

/** A unix socket file left by a crashed run is removed; one with a live listener is an error. */
async function clearStaleUnixSocket(path: string): Promise<void> {
  if (!existsSync(path)) return;
  if (!lstatSync(path).isSocket()) throw new AbciAddressError(`cannot listen on unix://${path}: a file that is not a socket is there`);
  const live = await new Promise<boolean>((resolve) => {
    const probe = connect(path);
    probe.once("connect", () => (probe.destroy(), resolve(true)));
    probe.once("error", () => resolve(false));
  });
  if (live) throw new AbciAddressError(`cannot listen on unix://${path}: another process is serving it`);
  rmSync(path, { force: true });
}

function listen(server: Server, addr: AbciListenAddress): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    const done = () => (server.off("error", reject), resolve());
    if (addr.kind === "unix") server.listen(addr.path, done);
    else server.listen(addr.port, addr.host, done);
  });
}

export async function startAbciServer(opts: AbciServerOptions): Promise<AbciServer> {
  const addr = parseAbciLaddr(opts.laddr);
  const logger = opts.logger;
  const dispatcher = new AbciDispatcher(opts.app, logger, opts.snapshots);
  const connections = new Set<AbciConnection>();
  const priority = new ConsensusPriority();
  let failed = false;

  const onFatal = (err: AbciFatalError) => {
    if (failed) return;
    failed = true;
    logger.fatal(
      { method: err.method, height: err.height?.toString(), err: err.cause },
      `ABCI ${err.method} failed${err.height === undefined ? "" : ` at height ${err.height}`}; stopping: the app state can no longer follow the chain`,
    );
    server.close();
    for (const c of connections) c.destroy();
    (opts.onFatal ?? defaultOnFatal)(err);
  };

  const server = createServer({ noDelay: true }, (socket: Socket) => {
    if (failed) return void socket.destroy();
    const conn = new AbciConnection({ socket, dispatcher, logger, maxMessageBytes: opts.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES, priority, onFatal });
    connections.add(conn);
    logger.debug({ remote: socket.remoteAddress, connections: connections.size }, "ABCI connection opened");
    void conn.closed.then(() => {
      connections.delete(conn);
      logger.debug({ connections: connections.size }, "ABCI connection closed");
    });
  });

  if (addr.kind === "unix") await clearStaleUnixSocket(addr.path);
  await listen(server, addr);
  let address: string;
  if (addr.kind === "unix") address = `unix://${addr.path}`;
  else {
    const bound = server.address() as { address: string; port: number };
    address = `tcp://${bound.address.includes(":") ? `[${bound.address}]` : bound.address}:${bound.port}`;
  }
  logger.info({ address }, "ABCI server listening");

  let closing: Promise<void> | undefined;
  return {
    address,
    close() {
      closing ??= (async () => {
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
        // Stopping between FinalizeBlock and Commit fails CometBFT's Commit call, which it logs
        // as a CONSENSUS FAILURE with a stack trace before exiting. Letting that Commit land
        // first makes an app restart stop between blocks; CometBFT then only reports the lost
        // connection ("Did the application crash?") and exits. Bounded: a CometBFT that is gone
        // never sends the Commit, and the block is replayed on restart anyway.
        const grace = opts.commitGraceMs ?? 5_000;
        const settled = await dispatcher.blockSettled(grace, (height) => logger.info({ height: height.toString() }, "stopping: waiting for CometBFT's Commit of the block in progress"));
        if (!settled) logger.warn({ waitedMs: grace }, "stopping without the Commit of the block in progress (CometBFT replays it on restart)");
        await Promise.all([...connections].map((c) => c.stop()));
        await stopped;
        if (addr.kind === "unix") rmSync(addr.path, { force: true });
      })();
      return closing;
    },
  };
}
