/**
 * The solo node's RpcBackend: what the CometBFT-compatible RPC, the REST API and gRPC read from
 * a solo node. It reads the block store and tx index (never writes them: the block loop does),
 * asks the app through Info and Query, and admits txs through the mempool, whose refusals
 * (MempoolError) it turns into the RPC layer's RpcBackendError with CometBFT's texts.
 */
import type { EventEmitter } from "node:events";
import { toHex } from "@cosmjs/encoding";
import type { Timestamp } from "cosmjs-types/google/protobuf/timestamp";
import type { ResponseCheckTx, ResponseInfo, ResponseQuery } from "cosmjs-types/tendermint/abci/types";
import type { ConsensusParams } from "cosmjs-types/tendermint/types/params";
import type { Commit } from "cosmjs-types/tendermint/types/types";
import type { AbciApp } from "../../chain/abci.ts";
import { MempoolError } from "../mempool/errors.ts";
import type { Mempool } from "../mempool/mempool.ts";
import {
  type IndexedTx,
  type NodeIdentity,
  type RpcBackend,
  RpcBackendError,
  type SearchPage,
  type SearchParams,
  type StoredBlock,
  type StoredBlockResults,
  type ValidatorInfo,
} from "../rpc/backend.ts";
import { COMETBFT_VERSION } from "../version.ts";
import type { SoloChain } from "./chain.ts";
import { answerGetTx, GET_TX_PATH } from "./getTx.ts";
import type { SoloStores } from "./stores.ts";

/** The Info request the driver sends (CometBFT's versions). */
export const INFO_REQUEST = { version: COMETBFT_VERSION, blockVersion: 11n, p2pVersion: 8n, abciVersion: "2.0.0" };

export interface SoloRpcBackendOptions {
  app: AbciApp;
  chain: SoloChain;
  stores: SoloStores;
  mempool: Mempool;
  /** The block loop's events (RpcBackend.events: NewBlock, Tx). */
  events: EventEmitter;
  chainId: string;
  /** genesis.json exactly as on disk. */
  genesisJson: string;
  validatorPubkey: Uint8Array;
  appVersion: bigint;
  identity?: Partial<Pick<NodeIdentity, "nodeId" | "moniker" | "rpcAddress" | "p2pListenAddr">>;
}

export class SoloRpcBackend implements RpcBackend {
  readonly events: EventEmitter;
  /** Set once the RPC listener is bound: /status reports where it listens, not the config. */
  private boundRpcAddress: string | undefined;

  constructor(private readonly o: SoloRpcBackendOptions) {
    this.events = o.events;
  }

  /** The address the RPC server really listens on (tcp://host:port, port 0 resolved). */
  setRpcAddress(laddr: string): void {
    this.boundRpcAddress = laddr;
  }

  identity(): NodeIdentity {
    const id = this.o.identity ?? {};
    return {
      nodeId: id.nodeId ?? toHex(this.o.validatorPubkey.slice(0, 20)),
      moniker: id.moniker ?? "tributary",
      chainId: this.o.chainId,
      rpcAddress: this.boundRpcAddress ?? id.rpcAddress ?? "tcp://127.0.0.1:26657",
      p2pListenAddr: id.p2pListenAddr ?? "tcp://0.0.0.0:26656",
      version: COMETBFT_VERSION,
      appVersion: this.o.appVersion,
    };
  }

  latestHeight(): bigint {
    return this.o.chain.height();
  }

  earliestHeight(): bigint {
    return this.o.stores.blocks.base();
  }

  // A block stored but not yet committed by the app (the loop is between its writes) is not served.
  async block(height: bigint): Promise<StoredBlock | undefined> {
    return height > this.latestHeight() ? undefined : this.o.stores.blocks.block(height);
  }

  async blockByHash(hash: Uint8Array): Promise<StoredBlock | undefined> {
    const found = await this.o.stores.blocks.blockByHash(hash);
    return found && found.block.header.height <= this.latestHeight() ? found : undefined;
  }

  async blockResults(height: bigint): Promise<StoredBlockResults | undefined> {
    return height > this.latestHeight() ? undefined : this.o.stores.blocks.results(height);
  }

  async commit(height: bigint): Promise<Commit | undefined> {
    return height > this.latestHeight() ? undefined : this.o.stores.blocks.commit(height);
  }

  validators(height: bigint): Promise<ValidatorInfo[]> {
    return this.o.chain.validatorsAt(height);
  }

  consensusParams(height: bigint): Promise<ConsensusParams> {
    return this.o.chain.consensusParamsAt(height);
  }

  genesisJson(): string {
    return this.o.genesisJson;
  }

  abciInfo(): Promise<ResponseInfo> {
    return this.o.app.info(INFO_REQUEST);
  }

  async abciQuery(path: string, data: Uint8Array, height: bigint, prove: boolean): Promise<ResponseQuery> {
    if (path === GET_TX_PATH) {
      return answerGetTx(data, this.latestHeight(), (hash) => this.txByHash(hash), (h) => this.blockTime(h));
    }
    return this.o.app.query({ path, data, height, prove });
  }

  private async blockTime(height: bigint): Promise<Timestamp | undefined> {
    return (await this.o.stores.blocks.block(height))?.block.header.time;
  }

  async broadcastTx(tx: Uint8Array): Promise<ResponseCheckTx> {
    try {
      return await this.o.mempool.checkTx(tx);
    } catch (e) {
      if (e instanceof MempoolError) throw new RpcBackendError(e.message);
      throw e;
    }
  }

  unconfirmedTxs(limit: number): { txs: Uint8Array[]; total: number; totalBytes: number } {
    return { txs: this.o.mempool.txs(limit), total: this.o.mempool.size(), totalBytes: this.o.mempool.totalBytes() };
  }

  // Index reads wait for the background write of committed blocks (node/solo/indexer.ts), so a
  // tx is findable as soon as its block is announced.
  async txByHash(hash: Uint8Array): Promise<IndexedTx | undefined> {
    await this.indexSettled();
    return this.o.stores.index.get(hash);
  }

  async searchTxs(params: SearchParams): Promise<SearchPage<IndexedTx>> {
    await this.indexSettled();
    return this.o.stores.index.searchTxs(params);
  }

  async searchBlocks(params: SearchParams): Promise<SearchPage<StoredBlock>> {
    await this.indexSettled();
    const heights = await this.o.stores.index.searchBlockHeights(params);
    const blocks = await Promise.all(heights.items.map((h) => this.o.stores.blocks.block(h)));
    return { items: blocks.filter((b): b is StoredBlock => b !== undefined), totalCount: heights.totalCount };
  }

  private async indexSettled(): Promise<void> {
    try {
      await this.o.chain.indexed();
    } catch (err) {
      throw new RpcBackendError((err as Error).message);
    }
  }
}
