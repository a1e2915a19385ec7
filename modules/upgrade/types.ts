/** Name of the module and prefix of its keys. */
export const UPGRADE_MODULE = "upgrade";

/**
 * A scheduled upgrade (cosmos.upgrade.v1beta1.Plan without the deprecated time and
 * upgraded_client_state, which the SDK refuses too): at `height` every binary without a
 * handler named `name` stops before executing the block.
 */
export interface Plan {
  name: string;
  height: bigint;
  /** Free text for operators (a release URL, cosmovisor binaries JSON); shown in the halt line. */
  info: string;
}

/**
 * Runs at the plan height in the binary that knows the plan (node/upgrades): store migrations,
 * new params, a new rules version from this block on (chain/rules.ts `scheduleRules`).
 */
export type UpgradeHandler = (ctx: import("../../chain/context.ts").Context, plan: Plan) => Promise<void> | void;

/** What this binary knows: upgrade handlers by plan name. */
export type UpgradeHandlers = ReadonlyMap<string, UpgradeHandler>;

/** Longest plan name accepted (the SDK has none; a bound keeps keys and logs sane). */
export const MAX_PLAN_NAME_BYTES = 140;
/** Longest plan info accepted. */
export const MAX_PLAN_INFO_BYTES = 10_240;
