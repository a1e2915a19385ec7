import {
  QueryAllBalancesRequest, QueryAllBalancesResponse, QueryBalanceRequest, QueryBalanceResponse,
  QueryDenomMetadataRequest, QueryDenomMetadataResponse, QueryDenomsMetadataRequest, QueryDenomsMetadataResponse,
  QueryParamsResponse, QuerySendEnabledRequest, QuerySendEnabledResponse, QuerySpendableBalancesRequest,
  QuerySpendableBalancesResponse, QuerySupplyOfRequest, QuerySupplyOfResponse, QueryTotalSupplyRequest,
  QueryTotalSupplyResponse, QuerySpendableBalanceByDenomRequest, QuerySpendableBalanceByDenomResponse,
} from "cosmjs-types/cosmos/bank/v1beta1/query";
import { Metadata } from "cosmjs-types/cosmos/bank/v1beta1/bank";
import { addressBytes } from "../../chain/address.ts";
import { coinToWire, validateDenom } from "../../chain/coins.ts";
import type { Context } from "../../chain/context.ts";
import { sdkErrors } from "../../chain/errors.ts";
import type { QueryHandler } from "../../chain/module.ts";
import { paginate } from "../../chain/pagination.ts";
import { queryService } from "../../chain/queryService.ts";
import type { BankKeeper } from "./keeper.ts";
import { bankKeys } from "./keys.ts";

const dec = new TextDecoder();
const SERVICE = "cosmos.bank.v1beta1.Query";

/** gRPC-style queries; bad input answers InvalidArgument (code 18) as the SDK does. */
export function bankQueries(bank: BankKeeper): QueryHandler[] {
  const denomOk = (denom: string) => {
    try {
      validateDenom(denom);
    } catch (e) {
      throw sdkErrors.invalidRequest.wrap((e as Error).message);
    }
  };
  const addrOk = (a: string) => {
    try {
      return addressBytes(a);
    } catch (e) {
      throw sdkErrors.invalidRequest.wrap((e as Error).message);
    }
  };
  const balancesPage = async (ctx: Context, address: string, pagination: QueryAllBalancesRequest["pagination"]) => {
    const addr = addrOk(address);
    return paginate(ctx.kv, bankKeys.balancesOf(addr), pagination, (k, v) => ({ denom: dec.decode(k), amount: dec.decode(v) }));
  };

  return queryService(SERVICE, {
    Balance: (ctx, data) => {
      const req = QueryBalanceRequest.decode(data);
      const addr = addrOk(req.address);
      denomOk(req.denom);
      const amount = bank.getBalance(ctx.kv, addr, req.denom);
      return QueryBalanceResponse.encode({ balance: coinToWire({ denom: req.denom, amount }) }).finish();
    },
    AllBalances: async (ctx, data) => {
      const req = QueryAllBalancesRequest.decode(data);
      const { items, pagination } = await balancesPage(ctx, req.address, req.pagination);
      return QueryAllBalancesResponse.encode({ balances: items, pagination }).finish();
    },
    // No vesting or locks yet: spendable equals the balance.
    SpendableBalances: async (ctx, data) => {
      const req = QuerySpendableBalancesRequest.decode(data);
      const { items, pagination } = await balancesPage(ctx, req.address, req.pagination);
      return QuerySpendableBalancesResponse.encode({ balances: items, pagination }).finish();
    },
    SpendableBalanceByDenom: (ctx, data) => {
      const req = QuerySpendableBalanceByDenomRequest.decode(data);
      const addr = addrOk(req.address);
      denomOk(req.denom);
      const amount = bank.getBalance(ctx.kv, addr, req.denom);
      return QuerySpendableBalanceByDenomResponse.encode({ balance: coinToWire({ denom: req.denom, amount }) }).finish();
    },
    TotalSupply: async (ctx, data) => {
      const req = QueryTotalSupplyRequest.decode(data);
      const { items, pagination } = await paginate(ctx.kv, bankKeys.supplyPrefix, req.pagination, (k, v) => ({ denom: dec.decode(k), amount: dec.decode(v) }));
      return QueryTotalSupplyResponse.encode({ supply: items, pagination }).finish();
    },
    SupplyOf: (ctx, data) => {
      const req = QuerySupplyOfRequest.decode(data);
      denomOk(req.denom);
      return QuerySupplyOfResponse.encode({ amount: coinToWire({ denom: req.denom, amount: bank.getSupply(ctx.kv, req.denom) }) }).finish();
    },
    DenomMetadata: (ctx, data) => {
      const req = QueryDenomMetadataRequest.decode(data);
      denomOk(req.denom);
      const metadata = bank.getDenomMetadata(ctx.kv, req.denom);
      if (!metadata) throw sdkErrors.keyNotFound.wrap(`rpc error: code = NotFound desc = client metadata for denom ${req.denom}`);
      return QueryDenomMetadataResponse.encode({ metadata }).finish();
    },
    DenomsMetadata: async (ctx, data) => {
      const req = QueryDenomsMetadataRequest.decode(data);
      const { items, pagination } = await paginate(ctx.kv, bankKeys.metadataPrefix, req.pagination, (_k, v) => Metadata.decode(v));
      return QueryDenomsMetadataResponse.encode({ metadatas: items, pagination }).finish();
    },
    Params: (ctx) => {
      return QueryParamsResponse.encode({ params: { sendEnabled: [], defaultSendEnabled: bank.getDefaultSendEnabled(ctx.kv) } }).finish();
    },
    SendEnabled: async (ctx, data) => {
      const req = QuerySendEnabledRequest.decode(data);
      if (req.denoms.length > 0) {
        const some = req.denoms.map((denom) => ({ denom, enabled: bank.isSendEnabled(ctx.kv, denom) }));
        return QuerySendEnabledResponse.encode({ sendEnabled: some }).finish();
      }
      // As the SDK (v0.50): without denoms, the stored entries a page at a time, with pagination.
      const { items, pagination } = await paginate(ctx.kv, bankKeys.sendEnabledPrefix, req.pagination,
        (denom, v) => ({ denom: new TextDecoder().decode(denom), enabled: v[0] === 1 }));
      return QuerySendEnabledResponse.encode({ sendEnabled: items, pagination }).finish();
    },
  });
}
