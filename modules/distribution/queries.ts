import * as q from "cosmjs-types/cosmos/distribution/v1beta1/query";
import { ValidatorSlashEvent } from "cosmjs-types/cosmos/distribution/v1beta1/distribution";
import { addressBytes, addressString, valoperBytes } from "../../chain/address.ts";
import type { Context } from "../../chain/context.ts";
import { sdkErrors } from "../../chain/errors.ts";
import { EventManager } from "../../chain/events.ts";
import { readU64be } from "../../chain/keys.ts";
import type { QueryHandler } from "../../chain/module.ts";
import { paginateFiltered } from "../../chain/pagination.ts";
import { queryService } from "../../chain/queryService.ts";
import { decodeRequest } from "../../chain/queryArgs.ts";
import { MemBranch } from "../../chain/store/memBranch.ts";
import { type DecCoin, addDec, decCoinsToWire } from "./decCoins.ts";
import { calculateDelegationRewards } from "./delegation.ts";
import { stakingLookupErrors } from "./errors.ts";
import type { DistributionValidator } from "./expected.ts";
import { type DistributionKeeper, paramsToProto } from "./keeper.ts";
import { distributionKeys } from "./keys.ts";
import { incrementValidatorPeriod } from "./validator.ts";

const SERVICE = "cosmos.distribution.v1beta1.Query";

/** Query arguments: empty and malformed addresses are the caller's error (InvalidArgument). */
function arg<T>(value: string, what: string, parse: (s: string) => T): T {
  if (value === "") throw sdkErrors.invalidRequest.wrap(`empty ${what}`);
  try {
    return parse(value);
  } catch (e) {
    throw sdkErrors.invalidRequest.wrap(`invalid ${what}: ${(e as Error).message}`);
  }
}
const delegatorArg = (s: string) => arg(s, "delegator address", (x) => addressBytes(x));
const validatorArg = (s: string) => arg(s, "validator address", (x) => valoperBytes(x));

/**
 * Rewards as of now need the current period ended (the SDK does it in the query's cache
 * context): a throwaway branch over the query's state, so nothing is written.
 */
const scratch = (ctx: Context): Context => ({ ...ctx, kv: new MemBranch(ctx.kv), events: new EventManager() });

function mustValidator(k: DistributionKeeper, ctx: Context, op: Uint8Array, shown: string): DistributionValidator {
  const v = k.staking.validator(ctx.kv, op);
  if (!v) throw stakingLookupErrors.noValidatorFound.wrap(`validator ${shown} not found`);
  return v;
}

/** Rewards a delegation would withdraw now. PERF: O(slash events since it started). */
async function pendingRewards(k: DistributionKeeper, ctx: Context, v: DistributionValidator, del: Uint8Array, shares: bigint): Promise<DecCoin[]> {
  const c = scratch(ctx);
  const ending = incrementValidatorPeriod(k, c, v);
  return calculateDelegationRewards(k, c, v, del, shares, ending);
}

