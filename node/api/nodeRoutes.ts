/**
 * Routes the node answers itself, not the app: `cosmos.base.tendermint.v1beta1.Service` (from
 * the block store and validator set) and `cosmos.tx.v1beta1.Service`'s broadcast and lookup
 * (through the mempool, as `broadcast_tx_sync` does, and the tx index). Responses are built as
 * the cosmjs-types messages and printed like every other route (json.ts).
 */
import { fromBase64, toHex } from "@cosmjs/encoding";
import { sha256 } from "@noble/hashes/sha2.js";
import { GetBlockByHeightResponse, GetLatestBlockResponse, GetLatestValidatorSetResponse, GetNodeInfoResponse, GetSyncingResponse } from "cosmjs-types/cosmos/base/tendermint/v1beta1/query";
import { BroadcastTxResponse, GetTxResponse, GetTxsEventResponse } from "cosmjs-types/cosmos/tx/v1beta1/service";
import type { TxResponse } from "cosmjs-types/cosmos/base/abci/v1beta1/abci";
import { Tx } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import type { Block as SdkBlock } from "cosmjs-types/cosmos/base/tendermint/v1beta1/types";
import { PubKey as Ed25519PubKey } from "cosmjs-types/cosmos/crypto/ed25519/keys";
import type { AbciApp } from "../../chain/abci.ts";
import { consAddressString } from "../../chain/address.ts";
import type { IndexedTx, StoredBlock } from "../rpc/backend.ts";
import type { BlockSource } from "./blockSource.ts";
import { RpcBackendError } from "../rpc/backend.ts";
import { type Broadcaster, MempoolRefusal } from "./broadcast.ts";
import { COMETBFT_VERSION, TRIBUTARY_VERSION } from "../version.ts";
import { ApiError, GrpcCode } from "./errors.ts";
import { type JsonType, messageJson } from "./json.ts";
import type { Fields } from "./request.ts";

export interface NodeRouteContext {
  /** The solo node's stores, or CometBFT's RPC under --consensus cometbft; none: routes that need it answer 501. */
  node: BlockSource | undefined;
  app: AbciApp;
  broadcast: Broadcaster;
  /** How a route returns its answer: the gateway's JSON (default, REST); the gRPC server encodes it instead. */
  print?: (type: AnswerType, message: unknown) => unknown;
}

/** A response message class (cosmjs-types): printable as JSON and encodable. */
export interface AnswerType extends JsonType {
  encode(message: never): { finish(): Uint8Array };
  fromPartial(object: never): unknown;
}

function answer(ctx: NodeRouteContext, type: AnswerType, message: unknown): unknown {
  return (ctx.print ?? messageJson)(type, message);
}

export interface NodeRoute {
  http: "GET" | "POST";
  path: string;
  /** Query parameters that may be given more than once (kept as arrays). */
  repeated?: readonly string[];
  /** Fields use the proto's snake_case names. */
  run(ctx: NodeRouteContext, fields: Fields): Promise<unknown>;
}

/** A Timestamp as Go's RFC 3339 with nanoseconds, trailing zeros dropped. */
function rfc3339(t: { seconds: bigint; nanos: number }): string {
  const base = new Date(Number(t.seconds) * 1000).toISOString().slice(0, 19);
  const frac = t.nanos ? "." + String(t.nanos).padStart(9, "0").replace(/0+$/, "") : "";
  return `${base}${frac}Z`;
}

/** An indexed tx as the SDK's TxResponse: the tx as an Any, the block's time as timestamp. */
async function txResponse(node: BlockSource, t: IndexedTx): Promise<TxResponse> {
  const block = await node.block(t.height);
  return {
    height: t.height,
    txhash: toHex(t.hash).toUpperCase(),
    codespace: t.result.codespace,
    code: t.result.code,
    data: toHex(t.result.data).toUpperCase(),
    rawLog: t.result.log,
    logs: [],
    info: t.result.info,
    gasWanted: t.result.gasWanted,
    gasUsed: t.result.gasUsed,
    tx: { typeUrl: "/cosmos.tx.v1beta1.Tx", value: t.tx },
    timestamp: block?.block.header ? rfc3339(block.block.header.time) : "",
    events: t.result.events,
  };
}

/** GetTxsEvent's page and limit (1-based page; limit 1..100, default 100 as the SDK). */
function pageArgs(fields: Fields): { page: number; perPage: number } {
  const num = (name: string, dflt: number, max: number): number => {
    const raw = fields[name];
    if (raw === undefined || raw === "" || raw === "0") return dflt;
    if (typeof raw !== "string" || !/^[0-9]{1,9}$/.test(raw)) throw new ApiError(GrpcCode.invalidArgument, `invalid ${name} ${JSON.stringify(raw)}: expected a positive integer`);
    return Math.min(Number(raw), max);
  };
  return { page: num("page", 1, 1e9), perPage: num("limit", 100, 100) };
}

