/**
 * One ABCI socket connection. CometBFT opens four (query, snapshot, mempool, consensus) and the
 * server cannot tell them apart, so every connection follows the same rule: requests are
 * handled one at a time in arrival order and answered in that order; responses are buffered
 * and written when a Flush is answered (as Go's server flushes its bufio writer), so the many
 * CheckTx CometBFT pipelines before one Flush leave in a single write. Between connections,
 * consensus requests go first (priority.ts).
 */
import type { Socket } from "node:net";
import { Request, Response } from "cosmjs-types/tendermint/abci/types";
import type { Logger } from "pino";
import { type AbciDispatcher, AbciFatalError, exceptionResponse } from "./dispatch.ts";
import { type AbciFramingError, FrameDecoder, encodeFrame } from "./framing.ts";
import { Int64SafeWriter } from "./int64Writer.ts";
import { type ConsensusPriority, isConsensusRequest, TurnTaker } from "./priority.ts";

/** Buffered response bytes written before a Flush arrives (Go's bufio does the same at 4 KiB). */
const WRITE_THRESHOLD_BYTES = 64 * 1024;

export interface ConnectionOptions {
  socket: Socket;
  dispatcher: AbciDispatcher;
  logger: Logger;
  maxMessageBytes: number;
  /** Shared by the server's connections: consensus requests queued or running. */
  priority: ConsensusPriority;
  /** Called once, when a must-not-fail method failed; the connection is already closed. */
  onFatal: (err: AbciFatalError) => void;
}

export class AbciConnection {
  private readonly socket: Socket;
  private readonly decoder: FrameDecoder;
  /** Decoded request bodies not yet handled; `head` avoids O(n) shifts on long pipelines. */
  private queue: Uint8Array[] = [];
  private head = 0;
  private pumping: Promise<void> | undefined;
  private out: Uint8Array[] = [];
  private outBytes = 0;
  /** Set when the length prefix broke: answer what came before, then close. */
  private broken: AbciFramingError | undefined;
  private stopping = false;
  /**
   * False from a response until the next Flush's: CometBFT waits for the Flush's answer as well
   * as the request's (its Commit call fails without it), so a stop completes the batch first.
   */
  private atBatchEnd = true;
  private onBatchEnd: (() => void) | undefined;
  /** Ends a wait for 'drain' (stop() must not hang on a client that stopped reading). */
  private endDrainWait: (() => void) | undefined;
  private readonly closedPromise: Promise<void>;
  /** Set once this connection carried a consensus request: it never waits for the others. */
  private carriesConsensus = false;
  /** This connection's consensus requests counted in `priority` and not yet answered. */
  private consensusPending = 0;
  private readonly turns: TurnTaker;

  constructor(private readonly opts: ConnectionOptions) {
    this.socket = opts.socket;
    this.decoder = new FrameDecoder(opts.maxMessageBytes);
    this.turns = new TurnTaker(opts.priority);
    this.closedPromise = new Promise((resolve) =>
      this.socket.once("close", () => {
        // Requests that will never be answered must not hold the other connections back.
        opts.priority.done(this.consensusPending);
        this.consensusPending = 0;
        resolve();
      }),
    );
    this.socket.on("data", (chunk: Buffer) => this.onData(chunk));
    // A client vanishing mid-stream is routine (CometBFT restarting); only this connection ends.
    this.socket.on("error", (err) => opts.logger.debug({ err }, "ABCI connection error"));
  }

  /** Resolves when the socket has closed. */
  get closed(): Promise<void> {
    return this.closedPromise;
  }

  /**
   * Lets the request being handled finish (a Commit completes) and answers the requests of its
   * batch up to the Flush (waiting up to `batchGraceMs` for a Flush not yet received), then
   * closes the socket.
   */
  async stop(batchGraceMs = 1_000): Promise<void> {
    this.stopping = true;
    // The request in hand first (a Commit), with data still flowing: its Flush may follow.
    this.endDrainWait?.();
    await this.pumping;
    if (!this.atBatchEnd) {
      let timer: NodeJS.Timeout | undefined;
      await new Promise<void>((resolve) => {
        this.onBatchEnd = resolve;
        timer = setTimeout(resolve, batchGraceMs);
      });
      clearTimeout(timer);
      this.onBatchEnd = undefined;
    }
    this.socket.pause();
    this.endDrainWait?.();
    await this.pumping;
    this.writeOut();
    // end(), not destroy(): what was just written must reach the client before the close.
    this.socket.end();
    const timer = setTimeout(() => this.socket.destroy(), batchGraceMs);
    await this.closedPromise;
    clearTimeout(timer);
  }

