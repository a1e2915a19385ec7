/**
 * The tx index writer of the solo driver, off the block's critical path: a committed block is
 * queued here and written in the background, so the mempool's recheck, the NewBlock/Tx events
 * and the CheckTx calls waiting on the event loop do not wait for it. Blocks that pile up are
 * written together, in one batch, in height order.
 *
 * Crash safety: the index is derived data. A block whose state is committed but whose index
 * write had not finished when the process died is indexed again at the next start (`catchUp`,
 * from the block store), so its txs are findable by hash and by search once the node is back.
 * Readers call `settled()` first, so a tx is findable as soon as its NewBlock event is out.
 * The entries are built on this thread: building them on a worker thread (tried) saved this
 * thread ~0.08 ms per tx but cost the worker ~0.4 ms per tx (decoding the results again, its
 * own GC) and ~130 MB of peak RSS, a loss on two cores shared with signature checks.
 */
import type { BlockToIndex, TxIndex } from "../store/txindex.ts";
import type { BlockStore } from "../store/blockstore.ts";

export class BlockIndexer {
  private queue: BlockToIndex[] = [];
  private writing: Promise<void> | undefined;
  private failure: Error | undefined;

  constructor(
    private readonly index: TxIndex,
    /** Runs after each batch is written (the driver's crash point). */
    private readonly afterWrite: () => void = () => {},
  ) {}

  /** Queues a committed block; the write starts on the next turn of the event loop. */
  enqueue(block: BlockToIndex): void {
    if (this.failure) return;
    this.queue.push(block);
    this.writing ??= this.drain();
  }

  /** Waits for the queued writes (a failed one is reported by `settled`, not here). */
  async close(): Promise<void> {
    await this.settled().catch(() => undefined);
  }

  /** Resolves once every queued block is written; rejects if a write failed (the index stops there). */
  async settled(): Promise<void> {
    while (this.writing) await this.writing;
    if (this.failure) throw new Error(`tx index write failed: ${this.failure.message}`);
  }

  /**
   * Indexes the blocks the app has committed but the index does not have (a crash between the
   * state DB's Commit and the index write, or a deleted tx_index.db), from the block store.
   * PERF: grows with the missing blocks' txs × indexed attributes.
   */
  async catchUp(blocks: BlockStore, committedHeight: bigint): Promise<number> {
    await this.settled();
    const indexed = await this.index.indexedHeight();
    let from = indexed + 1n;
    if (from < blocks.base()) from = blocks.base();
    let count = 0;
    for (let h = from; h <= committedHeight && h > 0n; h++) {
      const [stored, results] = await Promise.all([blocks.block(h), blocks.results(h)]);
      // Pruned meanwhile, or not in this store: nothing to index from.
      if (!stored || !results) continue;
      await this.index.indexBlocks([{ height: h, txs: stored.block.data.txs, results: results.txResults, blockEvents: results.finalizeBlockEvents }]);
      count++;
    }
    return count;
  }

  private async drain(): Promise<void> {
    // Let the caller finish its turn (events, the mempool's recheck) before the batch is built.
    await new Promise<void>((resolve) => setImmediate(resolve));
    try {
      while (this.queue.length > 0) {
        const blocks = this.queue;
        this.queue = [];
        await this.index.indexBlocks(blocks);
        this.afterWrite();
      }
    } catch (err) {
      this.failure = err instanceof Error ? err : new Error(String(err));
      this.queue = [];
    } finally {
      this.writing = undefined;
    }
  }
}
