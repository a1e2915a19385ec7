/**
 * Attribution's rules by rules version (chain/rules.ts): which engine parameter sets a block may
 * attribute with. The module param `params_version` names the set; the rules version says
 * whether that set exists yet. Version 1 allows sets 1 and 2 (today's behaviour); version 2 adds
 * set 3 (engine/params.ts, PARAMS_V3), which the "v2" upgrade handler selects (node/upgrades).
 */
import type { Rules } from "../../chain/rules.ts";
import { rulesTable } from "../../chain/rules.ts";
import { type AttributionParams, paramsForVersion } from "./engine/index.ts";
import { attributionErrors } from "./errors.ts";

export const ATTRIBUTION_PARAM_SETS = rulesTable<readonly number[]>("attribution parameter sets", {
  1: [1, 2],
  2: [1, 2, 3],
});

/** The engine set the module params name, refused when the block's rules do not have it yet. */
export function attributionParamsFor(rules: Rules, paramsVersion: number): AttributionParams {
  const allowed = ATTRIBUTION_PARAM_SETS.at(rules);
  if (!allowed.includes(paramsVersion)) {
    throw attributionErrors.paramsSetUnavailable.wrap(`engine parameter set ${paramsVersion} is not available under rules version ${rules.version} (available: ${allowed.join(", ")})`);
  }
  return paramsForVersion(paramsVersion);
}
