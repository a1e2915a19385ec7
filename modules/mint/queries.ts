import { QueryAnnualProvisionsResponse, QueryInflationResponse, QueryParamsResponse } from "cosmjs-types/cosmos/mint/v1beta1/query";
import { decToWire } from "../../chain/dec.ts";
import type { QueryHandler } from "../../chain/module.ts";
import { queryService } from "../../chain/queryService.ts";
import { type MintKeeper, paramsToProto } from "./keeper.ts";

const SERVICE = "cosmos.mint.v1beta1.Query";
const enc = new TextEncoder();

/**
 * Params, Inflation and AnnualProvisions at the SDK's paths. The two decimals are `bytes`
 * fields holding LegacyDec.Marshal's output — the scaled integer's ASCII text
 * ("130000000000000000" for 0.13) — which is what @cosmjs/stargate's setupMintExtension decodes
 * (decodeCosmosSdkDecFromProto: fromAscii, then Decimal.fromAtomics(…, 18)).
 */
export function mintQueries(k: MintKeeper): QueryHandler[] {
  return queryService(SERVICE, {
    Params: (ctx) => QueryParamsResponse.encode({ params: paramsToProto(k.getParams(ctx.kv)) }).finish(),
    Inflation: (ctx) => QueryInflationResponse.encode({ inflation: enc.encode(decToWire(k.getMinter(ctx.kv).inflation)) }).finish(),
    AnnualProvisions: (ctx) => QueryAnnualProvisionsResponse.encode({ annualProvisions: enc.encode(decToWire(k.getMinter(ctx.kv).annualProvisions)) }).finish(),
  });
}
