import type { Validator } from "cosmjs-types/cosmos/staking/v1beta1/staking";
import type { Context } from "../../chain/context.ts";
import { type Dec, ONE, decFromInt, maxBig, minBig, mul, mulInt, quoRoundUp, truncateInt } from "../../chain/dec.ts";
import { blockTime, fromTimestamp } from "../../chain/timestamp.ts";
import { unbond } from "./delegation.ts";
import { type StakingKeeper, operatorOf } from "./keeper.ts";
import { BONDED, POWER_REDUCTION, UNBONDED, tokensOf } from "./types.ts";

/**
 * Keeper.Slash, as x/staking/keeper/slash.go: burns `fraction` of the stake the validator had
 * at the infraction (`power` × 10^6), first from unbonding delegations and redelegations that
 * began at or after the infraction height (that stake was still at risk), the rest from the
 * validator's tokens. Burnt tokens leave the supply. Returns the tokens burnt from the
 * validator itself. Never throws on a validator that is gone or unbonded: it slashes nothing.
 * PERF: grows with the validator's unbonding delegations and redelegations.
 */
export async function slash(k: StakingKeeper, ctx: Context, consAddr: Uint8Array, infractionHeight: bigint, power: bigint, fraction: Dec): Promise<bigint> {
  if (fraction < 0n) return 0n;
  const slashAmount = truncateInt(mul(decFromInt(power * POWER_REDUCTION), fraction));
  const found = k.getValidatorByCons(ctx.kv, consAddr);
  if (!found || found.status === UNBONDED) return 0n;
  if (infractionHeight > ctx.block.height) return 0n;
  const op = operatorOf(found);
  let remaining = slashAmount;
  if (infractionHeight < ctx.block.height) {
    for (const { delegator, ubd } of await k.unbondingsFrom(ctx.kv, op)) {
      remaining -= slashUnbonding(k, ctx, delegator, op, ubd, infractionHeight, fraction);
    }
    for (const { delegator, dst } of await k.redelegationsFrom(ctx.kv, op)) {
      remaining -= await slashRedelegation(k, ctx, delegator, op, dst, infractionHeight, fraction);
    }
  }
  const v = k.mustGetValidator(ctx.kv, op);
  const burn = maxBig(minBig(remaining, tokensOf(v)), 0n);
  if (burn === 0n) return 0n;
  // The effective fraction for distribution: what is burnt of the tokens now, rounded up.
  const effective = quoRoundUp(decFromInt(burn), decFromInt(tokensOf(v)));
  await k.hooks.beforeValidatorSlashed(ctx, op, effective > ONE ? ONE : effective);
  const after = removeValidatorTokens(k, ctx, v, burn);
  if (after.status === BONDED) k.burnBonded(ctx, burn);
  else k.burnNotBonded(ctx, burn);
  return burn;
}

function removeValidatorTokens(k: StakingKeeper, ctx: Context, v: Validator, tokens: bigint): Validator {
  k.deletePowerIndex(ctx, v);
  const next = { ...v, tokens: (tokensOf(v) - tokens).toString() };
  k.setValidator(ctx, next);
  k.setPowerIndex(ctx, next);
  return next;
}

/** SlashUnbondingDelegation: entries created at/after the infraction and not yet mature. */
function slashUnbonding(
  k: StakingKeeper, ctx: Context, del: Uint8Array, op: Uint8Array,
  ubd: NonNullable<ReturnType<StakingKeeper["getUnbonding"]>>, infractionHeight: bigint, fraction: Dec,
): bigint {
  const now = blockTime(ctx.block);
  let total = 0n;
  let burnt = 0n;
  for (const e of ubd.entries) {
    if (e.creationHeight < infractionHeight) continue;
    if (fromTimestamp(e.completionTime) <= now) continue;
    const amount = truncateInt(mulInt(fraction, BigInt(e.initialBalance)));
    total += amount;
    const cut = minBig(amount, BigInt(e.balance));
    if (cut === 0n) continue;
    burnt += cut;
    e.balance = (BigInt(e.balance) - cut).toString();
  }
  if (burnt > 0n) {
    k.setUnbonding(ctx, del, op, ubd);
    k.burnNotBonded(ctx, burnt);
  }
  return total;
}

/**
 * SlashRedelegation: for each entry created at/after the infraction, first cuts the
 * delegator's unbonding from the destination (stake redelegated then undelegated), then
 * unbonds and burns the matching shares of the destination delegation.
 */
async function slashRedelegation(k: StakingKeeper, ctx: Context, del: Uint8Array, src: Uint8Array, dst: Uint8Array, infractionHeight: bigint, fraction: Dec): Promise<bigint> {
  const red = k.getRedelegation(ctx.kv, del, src, dst);
  if (!red) return 0n;
  const now = blockTime(ctx.block);
  let total = 0n;
  let bondedBurn = 0n;
  let notBondedBurn = 0n;
  for (const e of red.entries) {
    if (e.creationHeight < infractionHeight) continue;
    if (fromTimestamp(e.completionTime) <= now) continue;
    let amount = truncateInt(mulInt(fraction, BigInt(e.initialBalance)));
    total += amount;
    const ubd = k.getUnbonding(ctx.kv, del, dst);
    if (ubd) {
      let changed = false;
      for (const u of ubd.entries) {
        const cut = minBig(amount, BigInt(u.balance));
        if (cut === 0n || u.creationHeight < infractionHeight || fromTimestamp(u.completionTime) <= now) continue;
        amount -= cut;
        notBondedBurn += cut;
        u.balance = (BigInt(u.balance) - cut).toString();
        changed = true;
      }
      if (changed) k.setUnbonding(ctx, del, dst, ubd);
    }
    let shares = mul(fraction, BigInt(e.sharesDst));
    if (shares === 0n || amount === 0n) continue;
    const d = k.getDelegation(ctx.kv, del, dst);
    if (!d) continue;
    if (shares > BigInt(d.shares)) shares = BigInt(d.shares);
    const dstBefore = k.getValidator(ctx.kv, dst);
    const tokens = await unbond(k, ctx, del, dst, shares);
    const dstVal = k.getValidator(ctx.kv, dst) ?? dstBefore;
    if (dstVal?.status === BONDED) bondedBurn += tokens;
    else notBondedBurn += tokens;
  }
  k.burnBonded(ctx, bondedBurn);
  k.burnNotBonded(ctx, notBondedBurn);
  return total;
}
