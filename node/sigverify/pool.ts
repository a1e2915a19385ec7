/**
 * A small pool of worker threads that verify tx signatures (sigWorkerMain.ts), so secp256k1
 * runs on every core instead of only on the main thread. Requests arriving in the same turn of
 * the event loop go to a worker as one message (a message costs tens of µs; a verification
 * about 40). A worker that crashes answers "not verified" for everything it held (the ante then
 * verifies on the main thread, so nothing is lost or refused for it) and is replaced.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { type SigWorkerData, type VerifyReply, batchTransfer, packBatch } from "./protocol.ts";

export interface SigVerifyPoolOptions {
  chainId: string;
  /** Worker threads; default one per core. */
  size?: number;
  /** Largest batch sent in one message. */
  maxBatch?: number;
  /** Replacements after crashes before the pool gives up (then every answer is "not verified"). */
  maxRestarts?: number;
  /** Passed to each worker (tests). */
  workerData?: SigWorkerData;
  /** Told of each worker that exited or threw (the node logs it). */
  onCrash?: (info: { exitCode: number; restarting: boolean }) => void;
}

interface Job {
  tx: Uint8Array;
  accountNumbers: readonly bigint[];
  resolve(verified: boolean): void;
}

interface Slot {
  worker: Worker;
  /** Batches sent and not answered, by id. */
  inflight: Map<number, Job[]>;
  jobs: number;
}

export interface SigVerifyPoolStats {
  workers: number;
  batches: number;
  verified: number;
  notVerified: number;
  crashes: number;
}

export class SigVerifyPool {
  private readonly slots: Slot[] = [];
  private queue: Job[] = [];
  private flushing = false;
  private nextId = 1;
  private closed = false;
  private restarts = 0;
  private readonly stats: SigVerifyPoolStats = { workers: 0, batches: 0, verified: 0, notVerified: 0, crashes: 0 };
  private readonly maxBatch: number;

  constructor(private readonly opts: SigVerifyPoolOptions) {
    const size = opts.size ?? availableParallelism();
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`sig verify pool size must be a positive integer, got ${size}`);
    this.maxBatch = opts.maxBatch ?? 256;
    this.size = size;
  }

  private readonly size: number;
  private started = false;

  /** Workers start with the first request: a node that is never sent a tx never loads them. */
  private start(): void {
    this.started = true;
    for (let i = 0; i < this.size; i++) this.slots.push(this.spawn());
  }

  /**
   * Resolves true when every signature of `tx` verified for these account numbers (one per
   * signer, signer-info order); false when it did not, or could not be checked here. Never rejects.
   * PERF: queued; one worker message per batch, one verification per signer on a worker.
   */
  verify(tx: Uint8Array, accountNumbers: readonly bigint[]): Promise<boolean> {
    if (!this.started && !this.closed) this.start();
    if (this.closed || this.slots.length === 0) return Promise.resolve(false);
    return new Promise<boolean>((resolve) => {
      this.queue.push({ tx, accountNumbers, resolve });
      if (this.queue.length >= this.maxBatch * this.slots.length) this.flush();
      else if (!this.flushing) {
        this.flushing = true;
        setImmediate(() => this.flush());
      }
    });
  }

  snapshot(): SigVerifyPoolStats {
    return { ...this.stats, workers: this.started ? this.slots.length : this.size };
  }

  /** Stops the workers; whatever they held resolves "not verified". */
  async close(): Promise<void> {
    this.closed = true;
    const jobs = this.queue;
    this.queue = [];
    for (const job of jobs) job.resolve(false);
    const slots = this.slots.splice(0);
    await Promise.all(slots.map((s) => s.worker.terminate()));
    for (const s of slots) this.failSlot(s);
  }

  /** Sends the queue in even batches (at most maxBatch), each to the worker holding the fewest jobs. */
  private flush(): void {
    this.flushing = false;
    if (this.queue.length === 0) return;
    if (this.slots.length === 0) {
      for (const job of this.queue.splice(0)) job.resolve(false);
      return;
    }
    const per = Math.min(this.maxBatch, Math.ceil(this.queue.length / this.slots.length));
    while (this.queue.length > 0) this.send(this.leastLoaded()!, this.queue.splice(0, per));
  }

  private leastLoaded(): Slot | undefined {
    let best: Slot | undefined;
    for (const s of this.slots) if (!best || s.jobs < best.jobs) best = s;
    return best;
  }

  private send(slot: Slot, jobs: Job[]): void {
    const id = this.nextId++;
    const batch = packBatch(id, this.opts.chainId, jobs);
    if (slot.inflight.size === 0) slot.worker.ref();
    slot.inflight.set(id, jobs);
    slot.jobs += jobs.length;
    this.stats.batches++;
    slot.worker.postMessage(batch, batchTransfer(batch));
  }

  private spawn(): Slot {
    const worker = new Worker(new URL("./sigWorker.mjs", import.meta.url), { workerData: this.opts.workerData ?? {} });
    const slot: Slot = { worker, inflight: new Map(), jobs: 0 };
    worker.on("message", (reply: VerifyReply) => this.answer(slot, reply));
    // An "error" is followed by "exit"; the slot is handled once, on exit.
    worker.on("error", () => undefined);
    worker.on("exit", (exitCode) => this.crashed(slot, exitCode));
    worker.unref();
    return slot;
  }

  private answer(slot: Slot, reply: VerifyReply): void {
    const jobs = slot.inflight.get(reply.id);
    if (!jobs) return;
    slot.inflight.delete(reply.id);
    slot.jobs -= jobs.length;
    if (slot.inflight.size === 0) slot.worker.unref();
    for (const [i, job] of jobs.entries()) {
      const ok = reply.verified[i] === 1;
      if (ok) this.stats.verified++;
      else this.stats.notVerified++;
      job.resolve(ok);
    }
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
    }
  }

  /** Everything a gone worker held: "not verified" (the ante verifies it). */
  private failSlot(slot: Slot): void {
    for (const jobs of slot.inflight.values()) {
      for (const job of jobs) {
        this.stats.notVerified++;
        job.resolve(false);
      }
    }
    slot.inflight.clear();
    slot.jobs = 0;
  }
}