/** The gRPC query service cosmos.distribution.v1beta1.Query, request and response as the SDK's. */
export function distributionQueries(k: DistributionKeeper): QueryHandler[] {
  return queryService(SERVICE, {
    Params: (ctx) => q.QueryParamsResponse.encode({ params: paramsToProto(k.getParams(ctx.kv)) }).finish(),
    ValidatorOutstandingRewards: (ctx, data) => {
      const req = decodeRequest(q.QueryValidatorOutstandingRewardsRequest, data, "QueryValidatorOutstandingRewardsRequest");
      const op = validatorArg(req.validatorAddress);
      mustValidator(k, ctx, op, req.validatorAddress);
      return q.QueryValidatorOutstandingRewardsResponse.encode({ rewards: { rewards: decCoinsToWire(k.getOutstanding(ctx.kv, op)) } }).finish();
    },
    ValidatorCommission: (ctx, data) => {
      const req = decodeRequest(q.QueryValidatorCommissionRequest, data, "QueryValidatorCommissionRequest");
      const op = validatorArg(req.validatorAddress);
      mustValidator(k, ctx, op, req.validatorAddress);
      return q.QueryValidatorCommissionResponse.encode({ commission: { commission: decCoinsToWire(k.getCommission(ctx.kv, op)) } }).finish();
    },
    // Slash events at heights in [starting_height, ending_height], paginated.
    ValidatorSlashes: async (ctx, data) => {
      const req = decodeRequest(q.QueryValidatorSlashesRequest, data, "QueryValidatorSlashesRequest");
      const op = validatorArg(req.validatorAddress);
      if (req.endingHeight < req.startingHeight) {
        throw sdkErrors.invalidRequest.wrap(`starting height greater than ending height (${req.startingHeight} > ${req.endingHeight})`);
      }
      const { items, pagination } = await paginateFiltered(ctx.kv, distributionKeys.slashEventsOf(op), req.pagination, (key, value) => {
        const height = readU64be(key, 0);
        return height < req.startingHeight || height > req.endingHeight ? undefined : ValidatorSlashEvent.decode(value);
      });
      return q.QueryValidatorSlashesResponse.encode({ slashes: items, pagination }).finish();
    },
    DelegationRewards: async (ctx, data) => {
      const req = decodeRequest(q.QueryDelegationRewardsRequest, data, "QueryDelegationRewardsRequest");
      const del = delegatorArg(req.delegatorAddress);
      const op = validatorArg(req.validatorAddress);
      const v = mustValidator(k, ctx, op, req.validatorAddress);
      const shares = k.staking.delegationShares(ctx.kv, del, op);
      if (shares === undefined) throw stakingLookupErrors.noDelegation.wrap(`${req.delegatorAddress} has no delegation to ${req.validatorAddress}`);
      return q.QueryDelegationRewardsResponse.encode({ rewards: decCoinsToWire(await pendingRewards(k, ctx, v, del, shares)) }).finish();
    },
    // PERF: O(the delegator's delegations × their validators' slash events).
    DelegationTotalRewards: async (ctx, data) => {
      const req = decodeRequest(q.QueryDelegationTotalRewardsRequest, data, "QueryDelegationTotalRewardsRequest");
      const del = delegatorArg(req.delegatorAddress);
      const rewards: { validatorAddress: string; reward: ReturnType<typeof decCoinsToWire> }[] = [];
      let total: DecCoin[] = [];
      for (const d of await k.staking.delegationsOf(ctx.kv, del)) {
        const v = k.staking.validator(ctx.kv, d.operator);
        if (!v) continue;
        const reward = await pendingRewards(k, ctx, v, del, d.shares);
        rewards.push({ validatorAddress: v.operatorAddress, reward: decCoinsToWire(reward) });
        total = addDec(total, reward);
      }
      return q.QueryDelegationTotalRewardsResponse.encode({ rewards, total: decCoinsToWire(total) }).finish();
    },
    DelegatorValidators: async (ctx, data) => {
      const req = decodeRequest(q.QueryDelegatorValidatorsRequest, data, "QueryDelegatorValidatorsRequest");
      const del = delegatorArg(req.delegatorAddress);
      const validators = (await k.staking.delegationsOf(ctx.kv, del)).map((d) => k.staking.validator(ctx.kv, d.operator)?.operatorAddress ?? "").filter((s) => s !== "");
      return q.QueryDelegatorValidatorsResponse.encode({ validators }).finish();
    },
    DelegatorWithdrawAddress: (ctx, data) => {
      const req = decodeRequest(q.QueryDelegatorWithdrawAddressRequest, data, "QueryDelegatorWithdrawAddressRequest");
      const del = delegatorArg(req.delegatorAddress);
      return q.QueryDelegatorWithdrawAddressResponse.encode({ withdrawAddress: addressString(k.getWithdrawAddr(ctx.kv, del)) }).finish();
    },
    CommunityPool: (ctx) => q.QueryCommunityPoolResponse.encode({ pool: decCoinsToWire(k.getCommunityPool(ctx.kv)) }).finish(),
    ValidatorDistributionInfo: async (ctx, data) => {
      const req = decodeRequest(q.QueryValidatorDistributionInfoRequest, data, "QueryValidatorDistributionInfoRequest");
      const op = validatorArg(req.validatorAddress);
      const v = mustValidator(k, ctx, op, req.validatorAddress);
      // The operator's own account has the operator address's bytes.
      const shares = k.staking.delegationShares(ctx.kv, op, op);
      if (shares === undefined) throw stakingLookupErrors.noDelegation.wrap(`${req.validatorAddress} has no self-delegation`);
      const selfBondRewards = await pendingRewards(k, ctx, v, op, shares);
      return q.QueryValidatorDistributionInfoResponse.encode({
        operatorAddress: addressString(op),
        selfBondRewards: decCoinsToWire(selfBondRewards),
        commission: decCoinsToWire(k.getCommission(ctx.kv, op)),
      }).finish();
    },
  });
}
