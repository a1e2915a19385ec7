/**
 * The solo block loop: every `timeoutCommitMs` (and, without empty blocks, once the mempool has
 * a tx) it produces one block through SoloChain, updates the mempool, prunes the block store to
 * the app's retain height and announces the block on `events`:
 * - "NewBlock": (block: StoredBlock, results: StoredBlockResults, encoded: EncodedBlock): the
 *   encodings let the RPC render the websocket payload off the main thread (node/rpc/newBlockJson.ts)
 * - "Tx": (tx: IndexedTx), once per tx of the block, in order, after "NewBlock"
 * - "fatal": (err: Error), when production stopped on an error (the loop does not go on).
 */
import { EventEmitter } from "node:events";
import type { Logger } from "pino";
import { toHex } from "@cosmjs/encoding";
import type { Mempool } from "../mempool/mempool.ts";
import type { IndexedTx, StoredBlock } from "../rpc/backend.ts";
import type { BlockStore } from "../store/blockstore.ts";
import type { ProducedBlock, SoloChain } from "./chain.ts";

export interface BlockLoopOptions {
  timeoutCommitMs: number;
  createEmptyBlocks: boolean;
  logger: Logger;
  /** Wall clock, replaceable in tests. */
  now: () => number;
}

export class BlockLoop {
  readonly events = new EventEmitter();
  /** The error that stopped block production, if any. */
  fatalError: Error | undefined;
  private running = false;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;

  constructor(
    private readonly chain: SoloChain,
    private readonly mempool: Mempool,
    private readonly blocks: BlockStore,
    private readonly opts: BlockLoopOptions,
  ) {
    this.events.setMaxListeners(0);
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Finishes the block in progress, then stops. */
  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
  }

  private async run(): Promise<void> {
    while (this.running) {
      await this.pause();
      if (!this.running) break;
      try {
        await this.produceOne();
      } catch (err) {
        this.fatalError = err instanceof Error ? err : new Error(String(err));
        this.opts.logger.fatal({ err: this.fatalError }, "solo: block production stopped");
        this.running = false;
        // `tributary start` exits on it (as CometBFT does when its app fails), rather than serve a chain that stopped.
        this.events.emit("fatal", this.fatalError);
      }
    }
  }

  /** Waits timeout_commit, then (without empty blocks) until the mempool has txs; stop() interrupts. */
  private async pause(): Promise<void> {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, this.opts.timeoutCommitMs);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
    if (!this.opts.createEmptyBlocks && this.running) {
      await Promise.race([this.mempool.whenNotEmpty(), new Promise<void>((resolve) => (this.wake = resolve))]);
    }
  }

  /**
   * Produces one block now (also usable by tests with the loop stopped).
   * PERF: grows with the block's txs (production, the mempool's update by the block's tx hashes,
   * one Tx event each when someone listens) + one recheck per tx left in the mempool.
   */
  async produceOne(): Promise<ProducedBlock> {
    const started = Date.now();
    // The previous block's index write (in the background since): a failed one stops production here.
    await this.chain.indexed();
    let produced: ProducedBlock;
    try {
      produced = await this.chain.produceBlock(
        (maxBytes, maxGas) => this.mempool.reap(maxBytes, maxGas),
        this.opts.now(),
        () => this.mempool.lock(),
      );
      // The block builder hashed every tx already (data_hash): the mempool finds them by those.
      await this.mempool.update(produced.stored.block.data.txs, produced.txHashes);
    } finally {
      this.mempool.unlock();
    }
    const { stored, results, retainHeight, txHashes, encoded } = produced;
    const txs = stored.block.data.txs;
    this.events.emit("NewBlock", stored, results, encoded);
    if (this.events.listenerCount("Tx") > 0) {
      txs.forEach((tx, index) => {
        const result = results.txResults[index];
        if (result) this.events.emit("Tx", { hash: txHashes[index]!, height: results.height, index, tx, result } satisfies IndexedTx);
      });
    }
    if (retainHeight > 0n) await this.blocks.pruneBelow(retainHeight);
    this.opts.logger.info(
      { height: results.height.toString(), txs: txs.length, appHash: toHex(results.appHash).slice(0, 12).toUpperCase(), ms: Date.now() - started },
      "committed block",
    );
    return produced;
  }

  /** Resolves once `height` is committed; rejects after `timeoutMs`, or at once when production stops on an error. */
  async waitForHeight(height: bigint, timeoutMs = 30_000): Promise<void> {
    if (this.chain.height() >= height) return;
    if (this.fatalError) throw new Error(`block production stopped at ${this.chain.height()} before height ${height}: ${this.fatalError.message}`);
    await new Promise<void>((resolve, reject) => {
      const done = () => {
        clearTimeout(timer);
        this.events.off("NewBlock", onBlock);
        this.events.off("fatal", onFatal);
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`timed out waiting for height ${height} (at ${this.chain.height()})`));
      }, timeoutMs);
      const onBlock = (block: StoredBlock) => {
        if (block.block.header.height < height) return;
        done();
        resolve();
      };
      const onFatal = (err: Error) => {
        done();
        reject(new Error(`block production stopped at ${this.chain.height()} before height ${height}: ${err.message}`));
      };
      this.events.on("NewBlock", onBlock);
      this.events.on("fatal", onFatal);
    });
  }
}
