/**
 * A bare ABCI socket client for tests: it writes frames exactly as given (so tests can pipeline,
 * split or corrupt them) and collects decoded responses in arrival order.
 */
import { type Socket, connect } from "node:net";
import { Request, Response } from "cosmjs-types/tendermint/abci/types";
import { FrameDecoder, encodeFrame } from "./framing.ts";
import { parseAbciLaddr } from "./server.ts";

export class AbciTestClient {
  readonly responses: Response[] = [];
  /** Bytes received so far (to check that nothing is written before a Flush). */
  bytesReceived = 0;
  private readonly decoder = new FrameDecoder();
  private waiters: (() => void)[] = [];
  private ended = false;

  private constructor(readonly socket: Socket) {
    socket.on("data", (chunk: Buffer) => {
      this.bytesReceived += chunk.length;
      for (const body of this.decoder.push(chunk)) this.responses.push(Response.decode(body));
      this.wake();
    });
    socket.on("close", () => ((this.ended = true), this.wake()));
    socket.on("error", () => undefined);
  }

  static async connect(address: string): Promise<AbciTestClient> {
    const a = parseAbciLaddr(address);
    const socket = a.kind === "unix" ? connect(a.path) : connect(a.port, a.host);
    await new Promise<void>((resolve, reject) => (socket.once("connect", resolve), socket.once("error", reject)));
    return new AbciTestClient(socket);
  }

  static frame(req: Request): Uint8Array {
    return encodeFrame(Request.encode(req).finish());
  }

  /** Writes the requests in one socket write (pipelined). */
  send(...reqs: Request[]): void {
    this.sendRaw(Buffer.concat(reqs.map((r) => AbciTestClient.frame(r))));
  }

  sendRaw(bytes: Uint8Array): void {
    this.socket.write(bytes);
  }

  /** Sends the requests then a Flush, and returns their responses (the Flush's left out), one per request. */
  async call<R extends Request[]>(...reqs: R): Promise<{ [K in keyof R]: Response }> {
    const start = this.responses.length;
    this.send(...reqs, { flush: {} });
    await this.waitFor(start + reqs.length + 1);
    return this.responses.slice(start, start + reqs.length) as { [K in keyof R]: Response };
  }

  /** Resolves once `count` responses in total have arrived; rejects if the socket closes first. */
  async waitFor(count: number, timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.responses.length < count) {
      if (this.ended) throw new Error(`connection closed after ${this.responses.length} of ${count} responses`);
      if (Date.now() > deadline) throw new Error(`timed out with ${this.responses.length} of ${count} responses`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
  }

  /** Resolves when the server has closed the connection. */
  async waitClosed(timeoutMs = 5_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.ended) {
      if (Date.now() > deadline) throw new Error("connection still open");
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  get closed(): boolean {
    return this.ended;
  }

  close(): void {
    this.socket.destroy();
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }
}
