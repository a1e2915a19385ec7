import type { Validator } from "cosmjs-types/cosmos/staking/v1beta1/staking";
import { bytesToHex, hexToBytes } from "@noble/hashes/utils.js";
import type { Context } from "../../chain/context.ts";
import { sdkErrors } from "../../chain/errors.ts";
import { concatBytes, prefixEnd, readU64be } from "../../chain/keys.ts";
import type { ValidatorUpdate } from "../../chain/module.ts";
import { blockTime, fromTimestamp, toTimestamp } from "../../chain/timestamp.ts";
import { stakingErrors } from "./errors.ts";
import { type StakingKeeper, operatorOf } from "./keeper.ts";
import { stakingKeys, timeKey } from "./keys.ts";
import { BONDED, UNBONDED, UNBONDING, consensusPower, pubkeyFromAny, tokensOf, validatorConsAddress } from "./types.ts";

/**
 * The bonded set and validator status transitions, as x/staking/keeper/val_state_change.go.
 * EndBlock bonds the top `max_validators` non-jailed validators by power (ties: lower operator
 * address first), unbonds those that dropped out, moves their tokens between the pools, and
 * returns the power changes for CometBFT.
 */

/**
 * ApplyAndReturnValidatorSetUpdates. PERF: grows with max_validators (power index scan) plus
 * the last set's size.
 */
export async function applyValidatorSetUpdates(k: StakingKeeper, ctx: Context, opts: { genesis?: boolean } = {}): Promise<ValidatorUpdate[]> {
  const params = k.getParams(ctx.kv);
  // At genesis (not exported) the last set is every validator the genesis calls BONDED, at an
  // unknown power: all of the top set is returned, and bonded validators outside it unbond.
  const last = opts.genesis
    ? new Map((await k.allValidators(ctx.kv)).filter((v) => v.status === BONDED).map((v) => [bytesToHex(operatorOf(v)), -1n]))
    : new Map((await k.lastPowers(ctx.kv)).map((l) => [bytesToHex(l.operator), l.power]));
  const top = await topValidators(k, ctx, params.maxValidators);
  const updates: ValidatorUpdate[] = [];
  let totalPower = 0n;
  let toBonded = 0n;
  let toNotBonded = 0n;
  for (let v of top) {
    const op = operatorOf(v);
    if (v.status !== BONDED) {
      v = await bondValidator(k, ctx, v);
      toBonded += tokensOf(v);
    }
    const power = consensusPower(tokensOf(v));
    const key = bytesToHex(op);
    if (last.get(key) !== power) {
      updates.push({ pubKey: pubkeyFromAny(v.consensusPubkey), power });
      k.setLastPower(ctx, op, power);
    }
    last.delete(key);
    totalPower += power;
  }
  // Validators no longer in the set, in operator-address order (sortNoLongerBonded).
  for (const hex of [...last.keys()].sort()) {
    const op = hexToBytes(hex);
    let v = k.mustGetValidator(ctx.kv, op);
    if (v.status === BONDED) {
      v = await beginUnbondingValidator(k, ctx, v);
      toNotBonded += tokensOf(v);
    }
    k.deleteLastPower(ctx, op);
    updates.push({ pubKey: pubkeyFromAny(v.consensusPubkey), power: 0n });
  }
  if (toBonded > toNotBonded) k.notBondedToBonded(ctx, toBonded - toNotBonded);
  else if (toNotBonded > toBonded) k.bondedToNotBonded(ctx, toNotBonded - toBonded);
  if (updates.length > 0 || opts.genesis) k.setLastTotalPower(ctx, totalPower);
  // CometBFT's InitChain takes a set, not changes: no zero powers there.
  return opts.genesis ? updates.filter((u) => u.power > 0n) : updates;
}

/** The highest-power non-jailed validators with non-zero power, at most `max`. */
async function topValidators(k: StakingKeeper, ctx: Context, max: number): Promise<Validator[]> {
  const out: Validator[] = [];
  const p = stakingKeys.powerPrefix;
  if (max <= 0) return out;
  for await (const [, op] of ctx.kv.iterate({ gte: p, lt: prefixEnd(p), reverse: true })) {
    const v = k.mustGetValidator(ctx.kv, op);
    if (v.jailed) throw sdkErrors.logic.wrap(`jailed validator ${v.operatorAddress} found in the power index`);
    if (consensusPower(tokensOf(v)) === 0n) break;
    out.push(v);
    if (out.length >= max) break;
  }
  return out;
}

