/**
 * The rewards module's queries as a CosmJS QueryClient extension
 * (`QueryClient.withExtensions(comet, setupRewardsExtension)`), at the gRPC method paths
 * /tributary.rewards.v1.Query/<Method>: params, storage nodes, the epoch clock and pool, a
 * node's challenges, bond refunds.
 */
import { createProtobufRpcClient, type QueryClient } from "@cosmjs/stargate";
import * as pb from "../proto/gen/tributary/rewards/v1/index.ts";
import { addressToBytes } from "./address.ts";
import { type Page, type PageRequest, pageIn, pageOut } from "./datanetQueries.ts";
import { u64In, u64Out } from "./datanetTypes.ts";
import { TributaryClientError } from "./errors.ts";
import {
  type BondRefund, type Challenge, type EpochState, type NodeDetails, type RewardsParams, type StorageNode, challengeIn, coinIn,
  epochInfoIn, epochWorkIn, nodeIn, refundIn, rewardsParamsIn,
} from "./rewardsTypes.ts";
import { decode, encode } from "../proto/codec.ts";

const SERVICE = "tributary.rewards.v1.Query";

type Id = bigint | number | string;

export interface RewardsQueries {
  params(): Promise<RewardsParams>;
  /** A registered node with its current-epoch work; rejects when `operator` is not registered. */
  node(operator: string): Promise<NodeDetails>;
  /** Registered nodes in operator address-byte order. */
  nodes(page?: PageRequest): Promise<Page<StorageNode>>;
  epoch(): Promise<EpochState>;
  /** The node's challenges of `epoch` (0, the default: the current one; only it is kept). */
  challenges(operator: string, epoch?: Id): Promise<{ epoch: bigint; challenges: Challenge[] }>;
  refunds(operator: string): Promise<BondRefund[]>;
}

export interface RewardsExtension {
  readonly rewards: RewardsQueries;
}

function address(a: string): string {
  addressToBytes(a);
  return a;
}

export function setupRewardsExtension(base: QueryClient): RewardsExtension {
  const rpc = createProtobufRpcClient(base);
  const call = (method: string, data: Uint8Array) => rpc.request(SERVICE, method, data);
  return {
    rewards: {
      async params() {
        return rewardsParamsIn(decode(pb.QueryParamsResponseSchema, await call("Params", encode(pb.QueryParamsRequestSchema, {}))).params);
      },
      async node(operator) {
        const r = decode(pb.QueryNodeResponseSchema, await call("Node", encode(pb.QueryNodeRequestSchema, { operator: address(operator) })));
        if (!r.node) throw new TributaryClientError("QUERY_FAILED", `the node returned no storage node for ${operator}`);
        return { node: nodeIn(r.node), currentEpoch: r.currentEpoch ? epochWorkIn(r.currentEpoch) : null, jailed: r.jailed ?? false, requiredBond: r.requiredBond || "0" };
      },
      async nodes(page) {
        const r = decode(pb.QueryNodesResponseSchema, await call("Nodes", encode(pb.QueryNodesRequestSchema, { pagination: pageOut(page) })));
        return pageIn(r.nodes.map(nodeIn), r.pagination);
      },
      async epoch() {
        const r = decode(pb.QueryEpochResponseSchema, await call("Epoch", encode(pb.QueryEpochRequestSchema, {})));
        return { epoch: epochInfoIn(r.epoch), pool: (r.pool ?? []).map((c) => coinIn(c)!), height: u64In(r.height), epochBlocks: u64In(r.epochBlocks) };
      },
      async challenges(operator, epoch = 0) {
        const req = encode(pb.QueryChallengesRequestSchema, { operator: address(operator), epoch: u64Out(epoch) });
        const r = decode(pb.QueryChallengesResponseSchema, await call("Challenges", req));
        return { epoch: u64In(r.epoch), challenges: r.challenges.map(challengeIn) };
      },
      async refunds(operator) {
        const r = decode(pb.QueryRefundsResponseSchema, await call("Refunds", encode(pb.QueryRefundsRequestSchema, { operator: address(operator) })));
        return r.refunds.map(refundIn);
      },
    },
  };
}
