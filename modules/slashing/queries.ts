import { QueryParamsResponse, QuerySigningInfoRequest, QuerySigningInfoResponse, QuerySigningInfosRequest, QuerySigningInfosResponse } from "cosmjs-types/cosmos/slashing/v1beta1/query";
import { ValidatorSigningInfo } from "cosmjs-types/cosmos/slashing/v1beta1/slashing";
import { consAddressBytes } from "../../chain/address.ts";
import { sdkErrors } from "../../chain/errors.ts";
import type { QueryHandler } from "../../chain/module.ts";
import { queryService } from "../../chain/queryService.ts";
import { paginate } from "../../chain/pagination.ts";
import { type SlashingKeeper, paramsToProto } from "./keeper.ts";
import { slashingKeys } from "./keys.ts";

const SERVICE = "cosmos.slashing.v1beta1.Query";

export function slashingQueries(k: SlashingKeeper): QueryHandler[] {
  return queryService(SERVICE, {
    Params: (ctx) => QueryParamsResponse.encode({ params: paramsToProto(k.getParams(ctx.kv)) }).finish(),
    SigningInfo(ctx, data) {
      const req = QuerySigningInfoRequest.decode(data);
      if (req.consAddress === "") throw sdkErrors.invalidRequest.wrap("empty request: cons_address is required");
      let cons: Uint8Array;
      try {
        cons = consAddressBytes(req.consAddress);
      } catch (e) {
        throw sdkErrors.invalidRequest.wrap((e as Error).message);
      }
      const info = k.getSigningInfo(ctx.kv, cons);
      if (!info) throw sdkErrors.keyNotFound.wrap(`rpc error: code = NotFound desc = SigningInfo not found for validator ${req.consAddress}`);
      return QuerySigningInfoResponse.encode({ valSigningInfo: info }).finish();
    },
    async SigningInfos(ctx, data) {
      const req = QuerySigningInfosRequest.decode(data);
      const { items, pagination } = await paginate(ctx.kv, slashingKeys.signingInfoPrefix, req.pagination, (_k, v) => ValidatorSigningInfo.decode(v));
      return QuerySigningInfosResponse.encode({ info: items, pagination }).finish();
    },
  });
}
