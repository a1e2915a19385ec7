/**
 * What the CometBFT-compatible RPC server needs from the node. The solo driver's
 * SoloRpcBackend (node/solo/rpcBackend.ts) implements it; the RPC layer only translates these
 * values into CometBFT v0.38 JSON shapes (the ones CosmJS's Comet38Client parses) and never
 * touches the app or the stores directly.
 *
 * All protobuf-typed values use the `cosmjs-types` v0.38 types.
 */
import type { EventEmitter } from "node:events";
import type { Block } from "cosmjs-types/tendermint/types/block";
import type { Commit, BlockID } from "cosmjs-types/tendermint/types/types";
import type { ConsensusParams } from "cosmjs-types/tendermint/types/params";
import type {
  ExecTxResult,
  ResponseCheckTx,
  ResponseInfo,
  ResponseQuery,
  Event as AbciEventProto,
  ValidatorUpdate,
} from "cosmjs-types/tendermint/abci/types";

export interface NodeIdentity {
  /** 40 lowercase hex chars: the address of the node key. */
  nodeId: string;
  moniker: string;
  chainId: string;
  /** e.g. "tcp://127.0.0.1:26657" */
  rpcAddress: string;
  /** e.g. "tcp://0.0.0.0:26656" (the solo driver has no p2p; it reports this placeholder). */
  p2pListenAddr: string;
  /** CometBFT version we speak, "0.38.x" (CosmJS picks its client from this). */
  version: string;
  appVersion: bigint;
}

export interface ValidatorInfo {
  /** 20-byte address: first 20 bytes of sha256(pubkey). */
  address: Uint8Array;
  /** ed25519 public key, 32 bytes. */
  pubKey: Uint8Array;
  votingPower: bigint;
  proposerPriority: bigint;
}

export interface StoredBlock {
  blockId: BlockID;
  block: Block;
  /** Size in bytes of the encoded block (blockchain / block_metas). */
  size: number;
}

export interface StoredBlockResults {
  height: bigint;
  txResults: ExecTxResult[];
  finalizeBlockEvents: AbciEventProto[];
  validatorUpdates: ValidatorUpdate[];
  consensusParamUpdates?: ConsensusParams;
  appHash: Uint8Array;
}

/** One indexed tx, as `tx` and `tx_search` return it. */
export interface IndexedTx {
  hash: Uint8Array;
  height: bigint;
  index: number;
  tx: Uint8Array;
  result: ExecTxResult;
}

export interface SearchPage<T> {
  items: T[];
  totalCount: number;
}

export interface SearchParams {
  /** CometBFT query language, e.g. "message.sender='trib1…' AND tx.height>5". */
  query: string;
  page: number;
  perPage: number;
  orderBy: "asc" | "desc";
}

/** Raised by the backend for errors CometBFT reports as JSON-RPC -32603 with `data` = message. */
export class RpcBackendError extends Error {
  override readonly name = "RpcBackendError";
}

/**
 * Events the node emits on `events`:
 * - "NewBlock": (block: StoredBlock, results: StoredBlockResults)
 * - "Tx": (tx: IndexedTx)  — once per tx of a committed block, in order, after "NewBlock".
 */
export interface RpcBackend {
  identity(): NodeIdentity;
  latestHeight(): bigint;
  earliestHeight(): bigint;
  /** Undefined when not stored (pruned or beyond latest). */
  block(height: bigint): Promise<StoredBlock | undefined>;
  blockByHash(hash: Uint8Array): Promise<StoredBlock | undefined>;
  blockResults(height: bigint): Promise<StoredBlockResults | undefined>;
  /** The commit for `height` (for the latest height, the seen commit). */
  commit(height: bigint): Promise<Commit | undefined>;
  validators(height: bigint): Promise<ValidatorInfo[]>;
  consensusParams(height: bigint): Promise<ConsensusParams>;
  /** The genesis document as stored on disk (JSON text, exactly as in genesis.json). */
  genesisJson(): string;

  abciInfo(): Promise<ResponseInfo>;
  abciQuery(path: string, data: Uint8Array, height: bigint, prove: boolean): Promise<ResponseQuery>;

  /**
   * Runs CheckTx and admits the tx to the mempool. Throws RpcBackendError for mempool-level
   * refusals (duplicate "tx already exists in cache", full mempool, too large); returns the
   * CheckTx response otherwise (code ≠ 0 means rejected). The mempool throws its own
   * MempoolError (node/mempool/errors.ts); the backend maps it here, so the servers (RPC, REST,
   * gRPC) know one error type.
   */
  broadcastTx(tx: Uint8Array): Promise<ResponseCheckTx>;
  /** Mempool contents, highest priority first. */
  unconfirmedTxs(limit: number): { txs: Uint8Array[]; total: number; totalBytes: number };

  txByHash(hash: Uint8Array): Promise<IndexedTx | undefined>;
  searchTxs(params: SearchParams): Promise<SearchPage<IndexedTx>>;
  searchBlocks(params: SearchParams): Promise<SearchPage<StoredBlock>>;

  events: EventEmitter;
}
