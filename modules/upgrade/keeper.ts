import { Plan as PlanProto } from "cosmjs-types/cosmos/upgrade/v1beta1/upgrade";
import type { Context } from "../../chain/context.ts";
import { prefixEnd, readU64be, u64be } from "../../chain/keys.ts";
import type { KVReader } from "../../chain/store/types.ts";
import { upgradeErrors } from "./errors.ts";
import { doneKey, upgradeKeys } from "./keys.ts";
import type { Plan } from "./types.ts";

/** The scheduled plan and the applied ones. */
export class UpgradeKeeper {
  getPlan(kv: Pick<KVReader, "get">): Plan | undefined {
    const raw = kv.get(upgradeKeys.plan);
    if (!raw) return undefined;
    const p = PlanProto.decode(raw);
    return { name: p.name, height: p.height, info: p.info };
  }

  /**
   * The SDK's ScheduleUpgrade: a plan at or below the current height is refused, so is the name
   * of an applied plan; a new plan replaces the scheduled one.
   */
  scheduleUpgrade(ctx: Context, plan: Plan): void {
    if (plan.height <= ctx.block.height) {
      throw upgradeErrors.scheduledInPast.wrap(`plan height ${plan.height} is not after the current height ${ctx.block.height}`);
    }
    const done = this.getDoneHeight(ctx.kv, plan.name);
    if (done !== undefined) throw upgradeErrors.completed.wrap(`upgrade with name ${plan.name} has already been completed at height ${done}`);
    ctx.kv.set(upgradeKeys.plan, PlanProto.encode(PlanProto.fromPartial({ name: plan.name, height: plan.height, info: plan.info })).finish());
  }

  /** MsgCancelUpgrade: refused when nothing is scheduled. */
  cancelUpgrade(ctx: Context): Plan {
    const plan = this.getPlan(ctx.kv);
    if (!plan) throw upgradeErrors.noPlan.wrap("no upgrade is scheduled, so there is nothing to cancel");
    ctx.kv.delete(upgradeKeys.plan);
    return plan;
  }

  /** After its handler ran: the plan is applied at the current height and no longer scheduled. */
  markApplied(ctx: Context, plan: Plan): void {
    ctx.kv.set(doneKey(plan.name), u64be(ctx.block.height));
    ctx.kv.delete(upgradeKeys.plan);
  }

  /** Genesis import of an applied plan. */
  importApplied(ctx: Context, name: string, height: bigint): void {
    ctx.kv.set(doneKey(name), u64be(height));
  }

  getDoneHeight(kv: Pick<KVReader, "get">, name: string): bigint | undefined {
    const raw = kv.get(doneKey(name));
    return raw ? readU64be(raw, 0) : undefined;
  }

  /** Applied plans by height, for genesis export. PERF: one entry per applied upgrade. */
  async iterateDone(kv: KVReader): Promise<{ name: string; height: bigint }[]> {
    const out: { name: string; height: bigint }[] = [];
    const prefix = upgradeKeys.donePrefix;
    for await (const [k, v] of kv.iterate({ gte: prefix, lt: prefixEnd(prefix) })) {
      out.push({ name: new TextDecoder().decode(k.subarray(prefix.length)), height: readU64be(v, 0) });
    }
    return out;
  }
}
