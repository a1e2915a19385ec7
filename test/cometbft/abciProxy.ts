/**
 * A man-in-the-middle on the ABCI socket, for crash tests that must land at an exact point of
 * the block protocol (a SIGKILL "somewhere" nearly always falls between blocks, where nothing
 * needs replaying). CometBFT's proxy_app points at the proxy; each connection it opens is
 * relayed to the app byte for byte, while the messages are decoded on the side and shown to
 * `onRequest` / `onResponse`. When a hook returns "cut", that chunk and everything after it in
 * that direction are dropped, and the test kills the app at leisure.
 */
import { type Server, type Socket, connect, createServer } from "node:net";
import { Request, Response } from "cosmjs-types/tendermint/abci/types";
import { FrameDecoder } from "../../node/abci/framing.ts";

export type ProxyVerdict = "pass" | "cut";

export interface AbciProxyOptions {
  /** Port to listen on, on 127.0.0.1 (CometBFT's proxy_app). */
  listenPort: number;
  /** The app's ABCI port on 127.0.0.1. */
  appPort: number;
  onRequest?: (req: Request) => ProxyVerdict;
  onResponse?: (res: Response) => ProxyVerdict;
}

export interface AbciProxy {
  close(): Promise<void>;
}

/** Relays `from` → `to`, showing each decoded message to `hook`; stops relaying at a "cut". */
function relay<T>(from: Socket, to: Socket, decode: (b: Uint8Array) => T, hook?: (m: T) => ProxyVerdict): void {
  const decoder = new FrameDecoder();
  let cut = false;
  from.on("data", (chunk: Buffer) => {
    if (cut) return;
    if (hook) {
      for (const body of decoder.push(chunk)) {
        if (hook(decode(body)) === "cut") cut = true;
      }
    }
    if (!cut) to.write(chunk);
  });
}

export async function startAbciProxy(o: AbciProxyOptions): Promise<AbciProxy> {
  const sockets = new Set<Socket>();
  const track = (s: Socket) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
    s.on("error", () => undefined);
  };
  const server: Server = createServer((downstream) => {
    track(downstream);
    downstream.pause();
    const upstream = connect(o.appPort, "127.0.0.1");
    track(upstream);
    upstream.once("connect", () => downstream.resume());
    relay(downstream, upstream, (b) => Request.decode(b), o.onRequest);
    relay(upstream, downstream, (b) => Response.decode(b), o.onResponse);
    // Either side gone: the other goes too, as it would on a direct connection.
    downstream.on("close", () => upstream.destroy());
    upstream.on("close", () => downstream.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(o.listenPort, "127.0.0.1", () => resolve());
  });
  return {
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
