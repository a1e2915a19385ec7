import type { Context } from "../../chain/context.ts";
import type { Dec } from "../../chain/dec.ts";
import { sdkErrors } from "../../chain/errors.ts";
import { valoperString } from "../../chain/address.ts";
import { addDec, subDec, truncateDec } from "./decCoins.ts";
import { initializeDelegation, withdrawDelegationRewards } from "./delegation.ts";
import type { DistributionKeeper } from "./keeper.ts";
import { incrementValidatorPeriod, initializeValidator, updateValidatorSlashFraction } from "./validator.ts";

/**
 * The staking hooks distribution implements (x/distribution/keeper/hooks.go); staking calls
 * them where x/staking does. The others (bonded, begin unbonding, modified, delegation removed)
 * are no-ops in the SDK too.
 */
export function distributionHooks(k: DistributionKeeper) {
  const validator = (ctx: Context, op: Uint8Array) => {
    const v = k.staking.validator(ctx.kv, op);
    if (!v) throw sdkErrors.logic.wrap(`staking hook for unknown validator ${valoperString(op)}`);
    return v;
  };
  return {
    afterValidatorCreated(ctx: Context, op: Uint8Array): void {
      initializeValidator(k, ctx, op);
    },

    /**
     * Force-withdraws the commission (whole coins to the operator's withdraw address, the change
     * to the community pool), sends what outstanding dust is left to the community pool and
     * deletes every record of the validator. PERF: grows with its periods and slash events.
     */
    async afterValidatorRemoved(ctx: Context, _cons: Uint8Array, op: Uint8Array): Promise<void> {
      let outstanding = k.getOutstanding(ctx.kv, op);
      const commission = k.getCommission(ctx.kv, op);
      let pool = k.getCommunityPool(ctx.kv);
      if (commission.length > 0) {
        outstanding = subDec(outstanding, commission, `outstanding rewards of ${valoperString(op)}`);
        const { coins, change } = truncateDec(commission);
        pool = addDec(pool, change);
        if (coins.length > 0) k.bank.sendCoins(ctx, k.moduleAccount(ctx), k.getWithdrawAddr(ctx.kv, op), coins);
      }
      k.setCommunityPool(ctx, addDec(pool, outstanding));
      await k.deleteValidatorRecords(ctx, op);
    },

    beforeDelegationCreated(ctx: Context, _del: Uint8Array, op: Uint8Array): void {
      incrementValidatorPeriod(k, ctx, validator(ctx, op));
    },

    /** Pays out the rewards so far before the shares change (which also ends the period). */
    async beforeDelegationSharesModified(ctx: Context, del: Uint8Array, op: Uint8Array): Promise<void> {
      const shares = k.staking.delegationShares(ctx.kv, del, op);
      if (shares === undefined) throw sdkErrors.logic.wrap(`staking hook for a delegation to ${valoperString(op)} that does not exist`);
      await withdrawDelegationRewards(k, ctx, validator(ctx, op), del, shares);
    },

    afterDelegationModified(ctx: Context, del: Uint8Array, op: Uint8Array): void {
      initializeDelegation(k, ctx, op, del);
    },

    beforeValidatorSlashed(ctx: Context, op: Uint8Array, fraction: Dec): void {
      updateValidatorSlashFraction(k, ctx, op, fraction);
    },
  };
}
