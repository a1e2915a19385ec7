/**
 * How the golden script runs under each pinned rules version: version N's vectors are the script
 * on a chain whose genesis starts on version N (the upgrade section's `rules_version`, so the
 * schedule says "N from height 1") with the choices N's upgrade handler makes (node/upgrades).
 * Version 1 is the v0.1.0 genesis untouched (no upgrade section): its vectors prove old chains
 * replay as they did.
 */
import { FIRST_RULES_VERSION } from "../../chain/rules.ts";
import { V2_ATTRIBUTION_PARAMS_VERSION } from "../../node/upgrades/v2.ts";

/** Every rules version with a vector file, ascending. */
export const PINNED_RULES_VERSIONS = [1, 2] as const;

/** The golden genesis as it starts on `rulesVersion` (a copy; version 1 returns it as it is). */
export function genesisForRules(appState: Record<string, any>, rulesVersion: number): Record<string, any> {
  if (rulesVersion === FIRST_RULES_VERSION) return appState;
  const s = structuredClone(appState);
  s.upgrade = { rules_version: rulesVersion, applied_plans: [] };
  if (rulesVersion >= 2) s.attribution.params.params_version = V2_ATTRIBUTION_PARAMS_VERSION;
  return s;
}
