import type { Context } from "../../chain/context.ts";
import type { Plan } from "./types.ts";

/** The SDK's `upgrade` event, emitted when a plan's handler ran (PreBlock, at the plan height). */
export function emitUpgradeApplied(ctx: Context, plan: Plan): void {
  ctx.events.emit("upgrade", [
    ["name", plan.name],
    ["height", plan.height.toString()],
  ]);
}
