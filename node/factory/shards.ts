/**
 * Minibatch gradients in two fixed shards: the first always on the calling thread, the second
 * on a worker thread when threads = 2 (else after the first, on the same thread). The shards are
 * the same either way and are summed in the same order, so a seed gives the same model bytes
 * with one thread or two.
 */
import { Worker } from "node:worker_threads";
import { accumulateGradients, layoutOf, type MlpShape, type MlpTensors, Scratch, tensorsOf } from "./mlp.ts";
import type { ShardInit, ShardReply } from "./gradWorkerMain.ts";

export const SHARDS = 2;

export interface Shard {
  ctx: Int32Array;
  targets: Int32Array;
  grads: Float32Array;
}

export class ShardPool {
  readonly params: Float32Array;
  readonly tensors: MlpTensors;
  readonly shards: Shard[];
  private readonly scratch: Scratch;
  private readonly worker: Worker | undefined;

  /** `params` should be backed by a SharedArrayBuffer when threads = 2 (see sharedParams). */
  constructor(readonly shape: MlpShape, params: Float32Array, readonly maxRows: number, threads: number) {
    this.params = params;
    this.tensors = tensorsOf(shape, params);
    const size = layoutOf(shape).size;
    const shared = threads > 1;
    const buf = (bytes: number) => (shared ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes));
    this.shards = Array.from({ length: SHARDS }, () => ({
      ctx: new Int32Array(buf(maxRows * shape.window * 4)),
      targets: new Int32Array(buf(maxRows * 4)),
      grads: new Float32Array(buf(size * 4)),
    }));
    this.scratch = new Scratch(shape, maxRows);
    if (shared) {
      if (!(params.buffer instanceof SharedArrayBuffer)) throw new Error("two threads need the parameters in a SharedArrayBuffer");
      const s = this.shards[1]!;
      this.worker = new Worker(new URL("./gradWorker.mjs", import.meta.url));
      const init: ShardInit = { shape, params: params.buffer, grads: s.grads.buffer as SharedArrayBuffer, ctx: s.ctx.buffer as SharedArrayBuffer, targets: s.targets.buffer as SharedArrayBuffer, maxRows };
      this.worker.postMessage({ init });
    }
  }

  private local(i: number, rows: number): number {
    const s = this.shards[i]!;
    s.grads.fill(0);
    return accumulateGradients(this.shape, this.tensors, tensorsOf(this.shape, s.grads), s.ctx, s.targets, rows, this.scratch);
  }

  /** Gradients of both shards (rows0 + rows1 examples already in their ctx/targets); returns the summed NLL. */
  async run(rows0: number, rows1: number): Promise<number> {
    if (!this.worker) return this.local(0, rows0) + this.local(1, rows1);
    const w = this.worker;
    const remote = new Promise<number>((resolve, reject) => {
      const onError = (e: Error) => reject(e);
      w.once("error", onError);
      w.once("message", (m: ShardReply) => {
        w.off("error", onError);
        if ("error" in m) reject(new Error(`gradient worker: ${m.error}`));
        else resolve(m.loss);
      });
    });
    w.postMessage({ rows: rows1 });
    const loss0 = this.local(0, rows0);
    return loss0 + (await remote);
  }

  async close(): Promise<void> {
    if (this.worker) await this.worker.terminate();
  }
}

/** A zeroed parameter buffer, shared when threads > 1. */
export function sharedParams(shape: MlpShape, threads: number): Float32Array {
  const bytes = layoutOf(shape).size * 4;
  return new Float32Array(threads > 1 ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes));
}
