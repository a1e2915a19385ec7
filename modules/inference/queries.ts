import type { PageRequest as SdkPageRequest } from "cosmjs-types/cosmos/base/query/v1beta1/pagination";
import * as pb from "../../proto/gen/tributary/inference/v1/index.ts";
import { moduleAddress } from "../../chain/address.ts";
import type { Context } from "../../chain/context.ts";
import { readU64be } from "../../chain/keys.ts";
import type { QueryHandler } from "../../chain/module.ts";
import { queryService } from "../../chain/queryService.ts";
import { paginate } from "../../chain/pagination.ts";
import { addressArg, decodeRequest, pageRequestIn, pageResponseOut } from "../../chain/queryArgs.ts";
import { inferenceOut, modelIn, modelOut, paramsOut, poolOut, u64 } from "./codec.ts";
import { claimable } from "./dataPools.ts";
import { inferenceErrors } from "./errors.ts";
import type { InferenceKeeper } from "./keeper.ts";
import { inferenceKeys } from "./keys.ts";
import { DATA_POOLS, type Inference, type Model } from "./types.ts";
import { decode, encode } from "../../proto/codec.ts";


const request = decodeRequest;
const pageIn = pageRequestIn;

const address = addressArg;
const pageOut = pageResponseOut;

export function inferenceQueries(keeper: InferenceKeeper): QueryHandler[] {
  const modelsPage = async (ctx: Context, prefix: Uint8Array, page: SdkPageRequest | undefined) => {
    const { items, pagination } = await paginate(ctx.kv, prefix, page, (k) => readU64be(k));
    const models = items.map((id) => keeper.getModel(ctx.kv, id)).filter((m): m is Model => m !== undefined);
    return encode(pb.QueryModelsResponseSchema, { models: models.map(modelOut), pagination: pageOut(pagination) });
  };
  const inferencesPage = async (ctx: Context, prefix: Uint8Array, page: SdkPageRequest | undefined) => {
    const { items, pagination } = await paginate(ctx.kv, prefix, page, (k) => readU64be(k));
    const list = items.map((id) => keeper.getInference(ctx.kv, id)).filter((x): x is Inference => x !== undefined);
    return encode(pb.QueryInferencesResponseSchema, { inferences: list.map(inferenceOut), pagination: pageOut(pagination) });
  };
  const balances = async (ctx: Context, name: string) => {
    const denom = keeper.getParams(ctx.kv).feeDenom;
    return [{ denom, amount: keeper.bank.getBalance(ctx.kv, moduleAddress(name), denom).toString() }];
  };
  return queryService(pb.Query, {
    params: (ctx) => encode(pb.QueryParamsResponseSchema, { params: paramsOut(keeper.getParams(ctx.kv)) }),
    model: (ctx, data) => {
      const id = u64(request(pb.QueryModelRequestSchema, data, "QueryModelRequest").id);
      const m = keeper.getModel(ctx.kv, id);
      if (!m) throw inferenceErrors.modelNotFound.wrap(`model ${id} does not exist`);
      return encode(pb.QueryModelResponseSchema, { model: modelOut(m) });
    },
    models: async (ctx, data) => {
      const req = request(pb.QueryModelsRequestSchema, data, "QueryModelsRequest");
      const { items, pagination } = await paginate(ctx.kv, inferenceKeys.modelPrefix, pageIn(req.pagination), (_k, v) => modelIn(decode(pb.ModelSchema, v)));
      return encode(pb.QueryModelsResponseSchema, { models: items.map(modelOut), pagination: pageOut(pagination) });
    },
    modelsByOwner: (ctx, data) => {
      const req = request(pb.QueryModelsByOwnerRequestSchema, data, "QueryModelsByOwnerRequest");
      return modelsPage(ctx, inferenceKeys.byOwner(address(req.owner, "owner")), pageIn(req.pagination));
    },
    modelsByDatanet: (ctx, data) => {
      const req = request(pb.QueryModelsByDatanetRequestSchema, data, "QueryModelsByDatanetRequest");
      return modelsPage(ctx, inferenceKeys.byDatanet(u64(req.datanetId)), pageIn(req.pagination));
    },
    artifact: (ctx, data) => {
      const hash = request(pb.QueryArtifactRequestSchema, data, "QueryArtifactRequest").hash ?? new Uint8Array();
      const bytes = hash.length === 32 ? keeper.getArtifact(ctx.kv, hash) : undefined;
      if (!bytes) throw inferenceErrors.modelNotFound.wrap(`no artifact with sha256 ${Array.from(hash, (b) => b.toString(16).padStart(2, "0")).join("")}`);
      return encode(pb.QueryArtifactResponseSchema, { artifact: bytes });
    },
    inference: (ctx, data) => {
      const id = u64(request(pb.QueryInferenceRequestSchema, data, "QueryInferenceRequest").id);
      const x = keeper.getInference(ctx.kv, id);
      if (!x) throw inferenceErrors.inferenceNotFound.wrap(`inference ${id} does not exist`);
      return encode(pb.QueryInferenceResponseSchema, { inference: inferenceOut(x) });
    },
    inferencesByModel: (ctx, data) => {
      const req = request(pb.QueryInferencesByModelRequestSchema, data, "QueryInferencesByModelRequest");
      return inferencesPage(ctx, inferenceKeys.byModel(u64(req.modelId)), pageIn(req.pagination));
    },
    inferencesByRequester: (ctx, data) => {
      const req = request(pb.QueryInferencesByRequesterRequestSchema, data, "QueryInferencesByRequesterRequest");
      return inferencesPage(ctx, inferenceKeys.byRequester(address(req.requester, "requester")), pageIn(req.pagination));
    },
    dataPool: (ctx, data) => {
      const req = request(pb.QueryDataPoolRequestSchema, data, "QueryDataPoolRequest");
      const p = keeper.getPool(ctx.kv, u64(req.datanetId), u64(req.version));
      if (!p) throw inferenceErrors.poolNotFound.wrap(`datanet ${u64(req.datanetId)} version ${u64(req.version)} has received no residual yet`);
      return encode(pb.QueryDataPoolResponseSchema, { pool: poolOut(p) });
    },
    claimableRewards: async (ctx, data) => {
      const id = u64(request(pb.QueryClaimableRewardsRequestSchema, data, "QueryClaimableRewardsRequest").contributionId);
      const owed = await claimable(keeper, ctx.kv, id);
      return encode(pb.QueryClaimableRewardsResponseSchema, { amount: { denom: keeper.getParams(ctx.kv).feeDenom, amount: owed.amount.toString() } });
    },
    // Compute: the share waiting in fee_collector for the next block's allocation to validators,
    // the last allocation that paid some and the total so far; community: the real community pool.
    rewardPools: async (ctx) => {
      const compute = keeper.distribution.computeRewards(ctx.kv);
      const coins = (cs: readonly { denom: string; amount: bigint }[]) => cs.map((c) => ({ denom: c.denom, amount: c.amount.toString() }));
      return encode(pb.QueryRewardPoolsResponseSchema, {
        compute: coins(compute.pending),
        community: coins(keeper.distribution.communityPoolCoins(ctx.kv)),
        dataPools: await balances(ctx, DATA_POOLS),
        computeLastAllocated: coins(compute.lastAllocated),
        computeLastHeight: compute.lastHeight,
        computeTotalAllocated: coins(compute.totalAllocated),
      });
    },
  });
}
