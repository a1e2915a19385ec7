import {
  QueryDelegationRequest, QueryDelegationResponse, QueryDelegatorDelegationsRequest, QueryDelegatorDelegationsResponse,
  QueryDelegatorUnbondingDelegationsRequest, QueryDelegatorUnbondingDelegationsResponse, QueryDelegatorValidatorRequest,
  QueryDelegatorValidatorResponse, QueryDelegatorValidatorsRequest, QueryDelegatorValidatorsResponse, QueryParamsResponse,
  QueryPoolResponse, QueryRedelegationsRequest, QueryRedelegationsResponse, QueryUnbondingDelegationRequest,
  QueryUnbondingDelegationResponse, QueryValidatorDelegationsRequest, QueryValidatorDelegationsResponse, QueryValidatorRequest,
  QueryValidatorResponse, QueryValidatorsRequest, QueryValidatorsResponse, QueryValidatorUnbondingDelegationsRequest,
  QueryValidatorUnbondingDelegationsResponse,
} from "cosmjs-types/cosmos/staking/v1beta1/query";
import {
  BondStatus, type Delegation, type DelegationResponse, type Redelegation, type RedelegationResponse, Validator, bondStatusFromJSON,
  UnbondingDelegation, Redelegation as RedelegationCodec,
} from "cosmjs-types/cosmos/staking/v1beta1/staking";
import { addressBytes, addressString, moduleAddress, valoperBytes, valoperString } from "../../chain/address.ts";
import type { Context } from "../../chain/context.ts";
import { truncateInt } from "../../chain/dec.ts";
import { sdkErrors } from "../../chain/errors.ts";
import type { QueryHandler } from "../../chain/module.ts";
import { paginateFiltered } from "../../chain/pagination.ts";
import { queryService } from "../../chain/queryService.ts";
import { type StakingKeeper, paramsToProto } from "./keeper.ts";
import { stakingKeys } from "./keys.ts";
import { BONDED_POOL, NOT_BONDED_POOL, tokensFromShares } from "./types.ts";

const SERVICE = "cosmos.staking.v1beta1.Query";

const parse = <T>(f: () => T): T => {
  try {
    return f();
  } catch (e) {
    throw sdkErrors.invalidRequest.wrap((e as Error).message);
  }
};
const acc = (s: string, what = "delegator address") => parse(() => addressBytes(s, what));
const val = (s: string, what = "validator address") => parse(() => valoperBytes(s, what));
const notFound = (what: string) => sdkErrors.keyNotFound.wrap(`rpc error: code = NotFound desc = ${what}`);