const TX_HASH = /^[0-9A-Fa-f]{64}$/;

function heightArg(raw: unknown): bigint {
  if (typeof raw !== "string" || !/^[0-9]{1,19}$/.test(raw)) throw new ApiError(GrpcCode.invalidArgument, `invalid height ${JSON.stringify(raw)}: expected a positive integer`);
  return BigInt(raw);
}

async function blockAt(node: BlockSource, height: bigint): Promise<StoredBlock> {
  const latest = await node.latestHeight();
  if (height > latest) throw new ApiError(GrpcCode.invalidArgument, `requested block height ${height} is bigger than the chain length ${latest}`);
  const b = await node.block(height);
  if (!b) throw new ApiError(GrpcCode.notFound, `block ${height} is not stored on this node (pruned; earliest is ${await node.earliestHeight()})`);
  return b;
}

/** The node's block store and tx index (or CometBFT's), or 501 on a listener given neither. */
function needNode(ctx: NodeRouteContext, path: string): BlockSource {
  if (!ctx.node) throw new ApiError(GrpcCode.unimplemented, `${path} is served from a block store, and this listener has none`);
  return ctx.node;
}

/** The SDK's `sdk_block`: the block with the proposer as a bech32 consensus address. */
function sdkBlock(b: StoredBlock): SdkBlock {
  const { header, data, evidence, lastCommit } = b.block;
  return { header: { ...header!, proposerAddress: consAddressString(header!.proposerAddress) }, data: data!, evidence: evidence!, lastCommit };
}

async function txBytesArg(fields: Fields): Promise<Uint8Array> {
  const raw = fields.tx_bytes;
  if (typeof raw !== "string" || raw === "") throw new ApiError(GrpcCode.invalidArgument, "invalid empty tx: tx_bytes must be the base64 encoded TxRaw");
  try {
    return fromBase64(raw);
  } catch {
    throw new ApiError(GrpcCode.invalidArgument, "tx_bytes is not valid base64");
  }
}

function emptyTxResponse(hash: string) {
  return { height: 0n, txhash: hash, codespace: "", code: 0, data: "", rawLog: "", logs: [], info: "", gasWanted: 0n, gasUsed: 0n, tx: null as never, timestamp: "", events: [] };
}

