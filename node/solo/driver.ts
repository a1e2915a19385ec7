/**
 * SoloDriver: the embedded single-validator consensus driver. It opens the block store and the
 * tx index, brings the app level with them, then produces a block every `timeoutCommitMs` and
 * serves the RPC backend.
 */
import { COMETBFT_VERSION } from "../version.ts";
import { EventEmitter } from "node:events";
import { join } from "node:path";
import { pino, type Logger } from "pino";
import { toHex } from "@cosmjs/encoding";
import { sha256 } from "@noble/hashes/sha2.js";
import type { Timestamp } from "cosmjs-types/google/protobuf/timestamp";
import type { ResponseCheckTx, ResponseInfo, ResponseQuery } from "cosmjs-types/tendermint/abci/types";
import type { ConsensusParams } from "cosmjs-types/tendermint/types/params";
import type { Commit } from "cosmjs-types/tendermint/types/types";
import type { AbciApp } from "../../chain/abci.ts";
import type {
  IndexedTx,
  NodeIdentity,
  RpcBackend,
  SearchPage,
  SearchParams,
  StoredBlock,
  StoredBlockResults,
  ValidatorInfo,
} from "../rpc/backend.ts";
import { BlockStore } from "../store/blockstore.ts";
import { TxIndex } from "../store/txindex.ts";
import { DEFAULT_MEMPOOL_CONFIG, Mempool, type MempoolConfig } from "../mempool/mempool.ts";
import { SoloChain, type ProducedBlock } from "./chain.ts";
import { readSoloGenesis, type SoloGenesis } from "./genesis.ts";
import { answerGetTx, GET_TX_PATH } from "./getTx.ts";
import type { ValidatorSigner } from "./signing.ts";

const INFO_REQUEST = { version: COMETBFT_VERSION, blockVersion: 11n, p2pVersion: 8n, abciVersion: "2.0.0" };

export interface SoloDriverOptions {
  app: AbciApp;
  /** Directory holding blockstore.db and tx_index.db (normally <home>/data). */
  dataDir: string;
  /** genesis.json exactly as on disk. */
  genesisJson: string;
  validatorKey: ValidatorSigner;
  timeoutCommitMs?: number;
  createEmptyBlocks?: boolean;
  mempool?: MempoolConfig;
  identity?: Partial<Pick<NodeIdentity, "nodeId" | "moniker" | "rpcAddress" | "p2pListenAddr">>;
  logger?: Logger;
  /** Wall clock, replaceable in tests. */
  now?: () => number;
}

export class SoloDriver implements RpcBackend {
  readonly events = new EventEmitter();
  readonly mempool: Mempool;
  private readonly genesis: SoloGenesis;
  private readonly logger: Logger;
  private readonly timeoutCommitMs: number;
  private readonly createEmptyBlocks: boolean;
  private blocks!: BlockStore;
  private index!: TxIndex;
  private chain!: SoloChain;
  private appVersion = 0n;
  private running = false;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;
  /** The error that stopped block production, if any. */
  fatalError: Error | undefined;
  /** Set once the RPC listener is bound: /status reports where it listens, not the config. */
  private boundRpcAddress: string | undefined;

  private constructor(private readonly options: SoloDriverOptions) {
    this.genesis = readSoloGenesis(options.genesisJson);
    this.logger = options.logger ?? pino({ level: "silent" });
    this.timeoutCommitMs = options.timeoutCommitMs ?? 1000;
    this.createEmptyBlocks = options.createEmptyBlocks ?? true;
    this.mempool = new Mempool(options.app, options.mempool ?? DEFAULT_MEMPOOL_CONFIG);
    this.events.setMaxListeners(0);
  }

  /** Opens the stores and runs the handshake; call `start()` to begin producing blocks. */
  static async open(options: SoloDriverOptions): Promise<SoloDriver> {
    const driver = new SoloDriver(options);
    driver.blocks = await BlockStore.open(join(options.dataDir, "blockstore.db"));
    driver.index = await TxIndex.open(join(options.dataDir, "tx_index.db"));
    driver.chain = new SoloChain(options.app, driver.blocks, driver.index, driver.genesis, options.validatorKey);
    try {
      const info = await options.app.info(INFO_REQUEST);
      driver.appVersion = info.appVersion;
      const { replayed } = await driver.chain.handshake(info);
      driver.logger.info({ height: driver.chain.height().toString(), replayed }, "solo handshake done");
    } catch (err) {
      await driver.closeStores();
      throw err;
    }
    return driver;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Finishes the block in progress, stops, and closes the stores. */
  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    await this.closeStores();
  }

  private async closeStores(): Promise<void> {
    await this.blocks?.close();
    await this.index?.close();
  }

  private async run(): Promise<void> {
    while (this.running) {
      await this.pause();
      if (!this.running) break;
      try {
        await this.produceOne();
      } catch (err) {
        this.fatalError = err instanceof Error ? err : new Error(String(err));
        this.logger.fatal({ err: this.fatalError }, "solo: block production stopped");
        this.running = false;
        // `tributary start` exits on it (as CometBFT does when its app fails), rather than serve a chain that stopped.
        this.events.emit("fatal", this.fatalError);
      }
    }
  }