/** gRPC-style queries of /cosmos.staking.v1beta1.Query; bad input answers InvalidArgument (18). */
export function stakingQueries(k: StakingKeeper): QueryHandler[] {
  const delegationResponse = (ctx: Context, d: Delegation): DelegationResponse => {
    const v = k.mustGetValidator(ctx.kv, valoperBytes(d.validatorAddress));
    const balance = truncateInt(tokensFromShares(v, BigInt(d.shares)));
    return { delegation: d, balance: { denom: k.getParams(ctx.kv).bondDenom, amount: balance.toString() } };
  };
  const redelegationResponse = (ctx: Context, r: Redelegation): RedelegationResponse => {
    const dst = k.getValidator(ctx.kv, valoperBytes(r.validatorDstAddress));
    return {
      redelegation: r,
      entries: r.entries.map((e) => ({
        redelegationEntry: e,
        balance: dst && BigInt(dst.delegatorShares) > 0n ? truncateInt(tokensFromShares(dst, BigInt(e.sharesDst))).toString() : "0",
      })),
    };
  };
  const delegation = (ctx: Context, del: Uint8Array, op: Uint8Array) => {
    const d = k.getDelegation(ctx.kv, del, op);
    if (!d) throw notFound(`delegation with delegator ${addressString(del)} not found for validator ${valoperString(op)}`);
    return d;
  };

  return queryService(SERVICE, {
    Validators: async (ctx, data) => {
      const req = QueryValidatorsRequest.decode(data);
      let status: BondStatus | undefined;
      if (req.status !== "") {
        status = bondStatusFromJSON(req.status);
        if (status === BondStatus.UNRECOGNIZED) throw sdkErrors.invalidRequest.wrap(`invalid validator status ${req.status}`);
      }
      const { items, pagination } = await paginateFiltered(ctx.kv, stakingKeys.validatorPrefix, req.pagination, (_k, v) => {
        const validator = Validator.decode(v);
        return status === undefined || validator.status === status ? validator : undefined;
      });
      return QueryValidatorsResponse.encode({ validators: items, pagination }).finish();
    },
    Validator: (ctx, data) => {
      const req = QueryValidatorRequest.decode(data);
      if (req.validatorAddr === "") throw sdkErrors.invalidRequest.wrap("validator address cannot be empty");
      const v = k.getValidator(ctx.kv, val(req.validatorAddr));
      if (!v) throw notFound(`validator ${req.validatorAddr} not found`);
      return QueryValidatorResponse.encode({ validator: v }).finish();
    },
    ValidatorDelegations: async (ctx, data) => {
      const req = QueryValidatorDelegationsRequest.decode(data);
      const op = val(req.validatorAddr);
      const { items, pagination } = await paginateFiltered(ctx.kv, stakingKeys.delegationsTo(op), req.pagination, (del) =>
        delegationResponse(ctx, delegation(ctx, del, op)),
      );
      return QueryValidatorDelegationsResponse.encode({ delegationResponses: items, pagination }).finish();
    },
    ValidatorUnbondingDelegations: async (ctx, data) => {
      const req = QueryValidatorUnbondingDelegationsRequest.decode(data);
      const op = val(req.validatorAddr);
      const { items, pagination } = await paginateFiltered(ctx.kv, stakingKeys.ubdsFrom(op), req.pagination, (del) => k.getUnbonding(ctx.kv, del, op));
      return QueryValidatorUnbondingDelegationsResponse.encode({ unbondingResponses: items, pagination }).finish();
    },
    Delegation: (ctx, data) => {
      const req = QueryDelegationRequest.decode(data);
      const d = delegation(ctx, acc(req.delegatorAddr), val(req.validatorAddr));
      return QueryDelegationResponse.encode({ delegationResponse: delegationResponse(ctx, d) }).finish();
    },
    UnbondingDelegation: (ctx, data) => {
      const req = QueryUnbondingDelegationRequest.decode(data);
      const u = k.getUnbonding(ctx.kv, acc(req.delegatorAddr), val(req.validatorAddr));
      if (!u) throw notFound(`unbonding delegation with delegator ${req.delegatorAddr} not found for validator ${req.validatorAddr}`);
      return QueryUnbondingDelegationResponse.encode({ unbond: u }).finish();
    },
    DelegatorDelegations: async (ctx, data) => {
      const req = QueryDelegatorDelegationsRequest.decode(data);
      const del = acc(req.delegatorAddr);
      const { items, pagination } = await paginateFiltered(ctx.kv, stakingKeys.delegationsOf(del), req.pagination, (op) =>
        delegationResponse(ctx, delegation(ctx, del, op)),
      );
      return QueryDelegatorDelegationsResponse.encode({ delegationResponses: items, pagination }).finish();
    },
    DelegatorUnbondingDelegations: async (ctx, data) => {
      const req = QueryDelegatorUnbondingDelegationsRequest.decode(data);
      const { items, pagination } = await paginateFiltered(ctx.kv, stakingKeys.ubdsOf(acc(req.delegatorAddr)), req.pagination, (_k, v) =>
        UnbondingDelegation.decode(v),
      );
      return QueryDelegatorUnbondingDelegationsResponse.encode({ unbondingResponses: items, pagination }).finish();
    },
    Redelegations: async (ctx, data) => {
      const req = QueryRedelegationsRequest.decode(data);
      let result: { items: RedelegationResponse[]; pagination: QueryRedelegationsResponse["pagination"] };
      if (req.delegatorAddr !== "" && req.srcValidatorAddr !== "" && req.dstValidatorAddr !== "") {
        const r = k.getRedelegation(ctx.kv, acc(req.delegatorAddr), val(req.srcValidatorAddr, "source validator address"), val(req.dstValidatorAddr, "destination validator address"));
        if (!r) throw notFound(`redelegation not found for delegator address ${req.delegatorAddr} from validator address ${req.srcValidatorAddr}`);
        result = { items: [redelegationResponse(ctx, r)], pagination: undefined };
      } else if (req.delegatorAddr !== "") {
        result = await paginateFiltered(ctx.kv, stakingKeys.redsOf(acc(req.delegatorAddr)), req.pagination, (_k, v) => {
          const r = RedelegationCodec.decode(v);
          if (req.srcValidatorAddr !== "" && r.validatorSrcAddress !== req.srcValidatorAddr) return undefined;
          if (req.dstValidatorAddr !== "" && r.validatorDstAddress !== req.dstValidatorAddr) return undefined;
          return redelegationResponse(ctx, r);
        });
      } else if (req.srcValidatorAddr !== "") {
        const src = val(req.srcValidatorAddr, "source validator address");
        result = await paginateFiltered(ctx.kv, stakingKeys.redsFrom(src), req.pagination, (key) => {
          const r = k.getRedelegation(ctx.kv, key.slice(0, 20), src, key.slice(20, 40));
          return r && redelegationResponse(ctx, r);
        });
      } else {
        throw sdkErrors.invalidRequest.wrap("either delegator address or source validator address is required");
      }
      return QueryRedelegationsResponse.encode({ redelegationResponses: result.items, pagination: result.pagination }).finish();
    },
    DelegatorValidators: async (ctx, data) => {
      const req = QueryDelegatorValidatorsRequest.decode(data);
      const { items, pagination } = await paginateFiltered(ctx.kv, stakingKeys.delegationsOf(acc(req.delegatorAddr)), req.pagination, (op) =>
        k.mustGetValidator(ctx.kv, op),
      );
      return QueryDelegatorValidatorsResponse.encode({ validators: items, pagination }).finish();
    },
    DelegatorValidator: (ctx, data) => {
      const req = QueryDelegatorValidatorRequest.decode(data);
      const op = val(req.validatorAddr);
      delegation(ctx, acc(req.delegatorAddr), op);
      return QueryDelegatorValidatorResponse.encode({ validator: k.mustGetValidator(ctx.kv, op) }).finish();
    },
    Pool: (ctx) => {
      const denom = k.getParams(ctx.kv).bondDenom;
      const pool = {
        notBondedTokens: k.bank.getBalance(ctx.kv, moduleAddress(NOT_BONDED_POOL), denom).toString(),
        bondedTokens: k.bank.getBalance(ctx.kv, moduleAddress(BONDED_POOL), denom).toString(),
      };
      return QueryPoolResponse.encode({ pool }).finish();
    },
    Params: (ctx) => QueryParamsResponse.encode({ params: paramsToProto(k.getParams(ctx.kv)) }).finish(),
  });
}
