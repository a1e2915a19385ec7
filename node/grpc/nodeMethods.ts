/**
 * The gRPC methods the node answers itself (cosmos.base.tendermint.v1beta1.Service and
 * cosmos.tx.v1beta1.Service's broadcast and lookups) through the REST API's node routes
 * (node/api/nodeRoutes.ts): the request's protobuf is turned into the fields the route reads,
 * and the route's answer is encoded instead of printed as JSON. One implementation of each.
 */
import { toBase64 } from "@cosmjs/encoding";
import { GetBlockByHeightRequest } from "cosmjs-types/cosmos/base/tendermint/v1beta1/query";
import { BroadcastTxRequest, GetTxRequest, GetTxsEventRequest, broadcastModeToJSON, orderByToJSON } from "cosmjs-types/cosmos/tx/v1beta1/service";
import { ApiError, GrpcCode } from "../api/errors.ts";
import { type AnswerType, NODE_ROUTES, type NodeRoute, type NodeRouteContext } from "../api/nodeRoutes.ts";
import type { Fields } from "../api/request.ts";

export interface NodeMethod {
  route: NodeRoute;
  /** The request message → the route's fields (snake_case, proto3 JSON values). */
  fields(request: Uint8Array): Fields;
}

const none = (): Fields => ({});

function decoded<T>(type: { decode(bytes: Uint8Array): T }, name: string, toFields: (m: T) => Fields): (request: Uint8Array) => Fields {
  return (request) => {
    let message: T;
    try {
      message = type.decode(request);
    } catch (e) {
      throw new ApiError(GrpcCode.invalidArgument, `invalid ${name}: ${(e as Error).message}`);
    }
    return toFields(message);
  };
}

/** gRPC method path → the REST route answering it ("GET /cosmos/…"), and how its request maps. */
const METHODS: Record<string, [string, NodeMethod["fields"]]> = {
  "/cosmos.base.tendermint.v1beta1.Service/GetNodeInfo": ["GET /cosmos/base/tendermint/v1beta1/node_info", none],
  "/cosmos.base.tendermint.v1beta1.Service/GetSyncing": ["GET /cosmos/base/tendermint/v1beta1/syncing", none],
  "/cosmos.base.tendermint.v1beta1.Service/GetLatestBlock": ["GET /cosmos/base/tendermint/v1beta1/blocks/latest", none],
  "/cosmos.base.tendermint.v1beta1.Service/GetBlockByHeight": [
    "GET /cosmos/base/tendermint/v1beta1/blocks/{height}",
    decoded(GetBlockByHeightRequest, "GetBlockByHeightRequest", (m) => ({ height: m.height.toString() })),
  ],
  "/cosmos.base.tendermint.v1beta1.Service/GetLatestValidatorSet": ["GET /cosmos/base/tendermint/v1beta1/validatorsets/latest", none],
  "/cosmos.tx.v1beta1.Service/BroadcastTx": [
    "POST /cosmos/tx/v1beta1/txs",
    decoded(BroadcastTxRequest, "BroadcastTxRequest", (m) => ({ tx_bytes: toBase64(m.txBytes), mode: broadcastModeToJSON(m.mode) })),
  ],
  "/cosmos.tx.v1beta1.Service/GetTx": ["GET /cosmos/tx/v1beta1/txs/{hash}", decoded(GetTxRequest, "GetTxRequest", (m) => ({ hash: m.hash }))],
  "/cosmos.tx.v1beta1.Service/GetTxsEvent": [
    "GET /cosmos/tx/v1beta1/txs",
    decoded(GetTxsEventRequest, "GetTxsEventRequest", (m) => ({
      events: m.events,
      query: m.query,
      order_by: orderByToJSON(m.orderBy),
      page: m.page.toString(),
      limit: m.limit.toString(),
    })),
  ],
};

let table: Map<string, NodeMethod> | undefined;

/** The node-served methods by gRPC path; fails on a route that no longer exists (a renamed REST path). */
export function nodeMethods(): Map<string, NodeMethod> {
  if (table) return table;
  const out = new Map<string, NodeMethod>();
  for (const [path, [key, fields]] of Object.entries(METHODS)) {
    const route = NODE_ROUTES.find((r) => `${r.http} ${r.path}` === key);
    if (!route) throw new Error(`gRPC: ${path} is answered by the REST node route ${key}, which node/api/nodeRoutes.ts no longer has`);
    out.set(path, { route, fields });
  }
  table = out;
  return out;
}

/** The route's answer as the response message's protobuf bytes. */
export function encodeAnswer(type: AnswerType, message: unknown): Uint8Array {
  return type.encode(type.fromPartial(message as never) as never).finish();
}

export async function runNodeMethod(method: NodeMethod, ctx: Omit<NodeRouteContext, "print">, request: Uint8Array): Promise<Uint8Array> {
  return (await method.route.run({ ...ctx, print: encodeAnswer }, method.fields(request))) as Uint8Array;
}
