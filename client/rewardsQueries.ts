/**
 * The rewards module's queries as a CosmJS QueryClient extension
 * (`QueryClient.withExtensions(comet, setupRewardsExtension)`), at the gRPC method paths
 * /tributary.rewards.v1.Query/<Method>: params, storage nodes, the epoch clock and pool, a
 * node's challenges, bond refunds.
 */
import { createProtobufRpcClient, type QueryClient } from "@cosmjs/stargate";
import { tributary } from "../proto/gen/tributary/rewards/v1/query.js";
import { addressToBytes } from "./address.ts";
import { type Page, type PageRequest, pageIn, pageOut } from "./datanetQueries.ts";
import { u64In, u64Out } from "./datanetTypes.ts";
import { TributaryClientError } from "./errors.ts";
import {
  type BondRefund, type Challenge, type EpochState, type NodeDetails, type RewardsParams, type StorageNode, challengeIn, coinIn,
  epochInfoIn, epochWorkIn, nodeIn, refundIn, rewardsParamsIn,
} from "./rewardsTypes.ts";

const pb = tributary.rewards.v1;
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
        return rewardsParamsIn(pb.QueryParamsResponse.decode(await call("Params", pb.QueryParamsRequest.encode({}).finish())).params);
      },
      async node(operator) {
        const r = pb.QueryNodeResponse.decode(await call("Node", pb.QueryNodeRequest.encode({ operator: address(operator) }).finish()));
        if (!r.node) throw new TributaryClientError("QUERY_FAILED", `the node returned no storage node for ${operator}`);
        return { node: nodeIn(r.node), currentEpoch: r.currentEpoch ? epochWorkIn(r.currentEpoch) : null, jailed: r.jailed ?? false, requiredBond: r.requiredBond || "0" };
      },
      async nodes(page) {
        const r = pb.QueryNodesResponse.decode(await call("Nodes", pb.QueryNodesRequest.encode({ pagination: pageOut(page) }).finish()));
        return pageIn(r.nodes.map(nodeIn), r.pagination);
      },
      async epoch() {
        const r = pb.QueryEpochResponse.decode(await call("Epoch", pb.QueryEpochRequest.encode({}).finish()));
        return { epoch: epochInfoIn(r.epoch), pool: (r.pool ?? []).map((c) => coinIn(c)!), height: u64In(r.height), epochBlocks: u64In(r.epochBlocks) };
      },
      async challenges(operator, epoch = 0) {
        const req = pb.QueryChallengesRequest.encode({ operator: address(operator), epoch: u64Out(epoch) }).finish();
        const r = pb.QueryChallengesResponse.decode(await call("Challenges", req));
        return { epoch: u64In(r.epoch), challenges: r.challenges.map(challengeIn) };
      },
      async refunds(operator) {
        const r = pb.QueryRefundsResponse.decode(await call("Refunds", pb.QueryRefundsRequest.encode({ operator: address(operator) }).finish()));
        return r.refunds.map(refundIn);
      },
    },
  };
}