export const NODE_ROUTES: NodeRoute[] = [
  {
    http: "GET",
    path: "/cosmos/base/tendermint/v1beta1/node_info",
    async run(ctx) {
      const node = needNode(ctx, this.path);
      const id = await node.identity();
      return answer(
        ctx,
        GetNodeInfoResponse,
        GetNodeInfoResponse.fromPartial({
          defaultNodeInfo: {
            protocolVersion: { p2p: 8n, block: 11n, app: id.appVersion },
            defaultNodeId: id.nodeId,
            listenAddr: id.p2pListenAddr,
            network: id.chainId,
            version: id.version,
            channels: new Uint8Array(),
            moniker: id.moniker,
            other: { txIndex: "on", rpcAddress: id.rpcAddress },
          },
          applicationVersion: { name: "tributary", appName: "tributaryd", version: TRIBUTARY_VERSION, gitCommit: "", buildTags: "", goVersion: "", buildDeps: [], cosmosSdkVersion: `tributary-ts (CometBFT ${COMETBFT_VERSION} compatible)` },
        }),
      );
    },
  },
  { http: "GET", path: "/cosmos/base/tendermint/v1beta1/syncing", run: async (ctx) => answer(ctx, GetSyncingResponse, { syncing: false }) },
  {
    http: "GET",
    path: "/cosmos/base/tendermint/v1beta1/blocks/latest",
    async run(ctx) {
      const node = needNode(ctx, this.path);
      const b = await blockAt(node, await node.latestHeight());
      return answer(ctx, GetLatestBlockResponse, { blockId: b.blockId, block: b.block, sdkBlock: sdkBlock(b) });
    },
  },
  {
    http: "GET",
    path: "/cosmos/base/tendermint/v1beta1/blocks/{height}",
    async run(ctx, fields) {
      const node = needNode(ctx, this.path);
      const b = await blockAt(node, heightArg(fields.height));
      return answer(ctx, GetBlockByHeightResponse, { blockId: b.blockId, block: b.block, sdkBlock: sdkBlock(b) });
    },
  },
  {
    http: "GET",
    path: "/cosmos/base/tendermint/v1beta1/validatorsets/latest",
    async run(ctx) {
      const node = needNode(ctx, this.path);
      const height = await node.latestHeight();
      const vals = await node.validators(height);
      return answer(ctx, GetLatestValidatorSetResponse, {
        blockHeight: height,
        validators: vals.map((v) => ({
          address: consAddressString(v.address),
          pubKey: { typeUrl: "/cosmos.crypto.ed25519.PubKey", value: Ed25519PubKey.encode({ key: v.pubKey }).finish() },
          votingPower: v.votingPower,
          proposerPriority: v.proposerPriority,
        })),
        pagination: { nextKey: new Uint8Array(), total: BigInt(vals.length) },
      });
    },
  },
  {
    http: "POST",
    path: "/cosmos/tx/v1beta1/txs",
    async run(ctx, fields) {
      const tx = await txBytesArg(fields);
      const mode = fields.mode ?? "BROADCAST_MODE_SYNC";
      if (mode !== "BROADCAST_MODE_SYNC" && mode !== "BROADCAST_MODE_ASYNC") {
        throw new ApiError(GrpcCode.invalidArgument, `unsupported broadcast mode ${JSON.stringify(mode)}: use BROADCAST_MODE_SYNC or BROADCAST_MODE_ASYNC`);
      }
      const hash = toHex(sha256(tx)).toUpperCase();
      const checked = ctx.broadcast(tx);
      if (mode === "BROADCAST_MODE_ASYNC") {
        // ASYNC answers before CheckTx; a refusal is only in the node's log, as in CometBFT.
        checked.catch(() => undefined);
        return answer(ctx, BroadcastTxResponse, { txResponse: emptyTxResponse(hash) });
      }
      try {
        const r = await checked;
        return answer(ctx, BroadcastTxResponse, {
          txResponse: { ...emptyTxResponse(hash), code: r.code, codespace: r.codespace, rawLog: r.log, info: r.info, gasWanted: r.gasWanted, gasUsed: r.gasUsed },
        });
      } catch (e) {
        // A mempool refusal (already in the cache, full, too large): the SDK reports it as a
        // tx_response with the sdk code, not as a transport error.
        if (!(e instanceof MempoolRefusal)) throw e;
        const code = /cache|exists/.test(e.message) ? 19 : /full/.test(e.message) ? 20 : /too large/.test(e.message) ? 21 : 1;
        return answer(ctx, BroadcastTxResponse, { txResponse: { ...emptyTxResponse(hash), code, codespace: code === 1 ? "undefined" : "sdk", rawLog: e.message } });
      }
    },
  },
  {
    http: "GET",
    path: "/cosmos/tx/v1beta1/txs",
    repeated: ["events"],
    async run(ctx, fields) {
      const node = needNode(ctx, this.path);
      // `query` (SDK 0.50) or the older `events` ("message.sender='trib1…'"), CometBFT's query language.
      // Several `events` are ANDed, as the SDK does.
      const events = (fields.events as string[] | undefined) ?? [];
      const query = typeof fields.query === "string" && fields.query !== "" ? fields.query : events.filter((e) => e !== "").join(" AND ");
      if (query === "") throw new ApiError(GrpcCode.invalidArgument, "query cannot be empty: e.g. query=message.sender='trib1…'");
      const order = fields.order_by ?? "ORDER_BY_UNSPECIFIED";
      if (!["ORDER_BY_UNSPECIFIED", "ORDER_BY_ASC", "ORDER_BY_DESC"].includes(String(order))) throw new ApiError(GrpcCode.invalidArgument, `invalid order_by ${JSON.stringify(order)}`);
      let found;
      try {
        found = await node.searchTxs({ query, ...pageArgs(fields), orderBy: order === "ORDER_BY_DESC" ? "desc" : "asc" });
      } catch (e) {
        if (e instanceof RpcBackendError) throw new ApiError(GrpcCode.invalidArgument, e.message);
        throw e;
      }
      return answer(ctx, GetTxsEventResponse, {
        txs: found.items.map((t) => Tx.decode(t.tx)),
        txResponses: await Promise.all(found.items.map((t) => txResponse(node, t))),
        pagination: undefined,
        total: BigInt(found.totalCount),
      });
    },
  },
  {
    http: "GET",
    path: "/cosmos/tx/v1beta1/txs/{hash}",
    async run(ctx, fields) {
      const node = needNode(ctx, this.path);
      const hash = String(fields.hash);
      if (!TX_HASH.test(hash)) throw new ApiError(GrpcCode.invalidArgument, `invalid tx hash ${JSON.stringify(hash)}: expected 64 hex characters`);
      const t = await node.txByHash(Buffer.from(hash, "hex"));
      if (!t) throw new ApiError(GrpcCode.notFound, `tx not found: ${hash.toUpperCase()}`);
      return answer(ctx, GetTxResponse, { tx: Tx.decode(t.tx), txResponse: await txResponse(node, t) });
    },
  },
];
