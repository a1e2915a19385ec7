import { Worker } from "node:worker_threads";
import type { SegmentDoc } from "../../modules/attribution/engine/index.ts";
import type { BuildReply, BuildRequest } from "./buildWorkerMain.ts";

/** One long-lived worker thread that builds segments; requests queue inside it. */
export class IndexBuildWorker {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve(b: Uint8Array): void; reject(e: Error): void }>();

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const w = new Worker(new URL("./buildWorker.mjs", import.meta.url));
    w.on("message", (m: BuildReply) => {
      const p = this.waiting.get(m.id);
      this.waiting.delete(m.id);
      if (this.waiting.size === 0) w.unref();
      if ("error" in m) p?.reject(new Error(`index build failed: ${m.error}`));
      else p?.resolve(m.bytes);
    });
    w.on("error", (e) => this.failAll(e));
    w.on("exit", () => {
      this.worker = undefined;
      this.failAll(new Error("index build worker exited"));
    });
    w.unref();
    this.worker = w;
    return w;
  }

  private failAll(e: Error): void {
    for (const p of this.waiting.values()) p.reject(e);
    this.waiting.clear();
  }

  /** The canonical bytes of a one-segment index over these documents. */
  buildSegment(docs: SegmentDoc[]): Promise<Uint8Array> {
    const w = this.ensure();
    const id = this.nextId++;
    // Referenced while a build is pending: at start-up the handshake's replay of a block can
    // wait on a build with no other handle open, and an unreferenced worker let the process
    // exit (code 13, unsettled top-level await) mid-replay. Idle, it never holds the process.
    w.ref();
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      w.postMessage({ id, docs } satisfies BuildRequest);
    });
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = undefined;
    if (w) await w.terminate();
  }
}
