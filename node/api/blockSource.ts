/**
 * Where the node routes (`cosmos.base.tendermint.v1beta1`, tx lookups) read blocks, validator
 * sets and indexed txs: the solo node's own stores, or, under `--consensus cometbft`, the
 * CometBFT node's RPC (which owns them there), so REST and gRPC answer the same in both modes.
 */
import { Comet38Client, type ReadonlyDateWithNanoseconds, type comet38 as comet, toSeconds } from "@cosmjs/tendermint-rpc";
import type { Timestamp } from "cosmjs-types/google/protobuf/timestamp";
import type { BlockID, Commit } from "cosmjs-types/tendermint/types/types";
import type { BlockIDFlag } from "cosmjs-types/tendermint/types/validator";
import type { IndexedTx, NodeIdentity, RpcBackend, SearchPage, SearchParams, StoredBlock, ValidatorInfo } from "../rpc/backend.ts";
import { RpcBackendError } from "../rpc/backend.ts";
import { execTxResult } from "../cometbft/execTxResult.ts";
import { ApiError, GrpcCode } from "./errors.ts";

export interface BlockSource {
  identity(): Promise<NodeIdentity>;
  latestHeight(): Promise<bigint>;
  earliestHeight(): Promise<bigint>;
  /** Undefined when not stored (pruned or beyond latest). */
  block(height: bigint): Promise<StoredBlock | undefined>;
  validators(height: bigint): Promise<ValidatorInfo[]>;
  txByHash(hash: Uint8Array): Promise<IndexedTx | undefined>;
  /** Throws RpcBackendError for a query the indexer refuses. */
  searchTxs(params: SearchParams): Promise<SearchPage<IndexedTx>>;
}

/** The solo node's block store, validator set and tx index. */
export function soloBlockSource(node: RpcBackend): BlockSource {
  return {
    identity: async () => node.identity(),
    latestHeight: async () => node.latestHeight(),
    earliestHeight: async () => node.earliestHeight(),
    block: (h) => node.block(h),
    validators: (h) => node.validators(h),
    txByHash: (hash) => node.txByHash(hash),
    searchTxs: (p) => node.searchTxs(p),
  };
}

function timestamp(t: ReadonlyDateWithNanoseconds): Timestamp {
  const { seconds, nanos } = toSeconds(t);
  return { seconds: BigInt(seconds), nanos };
}

function blockId(id: comet.BlockId | null | undefined): BlockID {
  return { hash: id?.hash ?? new Uint8Array(), partSetHeader: { total: id?.parts.total ?? 0, hash: id?.parts.hash ?? new Uint8Array() } };
}

function commit(c: comet.Commit | null): Commit | undefined {
  if (!c) return undefined;
  return {
    height: BigInt(c.height),
    round: c.round,
    blockId: blockId(c.blockId),
    signatures: c.signatures.map((s) => ({
      blockIdFlag: s.blockIdFlag as number as BlockIDFlag,
      validatorAddress: s.validatorAddress ?? new Uint8Array(),
      timestamp: s.timestamp ? timestamp(s.timestamp) : { seconds: -62135596800n, nanos: 0 },
      signature: s.signature ?? new Uint8Array(),
    })),
  };
}

/** CometBFT's block (as CosmJS decodes it) as the tendermint.types proto the routes print. */
export function storedBlock(r: comet.BlockResponse): StoredBlock {
  const h = r.block.header;
  return {
    blockId: blockId(r.blockId),
    size: 0,
    block: {
      header: {
        version: { block: BigInt(h.version.block), app: BigInt(h.version.app) },
        chainId: h.chainId,
        height: BigInt(h.height),
        time: timestamp(h.time),
        lastBlockId: blockId(h.lastBlockId),
        lastCommitHash: h.lastCommitHash,
        dataHash: h.dataHash,
        validatorsHash: h.validatorsHash,
        nextValidatorsHash: h.nextValidatorsHash,
        consensusHash: h.consensusHash,
        appHash: h.appHash,
        lastResultsHash: h.lastResultsHash,
        evidenceHash: h.evidenceHash,
        proposerAddress: h.proposerAddress,
      },
      data: { txs: [...r.block.txs] },
      evidence: { evidence: [] },
      lastCommit: commit(r.block.lastCommit),
    },
  };
}

