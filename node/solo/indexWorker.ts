/**
 * The main thread's side of the index worker (indexWorkerMain.ts): one long-lived thread that
 * builds a committed block's tx index entries, so the thread serving CheckTx and producing
 * blocks only writes them. Requests queue inside the worker, answered in order.
 */
import { Worker } from "node:worker_threads";
import { packEntries } from "../store/packedEntries.ts";
import type { PackReply, PackRequest } from "./indexWorkerMain.ts";

export class IndexPackWorker {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve(b: Uint8Array): void; reject(e: Error): void }>();

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const w = new Worker(new URL("./indexWorker.mjs", import.meta.url));
    w.on("message", (m: PackReply) => {
      const p = this.waiting.get(m.id);
      this.waiting.delete(m.id);
      if (this.waiting.size === 0) w.unref();
      if ("error" in m) p?.reject(new Error(`tx index worker: ${m.error}`));
      else p?.resolve(m.packed);
    });
    w.on("error", (e) => this.failAll(e));
    w.on("exit", () => {
      this.worker = undefined;
      this.failAll(new Error("tx index worker exited"));
    });
    w.unref();
    this.worker = w;
    return w;
  }

  private failAll(e: Error): void {
    for (const p of this.waiting.values()) p.reject(e);
    this.waiting.clear();
  }

  /**
   * The packed index entries (node/store/packedEntries.ts) of a committed block from its txs,
   * their hashes and its encoded FinalizeBlock response.
   * PERF: on this thread, a copy of the block's tx and result bytes; the rest runs in the worker.
   */
  pack(height: bigint, txs: readonly Uint8Array[], hashes: readonly Uint8Array[], encodedResults: Uint8Array): Promise<Uint8Array> {
    const w = this.ensure();
    const id = this.nextId++;
    // Fresh, exact-size buffers, transferred: a view's backing buffer may be a shared pool.
    const packedTxs = packEntries((put) => txs.forEach((tx, i) => put(tx, hashes[i] ?? new Uint8Array())));
    const results = encodedResults.slice();
    // Referenced while a request is pending, so a node stopping meanwhile waits for it.
    w.ref();
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      w.postMessage({ id, height, txs: packedTxs, results } satisfies PackRequest, [packedTxs.buffer as ArrayBuffer, results.buffer as ArrayBuffer]);
    });
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = undefined;
    if (w) await w.terminate();
  }
}
