/**
 * SoloDriver: the embedded single-validator consensus driver, wired from its parts:
 * - SoloStores (stores.ts): owns the block store and the tx index under the data directory;
 * - SoloChain (chain.ts): the consensus steps, the start-up handshake and one block;
 * - BlockLoop (blockLoop.ts): a block every `timeoutCommitMs`, the mempool update, the events;
 * - SoloRpcBackend (rpcBackend.ts): what the RPC, REST and gRPC servers read and broadcast to.
 * `open` opens the stores and runs the handshake; `start` begins producing blocks; `stop`
 * finishes the block in progress and closes the stores.
 */
import type { EventEmitter } from "node:events";
import { pino, type Logger } from "pino";
import type { AbciApp } from "../../chain/abci.ts";
import { DEFAULT_MEMPOOL_CONFIG, Mempool, type MempoolConfig } from "../mempool/mempool.ts";
import type { NodeIdentity } from "../rpc/backend.ts";
import { BlockLoop } from "./blockLoop.ts";
import { SoloChain, type ProducedBlock } from "./chain.ts";
import { readSoloGenesis } from "./genesis.ts";
import { INFO_REQUEST, SoloRpcBackend } from "./rpcBackend.ts";
import type { ValidatorSigner } from "./signing.ts";
import { SoloStores } from "./stores.ts";

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

export class SoloDriver {
  private constructor(
    readonly stores: SoloStores,
    private readonly chain: SoloChain,
    readonly mempool: Mempool,
    readonly loop: BlockLoop,
    /** The RpcBackend the node's servers are given. */
    readonly rpc: SoloRpcBackend,
  ) {}

  /** Opens the stores and runs the handshake; call `start()` to begin producing blocks. */
  static async open(options: SoloDriverOptions): Promise<SoloDriver> {
    const genesis = readSoloGenesis(options.genesisJson);
    const logger = options.logger ?? pino({ level: "silent" });
    const stores = await SoloStores.open(options.dataDir);
    const chain = new SoloChain(options.app, stores.blocks, stores.index, genesis, options.validatorKey);
    let appVersion: bigint;
    try {
      const info = await options.app.info(INFO_REQUEST);
      appVersion = info.appVersion;
      const { replayed } = await chain.handshake(info);
      logger.info({ height: chain.height().toString(), replayed }, "solo handshake done");
    } catch (err) {
      await stores.close();
      throw err;
    }
    const mempool = new Mempool(options.app, options.mempool ?? DEFAULT_MEMPOOL_CONFIG);
    const loop = new BlockLoop(chain, mempool, stores.blocks, {
      timeoutCommitMs: options.timeoutCommitMs ?? 1000,
      createEmptyBlocks: options.createEmptyBlocks ?? true,
      logger,
      now: options.now ?? Date.now,
    });
    const rpc = new SoloRpcBackend({
      app: options.app,
      chain,
      stores,
      mempool,
      events: loop.events,
      chainId: genesis.chainId,
      genesisJson: options.genesisJson,
      validatorPubkey: options.validatorKey.pubkey,
      appVersion,
      identity: options.identity,
    });
    return new SoloDriver(stores, chain, mempool, loop, rpc);
  }

  start(): void {
    this.loop.start();
  }

  /** Finishes the block in progress, stops, and closes the stores. */
  async stop(): Promise<void> {
    await this.loop.stop();
    // The last blocks' index writes (a failed one is already reported: fatal).
    await this.chain.close();
    await this.stores.close();
  }

  /** NewBlock, Tx and fatal (see blockLoop.ts). */
  get events(): EventEmitter {
    return this.loop.events;
  }

  /** The error that stopped block production, if any. */
  get fatalError(): Error | undefined {
    return this.loop.fatalError;
  }

  /** Last height the app has committed. */
  latestHeight(): bigint {
    return this.chain.height();
  }

  /** Produces one block now (also usable by tests with the loop stopped). */
  produceOne(): Promise<ProducedBlock> {
    return this.loop.produceOne();
  }

  /** Resolves once `height` is committed; rejects on timeout or when production stopped on an error. */
  waitForHeight(height: bigint, timeoutMs?: number): Promise<void> {
    return this.loop.waitForHeight(height, timeoutMs);
  }
}
