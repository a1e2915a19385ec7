import {
  QueryAppliedPlanRequest, QueryAppliedPlanResponse, QueryAuthorityResponse, QueryCurrentPlanResponse, QueryModuleVersionsRequest, QueryModuleVersionsResponse,
} from "cosmjs-types/cosmos/upgrade/v1beta1/query";
import { GOV_AUTHORITY } from "../../chain/authority.ts";
import { sdkErrors } from "../../chain/errors.ts";
import type { QueryHandler } from "../../chain/module.ts";
import { queryService } from "../../chain/queryService.ts";
import type { UpgradeKeeper } from "./keeper.ts";

const SERVICE = "cosmos.upgrade.v1beta1.Query";

/**
 * CurrentPlan, AppliedPlan (height 0 when never applied, as the SDK), ModuleVersions and
 * Authority. Module versions are each module's consensus version: every module is at 1, since
 * Tributary changes consensus through rules versions (chain/rules.ts), not per-module migrations.
 */
export function upgradeQueries(k: UpgradeKeeper, moduleNames: () => readonly string[]): QueryHandler[] {
  return queryService(SERVICE, {
    CurrentPlan: (ctx) => {
      const plan = k.getPlan(ctx.kv);
      return QueryCurrentPlanResponse.encode({ plan: plan && { name: plan.name, height: plan.height, info: plan.info, time: { seconds: 0n, nanos: 0 } } }).finish();
    },
    AppliedPlan: (ctx, req) => {
      const { name } = QueryAppliedPlanRequest.decode(req);
      if (name === "") throw sdkErrors.invalidRequest.wrap("name is required");
      return QueryAppliedPlanResponse.encode({ height: k.getDoneHeight(ctx.kv, name) ?? 0n }).finish();
    },
    ModuleVersions: (_ctx, req) => {
      const { moduleName } = QueryModuleVersionsRequest.decode(req);
      const names = [...moduleNames()].sort();
      if (moduleName !== "" && !names.includes(moduleName)) throw sdkErrors.notFound.wrap(`x/upgrade: QueryModuleVersions module ${moduleName} not found`);
      const chosen = moduleName === "" ? names : [moduleName];
      return QueryModuleVersionsResponse.encode({ moduleVersions: chosen.map((name) => ({ name, version: 1n })) }).finish();
    },
    Authority: () => QueryAuthorityResponse.encode({ address: GOV_AUTHORITY }).finish(),
  });
}
