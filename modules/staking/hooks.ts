import type { Context } from "../../chain/context.ts";
import type { Dec } from "../../chain/dec.ts";
import type { StakingHooks } from "./expected.ts";

/** Every hook point, each calling all receivers. */
export type HookList = Required<StakingHooks>;

/**
 * The SDK's MultiStakingHooks: one receiver per module, called in the order given (the app sets
 * distribution before slashing, as simapp does). Each receiver finishes before the next starts;
 * the first that throws stops the rest and fails the caller.
 * PERF: one call per receiver that implements the hook.
 */
export function multiStakingHooks(receivers: readonly StakingHooks[]): HookList {
  const each = async (call: (h: StakingHooks) => void | Promise<void> | undefined): Promise<void> => {
    for (const h of receivers) await call(h);
  };
  return {
    afterValidatorCreated: (ctx: Context, op: Uint8Array, cons: Uint8Array) => each((h) => h.afterValidatorCreated?.(ctx, op, cons)),
    beforeValidatorModified: (ctx: Context, op: Uint8Array) => each((h) => h.beforeValidatorModified?.(ctx, op)),
    afterValidatorRemoved: (ctx: Context, cons: Uint8Array, op: Uint8Array) => each((h) => h.afterValidatorRemoved?.(ctx, cons, op)),
    afterValidatorBonded: (ctx: Context, cons: Uint8Array, op: Uint8Array) => each((h) => h.afterValidatorBonded?.(ctx, cons, op)),
    afterValidatorBeginUnbonding: (ctx: Context, cons: Uint8Array, op: Uint8Array) => each((h) => h.afterValidatorBeginUnbonding?.(ctx, cons, op)),
    beforeDelegationCreated: (ctx: Context, del: Uint8Array, op: Uint8Array) => each((h) => h.beforeDelegationCreated?.(ctx, del, op)),
    beforeDelegationSharesModified: (ctx: Context, del: Uint8Array, op: Uint8Array) => each((h) => h.beforeDelegationSharesModified?.(ctx, del, op)),
    beforeDelegationRemoved: (ctx: Context, del: Uint8Array, op: Uint8Array) => each((h) => h.beforeDelegationRemoved?.(ctx, del, op)),
    afterDelegationModified: (ctx: Context, del: Uint8Array, op: Uint8Array) => each((h) => h.afterDelegationModified?.(ctx, del, op)),
    beforeValidatorSlashed: (ctx: Context, op: Uint8Array, fraction: Dec) => each((h) => h.beforeValidatorSlashed?.(ctx, op, fraction)),
  };
}
