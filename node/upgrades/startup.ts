/**
 * The upgrade checks a node makes before it starts (the SDK makes them in its first PreBlock;
 * here they come first so a wrong binary never opens its servers):
 * - the next block is a scheduled plan's height and this binary has no handler: refuse, with the
 *   same `UPGRADE "<name>" NEEDED at height <H>: <info>` line the halt printed;
 * - a plan is scheduled for a later height and this binary already has its handler: refuse
 *   (BINARY UPDATED BEFORE TRIGGER): the old binary must run until the plan height.
 */
import type { KVReader } from "../../chain/store/types.ts";
import { BinaryUpdatedBeforeTriggerError, UpgradeNeededError } from "../../modules/upgrade/halt.ts";
import type { UpgradeKeeper } from "../../modules/upgrade/keeper.ts";
import type { UpgradeHandlers } from "../../modules/upgrade/types.ts";

export function checkUpgradeAtStartup(state: Pick<KVReader, "get">, committedHeight: bigint, keeper: UpgradeKeeper, handlers: UpgradeHandlers): void {
  const plan = keeper.getPlan(state);
  if (!plan) return;
  const known = handlers.has(plan.name);
  if (plan.height <= committedHeight + 1n) {
    if (!known) throw new UpgradeNeededError(plan);
    return;
  }
  if (known) throw new BinaryUpdatedBeforeTriggerError(plan);
}
