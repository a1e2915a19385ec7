/**
 * The upgrade handlers this binary knows: its registry is exactly what "this binary knows" means
 * to the upgrade module (modules/upgrade). A plan whose name is here runs its handler at the plan
 * height; any other plan halts the node there.
 *
 * TEST ONLY: TRIBUTARY_HIDE_UPGRADES=<name>[,<name>…] hides the named handlers, so that one build
 * can play the previous release (the "old binary") in tests that spawn `bin/tributary.js`. An
 * operator never sets it; a node started with it logs which handlers it hid.
 */
import type { TributaryKeepers } from "../../modules/index.ts";
import type { UpgradeHandler, UpgradeHandlers } from "../../modules/upgrade/types.ts";
import { V2_UPGRADE_NAME, v2Handler } from "./v2.ts";

export const HIDE_UPGRADES_ENV = "TRIBUTARY_HIDE_UPGRADES";

/** Every handler of this release, by plan name. */
export function knownUpgrades(keepers: TributaryKeepers): Map<string, UpgradeHandler> {
  return new Map<string, UpgradeHandler>([[V2_UPGRADE_NAME, v2Handler(keepers)]]);
}

/** The names TRIBUTARY_HIDE_UPGRADES lists (test-only; empty when unset). */
export function hiddenUpgrades(env: NodeJS.ProcessEnv = process.env): string[] {
  return (env[HIDE_UPGRADES_ENV] ?? "").split(",").map((s) => s.trim()).filter((s) => s !== "");
}

/** The handlers the node registers: this release's, minus the hidden ones. */
export function nodeUpgradeHandlers(hidden: readonly string[] = hiddenUpgrades()): (keepers: TributaryKeepers) => UpgradeHandlers {
  return (keepers) => {
    const all = knownUpgrades(keepers);
    for (const name of hidden) all.delete(name);
    return all;
  };
}
