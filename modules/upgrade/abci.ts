import type { Context } from "../../chain/context.ts";
import { emitUpgradeApplied } from "./events.ts";
import { BinaryUpdatedBeforeTriggerError, UpgradeNeededError } from "./halt.ts";
import type { UpgradeKeeper } from "./keeper.ts";
import type { UpgradeHandlers } from "./types.ts";

/**
 * PreBlock (the SDK's x/upgrade PreBlocker), before every other module's BeginBlock:
 * - no plan: nothing (one read);
 * - a plan not reached yet that this binary already has a handler for: stop (the operator
 *   switched binaries early; running on would execute old blocks with the new binary's rules);
 * - the plan height without a handler: stop before the block changes anything;
 * - the plan height with a handler: run it, record the plan as applied, go on.
 * The halts differ between binaries by design: they stop a node, never change what a block does.
 */
export async function upgradePreBlock(k: UpgradeKeeper, handlers: UpgradeHandlers, ctx: Context): Promise<void> {
  const plan = k.getPlan(ctx.kv);
  if (!plan) return;
  const handler = handlers.get(plan.name);
  if (ctx.block.height < plan.height) {
    if (handler) throw new BinaryUpdatedBeforeTriggerError(plan);
    return;
  }
  if (!handler) throw new UpgradeNeededError(plan);
  await handler(ctx, plan);
  k.markApplied(ctx, plan);
  emitUpgradeApplied(ctx, plan);
}
