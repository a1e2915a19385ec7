/**
 * The two ways the upgrade module stops a node on purpose (the SDK panics with the same words).
 * Neither is a ChainError: they are not a tx's failure but the binary refusing to go on, and
 * they propagate out of FinalizeBlock so that the node stops before the block changes anything.
 */
import type { Plan } from "./types.ts";

/** Marks both halts, so the node can print the line alone and exit non-zero. */
export class UpgradeHaltError extends Error {}

/** The plan height is reached and this binary has no handler for the plan. */
export class UpgradeNeededError extends UpgradeHaltError {
  override readonly name = "UpgradeNeededError";
  constructor(readonly plan: Plan) {
    super(upgradeNeededLine(plan));
  }
}

/** This binary has the handler of a plan the chain has scheduled but not reached yet. */
export class BinaryUpdatedBeforeTriggerError extends UpgradeHaltError {
  override readonly name = "BinaryUpdatedBeforeTriggerError";
  constructor(readonly plan: Plan) {
    super(`BINARY UPDATED BEFORE TRIGGER! UPGRADE "${plan.name}" - in binary but not executed on chain (scheduled at height ${plan.height}). Downgrade your binary`);
  }
}

/** The exact log line of a halt at the plan height. */
export function upgradeNeededLine(plan: Plan): string {
  return `UPGRADE "${plan.name}" NEEDED at height ${plan.height}: ${plan.info}`;
}