  /** Waits timeout_commit, then (without empty blocks) until the mempool has txs; stop() interrupts. */
  private async pause(): Promise<void> {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, this.timeoutCommitMs);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
    if (!this.createEmptyBlocks && this.running) {
      await Promise.race([this.mempool.whenNotEmpty(), new Promise<void>((resolve) => (this.wake = resolve))]);
    }
  }

  /** Produces one block now (also usable by tests with the loop stopped). */
  async produceOne(): Promise<ProducedBlock> {
    const started = Date.now();
    let produced: ProducedBlock;
    try {
      produced = await this.chain.produceBlock(
        (maxBytes, maxGas) => this.mempool.reap(maxBytes, maxGas),
        (this.options.now ?? Date.now)(),
        () => this.mempool.lock(),
      );
      await this.mempool.update(produced.stored.block.data.txs);
    } finally {
      this.mempool.unlock();
    }
    const { stored, results, retainHeight } = produced;
    const txs = stored.block.data.txs;
    this.events.emit("NewBlock", stored, results);
    txs.forEach((tx, index) => {
      const result = results.txResults[index];
      if (result) this.events.emit("Tx", { hash: sha256(tx), height: results.height, index, tx, result } satisfies IndexedTx);
    });
    if (retainHeight > 0n) await this.blocks.pruneBelow(retainHeight);
    this.logger.info(
      { height: results.height.toString(), txs: txs.length, appHash: toHex(results.appHash).slice(0, 12).toUpperCase(), ms: Date.now() - started },
      "committed block",
    );
    return produced;
  }

  /** Resolves once `height` is committed (or rejects when production stopped on an error). */
  async waitForHeight(height: bigint, timeoutMs = 30_000): Promise<void> {
    if (this.chain.height() >= height) return;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.events.off("NewBlock", onBlock);
        reject(new Error(`timed out waiting for height ${height} (at ${this.chain.height()})`));
      }, timeoutMs);
      const onBlock = (block: StoredBlock) => {
        if (block.block.header.height < height) return;
        clearTimeout(timer);
        this.events.off("NewBlock", onBlock);
        resolve();
      };
      this.events.on("NewBlock", onBlock);
    });
  }

  /** The address the RPC server really listens on (tcp://host:port, port 0 resolved). */
  setRpcAddress(laddr: string): void {
    this.boundRpcAddress = laddr;
  }

  // ---- RpcBackend ----

  identity(): NodeIdentity {
    const id = this.options.identity ?? {};
    return {
      nodeId: id.nodeId ?? toHex(this.options.validatorKey.pubkey.slice(0, 20)),
      moniker: id.moniker ?? "tributary",
      chainId: this.genesis.chainId,
      rpcAddress: this.boundRpcAddress ?? id.rpcAddress ?? "tcp://127.0.0.1:26657",
      p2pListenAddr: id.p2pListenAddr ?? "tcp://0.0.0.0:26656",
      version: COMETBFT_VERSION,
      appVersion: this.appVersion,
    };
  }

  latestHeight(): bigint {
    return this.chain.height();
  }

  earliestHeight(): bigint {
    return this.blocks.base();
  }

  async block(height: bigint): Promise<StoredBlock | undefined> {
    return height > this.chain.height() ? undefined : this.blocks.block(height);
  }

  async blockByHash(hash: Uint8Array): Promise<StoredBlock | undefined> {
    const found = await this.blocks.blockByHash(hash);
    return found && found.block.header.height <= this.chain.height() ? found : undefined;
  }

  async blockResults(height: bigint): Promise<StoredBlockResults | undefined> {
    return height > this.chain.height() ? undefined : this.blocks.results(height);
  }

  async commit(height: bigint): Promise<Commit | undefined> {
    return height > this.chain.height() ? undefined : this.blocks.commit(height);
  }

  validators(height: bigint): Promise<ValidatorInfo[]> {
    return this.chain.validatorsAt(height);
  }

  consensusParams(height: bigint): Promise<ConsensusParams> {
    return this.chain.consensusParamsAt(height);
  }

  genesisJson(): string {
    return this.options.genesisJson;
  }

  abciInfo(): Promise<ResponseInfo> {
    return this.options.app.info(INFO_REQUEST);
  }

  async abciQuery(path: string, data: Uint8Array, height: bigint, prove: boolean): Promise<ResponseQuery> {
    if (path === GET_TX_PATH) {
      return answerGetTx(data, this.chain.height(), (hash) => this.index.get(hash), (h) => this.blockTime(h));
    }
    return this.options.app.query({ path, data, height, prove });
  }

  private async blockTime(height: bigint): Promise<Timestamp | undefined> {
    return (await this.blocks.block(height))?.block.header.time;
  }

  broadcastTx(tx: Uint8Array): Promise<ResponseCheckTx> {
    return this.mempool.checkTx(tx);
  }

  unconfirmedTxs(limit: number): { txs: Uint8Array[]; total: number; totalBytes: number } {
    return { txs: this.mempool.txs(limit), total: this.mempool.size(), totalBytes: this.mempool.totalBytes() };
  }

  txByHash(hash: Uint8Array): Promise<IndexedTx | undefined> {
    return this.index.get(hash);
  }

  searchTxs(params: SearchParams): Promise<SearchPage<IndexedTx>> {
    return this.index.searchTxs(params);
  }

  async searchBlocks(params: SearchParams): Promise<SearchPage<StoredBlock>> {
    const heights = await this.index.searchBlockHeights(params);
    const blocks = await Promise.all(heights.items.map((h) => this.blocks.block(h)));
    return { items: blocks.filter((b): b is StoredBlock => b !== undefined), totalCount: heights.totalCount };
  }
}
