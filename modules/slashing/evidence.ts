import { consAddressString } from "../../chain/address.ts";
import type { Context, MisbehaviorInfo } from "../../chain/context.ts";
import { blockTime, toTimestamp } from "../../chain/timestamp.ts";
import { emitDoubleSignSlash, emitJailed } from "./events.ts";
import type { SlashingKeeper } from "./keeper.ts";
import { DOUBLE_SIGN_JAIL_END_NS, VALIDATOR_UPDATE_DELAY } from "./types.ts";

/**
 * Equivocation (x/evidence/keeper/infraction.go) for DUPLICATE_VOTE and LIGHT_CLIENT_ATTACK
 * misbehaviour: slashes `slash_fraction_double_sign` of the stake at the infraction (unbonding
 * delegations and redelegations begun since included), jails, and tombstones so the validator
 * can never unjail. Ignored: unknown or unbonded validators, already tombstoned ones, and
 * evidence older than the unbonding period (its stake may have left already).
 * PERF: grows with the validator's unbonding delegations and redelegations.
 */
export async function handleEquivocation(k: SlashingKeeper, ctx: Context, m: MisbehaviorInfo): Promise<void> {
  if (m.type === "unknown") return;
  const cons = m.address;
  const validator = k.staking.validatorByConsAddr(ctx.kv, cons);
  if (!validator || validator.status === "unbonded") return;
  const infractionTime = m.timeSeconds * 1_000_000_000n + BigInt(m.timeNanos);
  if (blockTime(ctx.block) - infractionTime > k.staking.unbondingTime(ctx.kv)) return;
  const info = k.getSigningInfo(ctx.kv, cons) ?? k.newSigningInfo(cons, ctx.block.height);
  if (info.tombstoned) return;
  const params = k.getParams(ctx.kv);
  const address = consAddressString(cons);
  const distributionHeight = m.height - VALIDATOR_UPDATE_DELAY;
  const burned = await k.staking.slash(ctx, cons, distributionHeight, m.power, params.slashFractionDoubleSign);
  emitDoubleSignSlash(ctx, address, m.power, burned);
  if (!validator.jailed) {
    k.staking.jail(ctx, cons);
    emitJailed(ctx, address);
  }
  info.jailedUntil = toTimestamp(DOUBLE_SIGN_JAIL_END_NS);
  info.tombstoned = true;
  k.setSigningInfo(ctx, cons, info);
}
