import { Any } from "cosmjs-types/google/protobuf/any";
import {
  Bech32PrefixResponse, QueryAccountRequest, QueryAccountResponse, QueryAccountsRequest, QueryAccountsResponse,
  QueryModuleAccountByNameRequest, QueryModuleAccountByNameResponse, QueryParamsResponse,
} from "cosmjs-types/cosmos/auth/v1beta1/query";
import { addressBytes, BECH32_PREFIX, moduleAddress } from "../../chain/address.ts";
import { sdkErrors } from "../../chain/errors.ts";
import type { QueryHandler } from "../../chain/module.ts";
import { paginate } from "../../chain/pagination.ts";
import { queryService } from "../../chain/queryService.ts";
import type { AuthKeeper } from "./keeper.ts";
import { authKeys } from "./keys.ts";
import { accountToAny, paramsToProto } from "./types.ts";

const SERVICE = "cosmos.auth.v1beta1.Query";

/**
 * An unknown account answers code 22 with "rpc error: code = NotFound" in the log: the exact
 * shape CosmJS's `getAccount` turns into `null` (StargateClient.getAccount catches exactly that
 * message; any other answer is thrown to the caller).
 */
export function authQueries(auth: AuthKeeper): QueryHandler[] {
  return queryService(SERVICE, {
    Account(ctx, data) {
      const req = QueryAccountRequest.decode(data);
      let addr: Uint8Array;
      try {
        addr = addressBytes(req.address);
      } catch (e) {
        throw sdkErrors.invalidRequest.wrap((e as Error).message);
      }
      const acc = auth.getAccount(ctx.kv, addr);
      if (!acc) throw sdkErrors.keyNotFound.wrap(`rpc error: code = NotFound desc = account ${req.address} not found`);
      return QueryAccountResponse.encode({ account: accountToAny(acc) }).finish();
    },
    async Accounts(ctx, data) {
      const req = QueryAccountsRequest.decode(data);
      const { items, pagination } = await paginate(ctx.kv, authKeys.accountPrefix, req.pagination, (_k, v) => Any.decode(v));
      return QueryAccountsResponse.encode({ accounts: items, pagination }).finish();
    },
    ModuleAccountByName(ctx, data) {
      const req = QueryModuleAccountByNameRequest.decode(data);
      const acc = auth.getAccount(ctx.kv, moduleAddress(req.name));
      if (!acc?.module) throw sdkErrors.keyNotFound.wrap(`rpc error: code = NotFound desc = module account ${req.name} not found`);
      return QueryModuleAccountByNameResponse.encode({ account: accountToAny(acc) }).finish();
    },
    Params: (ctx) => QueryParamsResponse.encode({ params: paramsToProto(auth.getParams(ctx.kv)) }).finish(),
    Bech32Prefix: () => Bech32PrefixResponse.encode({ bech32Prefix: BECH32_PREFIX }).finish(),
  });
}