  /** Closes at once, whatever is in flight (after a fatal error). */
  destroy(): void {
    this.stopping = true;
    this.socket.destroy();
  }

  private onData(chunk: Buffer): void {
    if (this.broken || (this.stopping && this.atBatchEnd)) return;
    for (const body of this.decoder.push(chunk)) {
      if (isConsensusRequest(body)) {
        this.carriesConsensus = true;
        this.consensusPending++;
        this.opts.priority.add();
      }
      this.queue.push(body);
    }
    if (this.decoder.error) {
      this.broken = this.decoder.error;
      this.socket.pause();
    }
    this.pumping ??= this.pump()
      .catch((err: unknown) => {
        // A bug of ours (say, a response that does not encode): the order is lost, so close.
        this.opts.logger.error({ err }, "ABCI connection failed; closing it");
        this.destroy();
      })
      .finally(() => (this.pumping = undefined));
  }

  /**
   * Handles queued requests strictly in order until the queue is empty.
   * PERF: per request one protobuf decode and one encode, plus the App's cost; one socket
   * write per Flush (or per 64 KiB of responses); a non-consensus connection yields once per
   * 2 ms of work.
   */
  private async pump(): Promise<void> {
    while (this.head < this.queue.length && !(this.stopping && this.atBatchEnd)) {
      if (!this.carriesConsensus) {
        await this.turns.beforeRequest();
        if (this.stopping && this.atBatchEnd) break;
      }
      const body = this.queue[this.head++]!;
      const consensus = isConsensusRequest(body);
      if (this.head > 1024 && this.head * 2 > this.queue.length) {
        this.queue = this.queue.slice(this.head);
        this.head = 0;
      }
      let res: Response;
      try {
        res = await this.respond(body);
      } catch (e) {
        if (!(e instanceof AbciFatalError)) throw e;
        this.destroy();
        this.opts.onFatal(e);
        return;
      }
      if (consensus && this.consensusPending > 0) {
        this.consensusPending--;
        this.opts.priority.done();
      }
      if (this.stopping && this.socket.destroyed) return;
      this.push(res);
      this.atBatchEnd = res.flush !== undefined;
      if (res.flush !== undefined) {
        await this.flush();
        this.onBatchEnd?.();
      }
    }
    if (this.broken && !this.stopping) this.closeBroken(this.broken);
  }

  private async respond(body: Uint8Array): Promise<Response> {
    let req: Request;
    try {
      req = Request.decode(body);
    } catch (e) {
      this.opts.logger.warn({ err: e, bytes: body.length }, "undecodable ABCI request");
      return exceptionResponse(`cannot decode ABCI Request (${body.length} bytes): ${(e as Error).message}`);
    }
    return this.opts.dispatcher.handle(req);
  }

  private push(res: Response): void {
    const frame = encodeFrame(Response.encode(res, new Int64SafeWriter()).finish());
    this.out.push(frame);
    this.outBytes += frame.length;
    if (this.outBytes >= WRITE_THRESHOLD_BYTES) this.writeOut();
  }

  /** Writes what is buffered; waits for the socket to drain so a slow reader bounds memory. */
  private async flush(): Promise<void> {
    if (this.writeOut()) return;
    await new Promise<void>((resolve) => {
      const done = () => {
        this.socket.off("drain", done);
        this.socket.off("close", done);
        this.endDrainWait = undefined;
        resolve();
      };
      this.socket.on("drain", done);
      this.socket.on("close", done);
      this.endDrainWait = done;
    });
  }

  /** One socket write for everything buffered; false when the socket asks to wait for drain. */
  private writeOut(): boolean {
    if (this.out.length === 0 || this.socket.destroyed) return true;
    const data = this.out.length === 1 ? this.out[0]! : Buffer.concat(this.out, this.outBytes);
    this.out = [];
    this.outBytes = 0;
    return this.socket.write(data);
  }

  /** The stream's boundaries are lost: report why, then close this connection only. */
  private closeBroken(err: AbciFramingError): void {
    this.opts.logger.warn({ err: err.message }, "ABCI connection closed: broken length prefix");
    this.push(exceptionResponse(`closing connection: ${err.message}`));
    this.writeOut();
    this.socket.end();
  }
}
