import type { Context } from "../../chain/context.ts";
import { GenesisError } from "../../chain/genesisError.ts";
import { expectArray, expectObject, expectString, expectUint } from "../../chain/genesisJson.ts";
import { FIRST_RULES_VERSION, LATEST_RULES_VERSION, scheduleRules } from "../../chain/rules.ts";
import type { UpgradeKeeper } from "./keeper.ts";
import type { Plan } from "./types.ts";

/**
 * The upgrade section of app_state. The SDK's is empty; Tributary's says which rules version the
 * chain starts on (chain/rules.ts) and, in an export, which plans were applied (so a chain
 * restarted from it refuses their names again). A genesis without the section (every chain
 * started on v0.1.0) writes nothing: rules version 1, no applied plans.
 */
export interface UpgradeGenesis {
  rules_version: number;
  applied_plans?: { name: string; height: string }[];
  /**
   * A plan scheduled from the start (a network launched with its first upgrade already agreed,
   * and tests of spawned nodes, which have no gov proposal to pass). Not in the SDK's genesis.
   */
  plan?: { name: string; height: string; info?: string };
}

/** New chains start on the newest rules this binary knows. */
export function defaultUpgradeGenesis(): UpgradeGenesis {
  return { rules_version: LATEST_RULES_VERSION, applied_plans: [] };
}

interface ParsedGenesis {
  rulesVersion: number;
  applied: { name: string; height: bigint }[];
  plan?: Plan;
}

function parse(g: unknown): ParsedGenesis {
  const o = expectObject(g, "upgrade");
  const v = o.rules_version;
  if (typeof v !== "number" || !Number.isInteger(v) || v < FIRST_RULES_VERSION || v > LATEST_RULES_VERSION) {
    throw new GenesisError("rules_version", `${JSON.stringify(v)} is not a rules version this binary knows (${FIRST_RULES_VERSION}..${LATEST_RULES_VERSION})`);
  }
  const applied = expectArray(o.applied_plans ?? [], "applied_plans").map((a, i) => {
    const e = expectObject(a, `applied_plans[${i}]`);
    const name = expectString(e.name, `applied_plans[${i}].name`);
    if (name === "") throw new GenesisError(`applied_plans[${i}].name`, "cannot be empty");
    return { name, height: expectUint(e.height, `applied_plans[${i}].height`) };
  });
  const names = new Set(applied.map((a) => a.name));
  if (names.size !== applied.length) throw new GenesisError("applied_plans", "lists a plan name twice");
  if (o.plan === undefined) return { rulesVersion: v, applied };
  const p = expectObject(o.plan, "plan");
  const plan = { name: expectString(p.name, "plan.name"), height: expectUint(p.height, "plan.height"), info: p.info === undefined ? "" : expectString(p.info, "plan.info") };
  if (plan.name === "") throw new GenesisError("plan.name", "cannot be empty");
  if (plan.height === 0n) throw new GenesisError("plan.height", "must be greater than 0");
  if (names.has(plan.name)) throw new GenesisError("plan.name", `${plan.name} is listed as applied already`);
  return { rulesVersion: v, applied, plan };
}

export function validateUpgradeGenesis(g: UpgradeGenesis): void {
  parse(g);
}

/** Version 1 writes no schedule (it is what an empty schedule means), so only a later version costs a key. */
export function initUpgradeGenesis(k: UpgradeKeeper, ctx: Context, g: UpgradeGenesis): void {
  const { rulesVersion, applied, plan } = parse(g);
  if (rulesVersion > FIRST_RULES_VERSION) scheduleRules(ctx.kv, ctx.block.height, rulesVersion);
  for (const a of applied) k.importApplied(ctx, a.name, a.height);
  // The same checks as MsgSoftwareUpgrade: at InitChain the current height is the one before the first block.
  if (plan) k.scheduleUpgrade({ ...ctx, block: { ...ctx.block, height: ctx.block.height - 1n } }, plan);
}

/** The rules the next block would run, and every applied plan; a scheduled plan is not exported (as the SDK). */
export async function exportUpgradeGenesis(k: UpgradeKeeper, ctx: Context): Promise<UpgradeGenesis> {
  const applied = await k.iterateDone(ctx.kv);
  return { rules_version: ctx.rules.version, applied_plans: applied.map((a) => ({ name: a.name, height: a.height.toString() })) };
}
