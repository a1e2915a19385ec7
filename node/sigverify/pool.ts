/**
 * A small pool of worker threads that verify tx signatures (sigWorkerMain.ts), so secp256k1
 * runs on every core instead of only on the main thread. Each worker has a shared-memory ring
 * (ring.ts): a request is a copy of the tx into it, and the answers are collected whenever the
 * main thread is woken, however many are ready, so the main thread's cost per tx stays a few µs
 * even when requests come one at a time (as the RPC's concurrent broadcasts bring them). Nothing
 * waits to fill a batch: a tx goes to its worker at once. A worker that crashes answers "not
 * verified" for everything it held (the ante then verifies on the main thread, so nothing is
 * lost or refused for it) and is replaced.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { SigWorkerData, SigWorkerTestFlags } from "./protocol.ts";
import { RingWriter, checkRingSizes, createRing } from "./ring.ts";

export interface SigVerifyPoolOptions {
  chainId: string;
  /** Worker threads; default one per core. */
  size?: number;
  /** Bytes of queued txs per worker (a power of two); past it txs wait on the main thread. */
  ringBytes?: number;
  /** Replacements after crashes before the pool gives up (then every answer is "not verified"). */
  maxRestarts?: number;
  /** Passed to each worker (tests). */
  workerData?: SigWorkerTestFlags;
  /** Told of each worker that exited or threw (the node logs it). */
  onCrash?: (info: { exitCode: number; restarting: boolean }) => void;
}

type Resolve = (verified: boolean) => void;

interface Waiting {
  tx: Uint8Array;
  accountNumbers: readonly bigint[];
  resolve: Resolve;
}

interface Slot {
  worker: Worker;
  ring: RingWriter;
  /** Resolvers of the txs in the ring, in push order (the worker answers in that order); from `head` on. */
  jobs: (Resolve | undefined)[];
  head: number;
  /** A `whenAnswered` is pending. */
  listening: boolean;
  gone: boolean;
}

export interface SigVerifyPoolStats {
  workers: number;
  /** Times the main thread collected answers (each collects all that are ready). */
  wakeups: number;
  verified: number;
  notVerified: number;
  crashes: number;
}

export class SigVerifyPool {
  private readonly slots: Slot[] = [];
  /** Txs that found every ring full, in arrival order; sent as answers free space. */
  private backlog: (Waiting | undefined)[] = [];
  private backlogHead = 0;
  private closed = false;
  private started = false;
  private restarts = 0;
  private readonly stats: SigVerifyPoolStats = { workers: 0, wakeups: 0, verified: 0, notVerified: 0, crashes: 0 };
  private readonly size: number;