/** unbonded/unbonding → bonded (the caller moves the tokens to the bonded pool). */
async function bondValidator(k: StakingKeeper, ctx: Context, v: Validator): Promise<Validator> {
  k.deletePowerIndex(ctx, v);
  if (v.status === UNBONDING) ctx.kv.delete(stakingKeys.valQueue(fromTimestamp(v.unbondingTime), v.unbondingHeight, operatorOf(v)));
  const bonded: Validator = { ...v, status: BONDED };
  k.setValidator(ctx, bonded);
  k.setPowerIndex(ctx, bonded);
  await k.hooks.afterValidatorBonded(ctx, validatorConsAddress(bonded), operatorOf(bonded));
  return bonded;
}

/** bonded → unbonding until block time + unbonding_time (the caller moves the tokens). */
async function beginUnbondingValidator(k: StakingKeeper, ctx: Context, v: Validator): Promise<Validator> {
  const params = k.getParams(ctx.kv);
  k.deletePowerIndex(ctx, v);
  const id = k.nextUnbondingId(ctx);
  const until = blockTime(ctx.block) + params.unbondingTime;
  const next: Validator = {
    ...v,
    status: UNBONDING,
    unbondingTime: toTimestamp(until),
    unbondingHeight: ctx.block.height,
    unbondingIds: [...v.unbondingIds, id],
  };
  k.setValidator(ctx, next);
  k.setPowerIndex(ctx, next);
  ctx.kv.set(stakingKeys.valQueue(until, ctx.block.height, operatorOf(next)), new Uint8Array());
  await k.hooks.afterValidatorBeginUnbonding(ctx, validatorConsAddress(next), operatorOf(next));
  return next;
}

/**
 * UnbondAllMatureValidators: unbonding validators whose time and height have passed become
 * unbonded; one left without shares is deleted. PERF: grows with the validators maturing.
 */
export async function unbondAllMatureValidators(k: StakingKeeper, ctx: Context): Promise<void> {
  const p = stakingKeys.valQueuePrefix;
  const now = blockTime(ctx.block);
  const due: Uint8Array[] = [];
  for await (const [key] of ctx.kv.iterate({ gte: p, lt: concatBytes(p, timeKey(now + 1n)) })) {
    if (readU64be(key.slice(p.length + 12, p.length + 20)) <= ctx.block.height) due.push(key);
  }
  for (const key of due) {
    ctx.kv.delete(key);
    const v = k.getValidator(ctx.kv, key.slice(p.length + 20));
    if (!v || v.status !== UNBONDING || v.unbondingOnHoldRefCount > 0n) continue;
    const unbonded: Validator = { ...v, status: UNBONDED, unbondingIds: [] };
    k.setValidator(ctx, unbonded);
    if (BigInt(unbonded.delegatorShares) === 0n) await removeValidatorIfEmpty(k, ctx, unbonded);
  }
}

/** RemoveValidator, for an unbonded validator with no tokens left; otherwise it stays. */
export async function removeValidatorIfEmpty(k: StakingKeeper, ctx: Context, v: Validator): Promise<void> {
  if (v.status !== UNBONDED || tokensOf(v) > 0n) return;
  await k.removeValidatorRecord(ctx, v);
}

export function jailValidator(k: StakingKeeper, ctx: Context, v: Validator): void {
  if (v.jailed) throw stakingErrors.validatorJailed.wrap(`cannot jail already jailed validator ${v.operatorAddress}`);
  k.setValidator(ctx, { ...v, jailed: true });
  k.deletePowerIndex(ctx, v);
}

export function unjailValidator(k: StakingKeeper, ctx: Context, v: Validator): void {
  if (!v.jailed) throw sdkErrors.invalidRequest.wrap(`cannot unjail validator ${v.operatorAddress}: it is not jailed`);
  const free = { ...v, jailed: false };
  k.setValidator(ctx, free);
  k.setPowerIndex(ctx, free);
}

