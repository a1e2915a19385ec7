import { tributary } from "../../proto/gen/tributary/rewards/v1/query.js";
import type { Context } from "../../chain/context.ts";
import type { QueryHandler } from "../../chain/module.ts";
import { paginate } from "../../chain/pagination.ts";
import { addressArg, decodeRequest, pageRequestIn, pageResponseOut } from "../../chain/queryArgs.ts";
import { bytesServed, requiredBond } from "./bond.ts";
import { challengeOut, coinOut, epochOut, nodeIn, nodeOut, paramsOut, pb as types, refundOut, u64, workOut } from "./codec.ts";
import { currentEpoch } from "./epoch.ts";
import { rewardsErrors } from "./errors.ts";
import { RewardsKeeper } from "./keeper.ts";
import { rewardsKeys } from "./keys.ts";

const pb = tributary.rewards.v1;
const SERVICE = "/tributary.rewards.v1.Query/";

/** The gRPC query service `tributary.rewards.v1.Query`. */
export function rewardsQueries(keeper: RewardsKeeper): QueryHandler[] {
  const q = (method: string, handle: (ctx: Context, data: Uint8Array) => Promise<Uint8Array> | Uint8Array): QueryHandler => ({ path: SERVICE + method, handle });
  return [
    q("Params", (ctx) => pb.QueryParamsResponse.encode({ params: paramsOut(keeper.getParams(ctx.kv)) }).finish()),
    q("Node", (ctx, data) => {
      const req = decodeRequest(pb.QueryNodeRequest, data, "QueryNodeRequest");
      const addr = addressArg(req.operator, "operator");
      const n = keeper.getNode(ctx.kv, addr);
      if (!n) throw rewardsErrors.nodeNotFound.wrap(`${req.operator} is not a registered node`);
      const epoch = currentEpoch(keeper.getEpoch(ctx.kv), keeper.getParams(ctx.kv), ctx.block.height);
      const work = keeper.getWork(ctx.kv, addr);
      const need = requiredBond(keeper.getParams(ctx.kv), bytesServed(ctx.kv, keeper.datanet, n.datanetIds));
      return pb.QueryNodeResponse.encode({
        node: nodeOut(n), currentEpoch: work ? workOut(work) : null, jailed: RewardsKeeper.jailed(n, epoch.number), requiredBond: need.toString(),
      }).finish();
    }),
    q("Nodes", async (ctx, data) => {
      const req = decodeRequest(pb.QueryNodesRequest, data, "QueryNodesRequest");
      const { items, pagination } = await paginate(ctx.kv, rewardsKeys.nodePrefix, pageRequestIn(req.pagination), (_k, v) => nodeIn(types.Node.decode(v)));
      return pb.QueryNodesResponse.encode({ nodes: items.map(nodeOut), pagination: pageResponseOut(pagination) }).finish();
    }),
    q("Epoch", async (ctx) => {
      const pool = await keeper.bank.getAllBalances(ctx, keeper.storagePool);
      return pb.QueryEpochResponse.encode({
        epoch: epochOut(currentEpoch(keeper.getEpoch(ctx.kv), keeper.getParams(ctx.kv), ctx.block.height)), pool: pool.map(coinOut), height: ctx.block.height.toString() as never,
        epochBlocks: keeper.getParams(ctx.kv).epochBlocks.toString() as never,
      }).finish();
    }),
    q("Challenges", async (ctx, data) => {
      const req = decodeRequest(pb.QueryChallengesRequest, data, "QueryChallengesRequest");
      const addr = addressArg(req.operator, "operator");
      const anchor = keeper.getEpoch(ctx.kv);
      const current = currentEpoch(anchor, keeper.getParams(ctx.kv), ctx.block.height).number;
      const asked = u64(req.epoch);
      if (asked !== 0n && asked !== current) {
        throw rewardsErrors.challengeNotFound.wrap(`only the current epoch's challenges (epoch ${current}) are kept; epoch ${asked} was asked`);
      }
      // Only the anchor epoch has challenges; a later one drew none.
      const list = anchor.number === current ? await keeper.listChallenges(ctx.kv, addr) : [];
      return pb.QueryChallengesResponse.encode({ challenges: list.map(challengeOut), epoch: current.toString() as never }).finish();
    }),
    q("Refunds", async (ctx, data) => {
      const req = decodeRequest(pb.QueryRefundsRequest, data, "QueryRefundsRequest");
      const list = await keeper.refundsOf(ctx.kv, addressArg(req.operator, "operator"));
      return pb.QueryRefundsResponse.encode({ refunds: list.map(refundOut) }).finish();
    }),
  ];
}
