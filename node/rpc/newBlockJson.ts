/**
 * The NewBlock websocket payload (`data`: the block and every tx result as CometBFT's JSON) built
 * on a worker thread from the block's and the results' protobuf encodings, which the solo node
 * has anyway (block store). For a block of sends it is ~2.7 KB of JSON per tx: building the
 * objects, JSON.stringify and the UTF-8 conversion of the socket write were the main thread's
 * largest per-tx cost outside the app. The worker returns UTF-8 bytes, so the main thread only
 * copies them into each frame.
 * The JSON is the bytes of JSON.stringify(newBlockEventMessage(block, results).data): the worker
 * decodes the encodings and calls the same encoder (newBlockJson.test.ts compares both).
 */
import { Worker } from "node:worker_threads";
import { Block } from "cosmjs-types/tendermint/types/block";
import type { BlockID } from "cosmjs-types/tendermint/types/types";
import { decodeResults } from "../store/resultsDecode.ts";
import { newBlockEventMessage } from "./encodeTx.ts";

/** What the block loop passes along with NewBlock: the encodings the block store saved. */
export interface EncodedBlock {
  /** Block.encode(block). */
  block: Uint8Array;
  /** ResponseFinalizeBlock.encode of the block's results. */
  results: Uint8Array;
}

export interface NewBlockJsonRequest {
  encoded: EncodedBlock;
  blockId: BlockID;
  height: bigint;
}

/**
 * The payload's JSON as UTF-8, in a buffer of its own (transferable).
 * PERF: grows with the block's txs × their events (decode, encode, stringify); runs on the worker.
 */
export function newBlockDataJson(req: NewBlockJsonRequest): Buffer {
  const block = Block.decode(req.encoded.block);
  const r = decodeResults(req.encoded.results);
  const results = {
    height: req.height,
    txResults: r.txResults,
    finalizeBlockEvents: r.events,
    validatorUpdates: r.validatorUpdates,
    consensusParamUpdates: r.consensusParamUpdates,
    appHash: r.appHash,
  };
  const json = JSON.stringify(newBlockEventMessage({ block, blockId: req.blockId, size: req.encoded.block.length }, results).data);
  // allocUnsafeSlow: never a slice of Buffer's shared pool, whose transfer would detach the pool.
  const out = Buffer.allocUnsafeSlow(Buffer.byteLength(json));
  out.write(json);
  return out;
}

type Reply = { id: number; json: Uint8Array } | { id: number; error: string };

/** One worker, started on first use; requests are answered in order. */
export class NewBlockJsonWorker {
  private worker: Worker | undefined;
  private nextId = 0;
  private readonly pending = new Map<number, { resolve: (json: Buffer) => void; reject: (err: Error) => void }>();

  /** PERF: the encodings are copied to the worker (a memcpy of the block and results bytes). */
  render(req: NewBlockJsonRequest): Promise<Buffer> {
    const worker = (this.worker ??= this.start());
    const id = this.nextId++;
    return new Promise<Buffer>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, req });
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    this.failAll(new Error("NewBlock JSON worker closed"));
    if (worker) await worker.terminate();
  }

  private start(): Worker {
    const worker = new Worker(new URL("./newBlockWorker.mjs", import.meta.url));
    // Never keeps the process alive: the RPC server's close terminates it.
    worker.unref();
    worker.on("message", (reply: Reply) => {
      const waiter = this.pending.get(reply.id);
      if (!waiter) return;
      this.pending.delete(reply.id);
      if ("error" in reply) waiter.reject(new Error(reply.error));
      else waiter.resolve(Buffer.from(reply.json.buffer, reply.json.byteOffset, reply.json.byteLength));
    });
    worker.on("error", (err) => this.failAll(err));
    worker.on("exit", (code) => {
      if (this.worker === worker) this.worker = undefined;
      this.failAll(new Error(`NewBlock JSON worker exited with code ${code}`));
    });
    return worker;
  }

  private failAll(err: Error): void {
    const waiters = [...this.pending.values()];
    this.pending.clear();
    for (const w of waiters) w.reject(err);
  }
}