  constructor(private readonly opts: SigVerifyPoolOptions) {
    const size = opts.size ?? availableParallelism();
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`sig verify pool size must be a positive integer, got ${size}`);
    this.size = size;
    checkRingSizes(opts.ringBytes); // now rather than at the first tx
  }

  /** Workers start with the first request: a node that is never sent a tx never loads them. */
  private start(): void {
    this.started = true;
    for (let i = 0; i < this.size; i++) this.slots.push(this.spawn());
  }

  /**
   * Resolves true when every signature of `tx` verified for these account numbers (one per
   * signer, signer-info order); false when it did not, or could not be checked here. Never rejects.
   * PERF: on the main thread a copy of the tx into a worker's ring; its share of one wake-up.
   */
  verify(tx: Uint8Array, accountNumbers: readonly bigint[]): Promise<boolean> {
    if (!this.started && !this.closed) this.start();
    if (this.closed || this.slots.length === 0) return Promise.resolve(false);
    if (!this.slots[0]!.ring.accepts(tx.length, accountNumbers.length)) {
      this.stats.notVerified++;
      return Promise.resolve(false);
    }
    return new Promise<boolean>((resolve) => {
      if (this.backlogHead < this.backlog.length || !this.push(tx, accountNumbers, resolve)) this.backlog.push({ tx, accountNumbers, resolve });
    });
  }

  snapshot(): SigVerifyPoolStats {
    return { ...this.stats, workers: this.started ? this.slots.length : this.size };
  }

  /** Stops the workers; whatever they held resolves "not verified". */
  async close(): Promise<void> {
    this.closed = true;
    this.failBacklog();
    const slots = this.slots.splice(0);
    for (const s of slots) s.ring.stop();
    await Promise.all(slots.map((s) => s.worker.terminate()));
    for (const s of slots) this.failSlot(s);
  }

  /** Into the least loaded worker's ring, else any with room; false when all are full. */
  private push(tx: Uint8Array, accountNumbers: readonly bigint[], resolve: Resolve): boolean {
    let best: Slot | undefined;
    for (const s of this.slots) if (!best || s.ring.inflight < best.ring.inflight) best = s;
    if (best && this.pushTo(best, tx, accountNumbers, resolve)) return true;
    for (const s of this.slots) if (s !== best && this.pushTo(s, tx, accountNumbers, resolve)) return true;
    return false;
  }

  private pushTo(slot: Slot, tx: Uint8Array, accountNumbers: readonly bigint[], resolve: Resolve): boolean {
    if (!slot.ring.tryPush(tx, accountNumbers)) return false;
    slot.jobs.push(resolve);
    this.listen(slot);
    return true;
  }

  /** Arranges for `collect` once the worker has answered; the worker is ref'd while it holds txs. */
  private listen(slot: Slot): void {
    if (slot.listening) return;
    slot.listening = true;
    slot.worker.ref();
    const answered = slot.ring.whenAnswered();
    const collect = () => {
      slot.listening = false;
      this.collect(slot);
    };
    if (answered) void answered.then(collect);
    else queueMicrotask(collect);
  }

  /** Resolves every answer that is ready, refills the rings from the backlog, listens again if txs remain. */
  private collect(slot: Slot): void {
    if (slot.gone) return;
    this.stats.wakeups++;
    for (let n = slot.ring.ready(); n > 0; n--) {
      const resolve = slot.jobs[slot.head]!;
      slot.jobs[slot.head++] = undefined;
      this.finish(resolve, slot.ring.take());
    }
    if (slot.head === slot.jobs.length) {
      slot.jobs = [];
      slot.head = 0;
    } else if (slot.head > 1024 && slot.head * 2 > slot.jobs.length) {
      slot.jobs = slot.jobs.slice(slot.head);
      slot.head = 0;
    }
    this.drainBacklog();
    if (slot.ring.inflight > 0) this.listen(slot);
    else if (!slot.listening) slot.worker.unref();
  }

  /** PERF: linear in the txs sent; the backlog's front is dropped in chunks, not per tx. */
  private drainBacklog(): void {
    while (this.backlogHead < this.backlog.length) {
      const w = this.backlog[this.backlogHead]!;
      if (!this.push(w.tx, w.accountNumbers, w.resolve)) break;
      this.backlog[this.backlogHead++] = undefined;
    }
    if (this.backlogHead === this.backlog.length) {
      this.backlog = [];
      this.backlogHead = 0;
    } else if (this.backlogHead > 1024 && this.backlogHead * 2 > this.backlog.length) {
      this.backlog = this.backlog.slice(this.backlogHead);
      this.backlogHead = 0;
    }
  }

  private failBacklog(): void {
    const waiting = this.backlog.slice(this.backlogHead);
    this.backlog = [];
    this.backlogHead = 0;
    for (const w of waiting) this.finish(w!.resolve, false);
  }

  private finish(resolve: Resolve, ok: boolean): void {
    if (ok) this.stats.verified++;
    else this.stats.notVerified++;
    resolve(ok);
  }

  private spawn(): Slot {
    const ring = createRing(this.opts.ringBytes);
    const workerData: SigWorkerData = { ...this.opts.workerData, chainId: this.opts.chainId, ring };
    const worker = new Worker(new URL("./sigWorker.mjs", import.meta.url), { workerData });
    const slot: Slot = { worker, ring: new RingWriter(ring), jobs: [], head: 0, listening: false, gone: false };
    // An "error" is followed by "exit"; the slot is handled once, on exit.
    worker.on("error", () => undefined);
    worker.on("exit", (exitCode) => this.crashed(slot, exitCode));
    worker.unref();
    return slot;
  }

  private crashed(slot: Slot, exitCode: number): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return; // closed: already failed
    this.stats.crashes++;
    this.slots.splice(index, 1);
    this.failSlot(slot);
    const restarting = !this.closed && this.restarts < (this.opts.maxRestarts ?? 10);
    this.opts.onCrash?.({ exitCode, restarting });
    if (restarting) {
      this.restarts++;
      this.slots.push(this.spawn());
      this.drainBacklog();
    } else if (this.slots.length === 0) {
      this.failBacklog();
    }
  }

  /** Everything a gone worker held: "not verified" (the ante verifies it). */
  private failSlot(slot: Slot): void {
    slot.gone = true;
    slot.ring.release();
    for (let i = slot.head; i < slot.jobs.length; i++) this.finish(slot.jobs[i]!, false);
    slot.jobs = [];
    slot.head = 0;
  }
}