function indexedTx(t: comet.TxResponse): IndexedTx {
  return { hash: t.hash, height: BigInt(t.height), index: t.index, tx: t.tx, result: execTxResult(t.result) };
}

/** A CometBFT RPC error ("tx (…) not found", a bad query) as what the routes expect. */
function isNotFound(e: unknown): boolean {
  return /not found/i.test((e as Error).message ?? "");
}

/** A transport failure (CometBFT down or not yet up), not an answer: the gateway's Unavailable. */
function unreachable(rpcUrl: string, e: unknown): ApiError {
  return new ApiError(GrpcCode.unavailable, `cannot reach CometBFT's RPC at ${rpcUrl}: ${(e as Error).message}`);
}

function isTransportFailure(e: unknown): boolean {
  const cause = (e as { cause?: Error }).cause;
  return /fetch failed|ECONNREFUSED|ECONNRESET|socket hang up/.test(`${(e as Error).message} ${cause?.message ?? ""}`);
}

/**
 * CometBFT's RPC at `rpcUrl` (http://host:port). The client connects on first use, so the app
 * can start before CometBFT does, as it must (CometBFT dials the app).
 */
export function cometBlockSource(rpcUrl: string): BlockSource & { disconnect(): void } {
  let client: Promise<Comet38Client> | undefined;
  const connect = (): Promise<Comet38Client> => {
    client ??= Comet38Client.connect(rpcUrl).catch((e: unknown) => {
      client = undefined;
      throw unreachable(rpcUrl, e);
    });
    return client;
  };
  /** One RPC call; a transport failure reads as Unavailable, CometBFT's own errors pass through. */
  const call = async <T>(f: (c: Comet38Client) => Promise<T>): Promise<T> => {
    const c = await connect();
    try {
      return await f(c);
    } catch (e) {
      throw isTransportFailure(e) ? unreachable(rpcUrl, e) : e;
    }
  };
  return {
    async identity() {
      const n = (await call((c) => c.status())).nodeInfo;
      return {
        nodeId: Buffer.from(n.id).toString("hex"),
        moniker: n.moniker,
        chainId: n.network,
        rpcAddress: n.other.get("rpc_address") ?? rpcUrl,
        p2pListenAddr: n.listenAddr,
        version: n.version,
        appVersion: BigInt(n.protocolVersion.app),
      };
    },
    latestHeight: async () => BigInt((await call((c) => c.status())).syncInfo.latestBlockHeight),
    earliestHeight: async () => BigInt((await call((c) => c.status())).syncInfo.earliestBlockHeight ?? 1),
    async block(height) {
      try {
        return storedBlock(await call((c) => c.block(Number(height))));
      } catch (e) {
        if (/height .* (must be less|is not available|lowest height)/i.test((e as Error).message)) return undefined;
        throw e;
      }
    },
    async validators(height) {
      const r = await call((c) => c.validatorsAll(Number(height)));
      return r.validators.map((v) => ({ address: v.address, pubKey: v.pubkey?.data ?? new Uint8Array(), votingPower: v.votingPower, proposerPriority: BigInt(v.proposerPriority ?? 0) }));
    },
    async txByHash(hash) {
      try {
        return indexedTx(await call((c) => c.tx({ hash })));
      } catch (e) {
        if (isNotFound(e)) return undefined;
        throw e;
      }
    },
    async searchTxs(p) {
      let r: comet.TxSearchResponse;
      try {
        r = await call((c) => c.txSearch({ query: p.query, page: p.page, per_page: p.perPage, order_by: p.orderBy }));
      } catch (e) {
        if (e instanceof ApiError) throw e;
        throw new RpcBackendError(`CometBFT refused the search: ${(e as Error).message}`);
      }
      return { items: r.txs.map(indexedTx), totalCount: r.totalCount };
    },
    disconnect() {
      void client?.then((c) => c.disconnect(), () => undefined);
    },
  };
}
