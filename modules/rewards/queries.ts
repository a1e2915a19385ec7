import * as pb from "../../proto/gen/tributary/rewards/v1/index.ts";
import type { QueryHandler } from "../../chain/module.ts";
import { queryService } from "../../chain/queryService.ts";
import { paginate } from "../../chain/pagination.ts";
import { addressArg, decodeRequest, pageRequestIn, pageResponseOut } from "../../chain/queryArgs.ts";
import { bytesServed, requiredBond } from "./bond.ts";
import { challengeOut, coinOut, epochOut, nodeIn, nodeOut, paramsOut, pb as types, refundOut, u64, workOut } from "./codec.ts";
import { currentEpoch } from "./epoch.ts";
import { rewardsErrors } from "./errors.ts";
import { RewardsKeeper } from "./keeper.ts";
import { rewardsKeys } from "./keys.ts";
import { decode, encode } from "../../proto/codec.ts";


/** The gRPC query service `tributary.rewards.v1.Query`. */
export function rewardsQueries(keeper: RewardsKeeper): QueryHandler[] {
  return queryService(pb.Query, {
    params: (ctx) => encode(pb.QueryParamsResponseSchema, { params: paramsOut(keeper.getParams(ctx.kv)) }),
    node: (ctx, data) => {
      const req = decodeRequest(pb.QueryNodeRequestSchema, data, "QueryNodeRequest");
      const addr = addressArg(req.operator, "operator");
      const n = keeper.getNode(ctx.kv, addr);
      if (!n) throw rewardsErrors.nodeNotFound.wrap(`${req.operator} is not a registered node`);
      const epoch = currentEpoch(keeper.getEpoch(ctx.kv), keeper.getParams(ctx.kv), ctx.block.height);
      const work = keeper.getWork(ctx.kv, addr);
      const need = requiredBond(keeper.getParams(ctx.kv), bytesServed(ctx.kv, keeper.datanet, n.datanetIds));
      return encode(pb.QueryNodeResponseSchema, {
        node: nodeOut(n), currentEpoch: work ? workOut(work) : undefined, jailed: RewardsKeeper.jailed(n, epoch.number), requiredBond: need.toString(),
      });
    },
    nodes: async (ctx, data) => {
      const req = decodeRequest(pb.QueryNodesRequestSchema, data, "QueryNodesRequest");
      const { items, pagination } = await paginate(ctx.kv, rewardsKeys.nodePrefix, pageRequestIn(req.pagination), (_k, v) => nodeIn(decode(types.NodeSchema, v)));
      return encode(pb.QueryNodesResponseSchema, { nodes: items.map(nodeOut), pagination: pageResponseOut(pagination) });
    },
    epoch: async (ctx) => {
      const pool = await keeper.bank.getAllBalances(ctx.kv, keeper.storagePool);
      return encode(pb.QueryEpochResponseSchema, {
        epoch: epochOut(currentEpoch(keeper.getEpoch(ctx.kv), keeper.getParams(ctx.kv), ctx.block.height)), pool: pool.map(coinOut), height: ctx.block.height,
        epochBlocks: keeper.getParams(ctx.kv).epochBlocks,
      });
    },
    challenges: async (ctx, data) => {
      const req = decodeRequest(pb.QueryChallengesRequestSchema, data, "QueryChallengesRequest");
      const addr = addressArg(req.operator, "operator");
      const anchor = keeper.getEpoch(ctx.kv);
      const current = currentEpoch(anchor, keeper.getParams(ctx.kv), ctx.block.height).number;
      const asked = u64(req.epoch);
      if (asked !== 0n && asked !== current) {
        throw rewardsErrors.challengeNotFound.wrap(`only the current epoch's challenges (epoch ${current}) are kept; epoch ${asked} was asked`);
      }
      // Only the anchor epoch has challenges; a later one drew none.
      const list = anchor.number === current ? await keeper.listChallenges(ctx.kv, addr) : [];
      return encode(pb.QueryChallengesResponseSchema, { challenges: list.map(challengeOut), epoch: current });
    },
    refunds: async (ctx, data) => {
      const req = decodeRequest(pb.QueryRefundsRequestSchema, data, "QueryRefundsRequest");
      const list = await keeper.refundsOf(ctx.kv, addressArg(req.operator, "operator"));
      return encode(pb.QueryRefundsResponseSchema, { refunds: list.map(refundOut) });
    },
  });
}
