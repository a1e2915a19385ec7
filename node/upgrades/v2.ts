/**
 * The "v2" upgrade: rules version 2 from the plan height (chain/rules.ts; what it changes is in
 * chain/RULES.md), and attribution switched to engine parameter set 3, which rules version 2
 * makes available. A chain already on version 2 (started on it) only gets the parameter set.
 */
import type { Context } from "../../chain/context.ts";
import { rulesAt, scheduleRules } from "../../chain/rules.ts";
import type { TributaryKeepers } from "../../modules/index.ts";

export const V2_UPGRADE_NAME = "v2";
export const V2_RULES_VERSION = 2;
export const V2_ATTRIBUTION_PARAMS_VERSION = 3;

export function v2Handler(keepers: TributaryKeepers) {
  return (ctx: Context): void => {
    if (rulesAt(ctx.kv, ctx.block.height).version < V2_RULES_VERSION) scheduleRules(ctx.kv, ctx.block.height, V2_RULES_VERSION);
    const params = keepers.attribution.getParams(ctx.kv);
    keepers.attribution.setParams(ctx, { ...params, paramsVersion: V2_ATTRIBUTION_PARAMS_VERSION });
  };
}
