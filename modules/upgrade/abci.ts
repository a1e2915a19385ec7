import type { Context } from "../../chain/context.ts";
import { emitUpgradeApplied } from "./events.ts";
import { UpgradeNeededError } from "./halt.ts";
import type { UpgradeKeeper } from "./keeper.ts";
import type { UpgradeHandlers } from "./types.ts";

/**
 * PreBlock (the SDK's x/upgrade PreBlocker), before every other module's BeginBlock:
 * - no plan, or a plan not reached yet: nothing (one read);
 * - the plan height without a handler: stop before the block changes anything;
 * - the plan height with a handler: run it, record the plan as applied, go on.
 * Unlike the SDK, a plan not reached yet does not stop a binary that has its handler: rules are
 * selected by height, so the new binary replays the old blocks exactly (a node syncing from
 * genesis needs no old binary). "BINARY UPDATED BEFORE TRIGGER" is the node's start-up check
 * (node/upgrades/startup.ts), where it belongs: an operator switched binaries early.
 * The halt differs between binaries by design: it stops a node, never changes what a block does.
 */
export async function upgradePreBlock(k: UpgradeKeeper, handlers: UpgradeHandlers, ctx: Context): Promise<void> {
  const plan = k.getPlan(ctx.kv);
  if (!plan) return;
  if (ctx.block.height < plan.height) return;
  const handler = handlers.get(plan.name);
  if (!handler) throw new UpgradeNeededError(plan);
  await handler(ctx, plan);
  k.markApplied(ctx, plan);
  emitUpgradeApplied(ctx, plan);
}
