import type { UnbondingDelegationEntry, RedelegationEntry, Validator } from "cosmjs-types/cosmos/staking/v1beta1/staking";
import { addressString, valoperString } from "../../chain/address.ts";
import type { Context } from "../../chain/context.ts";
import { type Dec, truncateInt } from "../../chain/dec.ts";
import { sdkErrors } from "../../chain/errors.ts";
import { concatBytes } from "../../chain/keys.ts";
import { blockTime, fromTimestamp, toTimestamp, type UnixNanos } from "../../chain/timestamp.ts";
import { stakingErrors } from "./errors.ts";
import { emitCompleteRedelegation, emitCompleteUnbonding } from "./events.ts";
import { type StakingKeeper, operatorOf } from "./keeper.ts";
import { stakingKeys, timeKey } from "./keys.ts";
import {
  BONDED, UNBONDED, UNBONDING, addTokensFromDel, invalidExRate, removeDelShares, sharesFromTokens,
  sharesFromTokensTruncated, tokensFromShares,
} from "./types.ts";
import { jailValidator, removeValidatorIfEmpty } from "./valset.ts";

/**
 * Delegation state transitions, as x/staking/keeper/delegation.go: delegate, unbond,
 * undelegate, redelegate, and completing matured entries. Every amount is an integer; shares
 * are LegacyDec (bigint scaled by 10^18) with the SDK's rounding.
 */

type BondStatus = Validator["status"];

const isMature = (completion: UnixNanos, now: UnixNanos) => completion <= now;

/** Adds tokens to a validator, keeping its power index in step. */
function addValidatorTokensAndShares(k: StakingKeeper, ctx: Context, v: Validator, amount: bigint): { validator: Validator; issued: Dec } {
  k.deletePowerIndex(ctx, v);
  const r = addTokensFromDel(v, amount);
  k.setValidator(ctx, r.validator);
  k.setPowerIndex(ctx, r.validator);
  return r;
}

function removeValidatorTokensAndShares(k: StakingKeeper, ctx: Context, v: Validator, shares: Dec): { validator: Validator; tokens: bigint } {
  k.deletePowerIndex(ctx, v);
  const r = removeDelShares(v, shares);
  k.setValidator(ctx, r.validator);
  k.setPowerIndex(ctx, r.validator);
  return r;
}

/**
 * Keeper.Delegate: with `fromAccount` the tokens come from the delegator's balance into the
 * pool matching the validator's status; otherwise (a redelegation) they are already bonded
 * or not per `tokenSrc` and move between pools only when the statuses differ. The hooks run
 * where the SDK runs them: before (created or shares modified: distribution pays out the
 * rewards so far) and after (distribution starts a new reward period for the delegation).
 * PERF: a few reads and writes (validator, delegation, power index, two balances) plus the hooks.
 */
export async function delegate(k: StakingKeeper, ctx: Context, del: Uint8Array, amount: bigint, tokenSrc: BondStatus, v: Validator, fromAccount: boolean): Promise<Dec> {
  if (invalidExRate(v)) throw stakingErrors.delegatorShareExRateInvalid.wrap(`validator ${v.operatorAddress} has shares but no tokens`);
  const op = operatorOf(v);
  const existing = k.getDelegation(ctx.kv, del, op);
  if (existing) await k.hooks.beforeDelegationSharesModified(ctx, del, op);
  else await k.hooks.beforeDelegationCreated(ctx, del, op);
  const denom = k.getParams(ctx.kv).bondDenom;
  if (fromAccount) {
    const pool = v.status === BONDED ? k.bondedPool(ctx) : k.notBondedPool(ctx);
    k.bank.sendCoins(ctx, del, pool, [{ denom, amount }]);
  } else if (tokenSrc === BONDED && v.status !== BONDED) {
    k.bondedToNotBonded(ctx, amount);
  } else if (tokenSrc !== BONDED && v.status === BONDED) {
    k.notBondedToBonded(ctx, amount);
  }
  const { issued } = addValidatorTokensAndShares(k, ctx, v, amount);
  const d = existing ?? { delegatorAddress: addressString(del), validatorAddress: v.operatorAddress, shares: "0" };
  k.setDelegation(ctx, del, op, { ...d, shares: (BigInt(d.shares) + issued).toString() });
  await k.hooks.afterDelegationModified(ctx, del, op);
  return issued;
}

/** Keeper.ValidateUnbondAmount: the shares `amount` tokens are worth, capped at the delegation. */
export function validateUnbondAmount(k: StakingKeeper, ctx: Context, del: Uint8Array, op: Uint8Array, amount: bigint): Dec {
  const v = k.mustGetValidator(ctx.kv, op);
  const d = k.getDelegation(ctx.kv, del, op);
  if (!d) throw stakingErrors.noDelegation.wrap(`${addressString(del)} has no delegation to ${valoperString(op)}`);
  const shares = sharesFromTokens(v, amount);
  const truncated = sharesFromTokensTruncated(v, amount);
  const held = BigInt(d.shares);
  if (truncated > held) {
    const worth = truncateInt(tokensFromShares(v, held));
    throw sdkErrors.invalidRequest.wrap(`invalid shares amount: cannot unbond ${amount} tokens, the delegation of ${addressString(del)} to ${valoperString(op)} is worth ${worth}`);
  }
  return shares > held ? held : shares;
}

/**
 * Keeper.Unbond: removes shares from a delegation and the validator; jails an operator whose
 * self-delegation falls below its minimum; deletes an unbonded validator left without shares.
 * Returns the tokens the shares were worth (pools untouched: the caller moves them). Hooks as
 * the SDK: before the shares change, then removed (last shares) or modified (some left).
 */
export async function unbond(k: StakingKeeper, ctx: Context, del: Uint8Array, op: Uint8Array, shares: Dec): Promise<bigint> {
  const d = k.getDelegation(ctx.kv, del, op);
  if (!d) throw stakingErrors.noDelegatorForAddress.wrap(`${addressString(del)} has no delegation to ${valoperString(op)}`);
  await k.hooks.beforeDelegationSharesModified(ctx, del, op);
  const held = BigInt(d.shares);
  if (held < shares) throw stakingErrors.notEnoughDelegationShares.wrap(`delegation holds ${held} shares, asked for ${shares}`);
  let v = k.mustGetValidator(ctx.kv, op);
  const left = held - shares;
  const isOperator = equal(del, op);
  if (isOperator && !v.jailed && truncateInt(tokensFromShares(v, left)) < BigInt(v.minSelfDelegation)) {
    jailValidator(k, ctx, v);
    v = k.mustGetValidator(ctx.kv, op);
  }
  if (left === 0n) {
    await k.hooks.beforeDelegationRemoved(ctx, del, op);
    k.removeDelegation(ctx, del, op);
  } else {
    k.setDelegation(ctx, del, op, { ...d, shares: left.toString() });
    await k.hooks.afterDelegationModified(ctx, del, op);
  }
  const { validator, tokens } = removeValidatorTokensAndShares(k, ctx, v, shares);
  if (BigInt(validator.delegatorShares) === 0n && validator.status === UNBONDED) await removeValidatorIfEmpty(k, ctx, validator);
  return tokens;
}

function equal(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * Keeper.Undelegate: unbonds, moves the tokens to the not-bonded pool if they were bonded and
 * records an unbonding entry that matures after `unbonding_time` of block time.
 */
export async function undelegate(k: StakingKeeper, ctx: Context, del: Uint8Array, op: Uint8Array, shares: Dec): Promise<{ completion: UnixNanos; amount: bigint }> {
  const v = k.mustGetValidator(ctx.kv, op);
  const params = k.getParams(ctx.kv);
  const existing = k.getUnbonding(ctx.kv, del, op);
  if (existing && existing.entries.length >= params.maxEntries) {
    throw stakingErrors.maxUnbondingDelegationEntries.wrap(`${existing.entries.length} entries already (max_entries ${params.maxEntries})`);
  }
  const amount = await unbond(k, ctx, del, op, shares);
  if (v.status === BONDED) k.bondedToNotBonded(ctx, amount);
  const completion = blockTime(ctx.block) + params.unbondingTime;
  addUnbondingEntry(k, ctx, del, op, ctx.block.height, completion, amount);
  ctx.kv.set(stakingKeys.ubdQueue(completion, del, op), new Uint8Array());
  return { completion, amount };
}

/** SetUnbondingDelegationEntry: merges into an entry of the same height and completion time. */
function addUnbondingEntry(k: StakingKeeper, ctx: Context, del: Uint8Array, op: Uint8Array, height: bigint, completion: UnixNanos, amount: bigint): void {
  const id = k.nextUnbondingId(ctx);
  const ubd = k.getUnbonding(ctx.kv, del, op) ?? { delegatorAddress: addressString(del), validatorAddress: valoperString(op), entries: [] };
  const same = ubd.entries.find((e) => e.creationHeight === height && fromTimestamp(e.completionTime) === completion);
  if (same) {
    same.balance = (BigInt(same.balance) + amount).toString();
    same.initialBalance = (BigInt(same.initialBalance) + amount).toString();
  } else {
    const entry: UnbondingDelegationEntry = {
      creationHeight: height,
      completionTime: toTimestamp(completion),
      initialBalance: amount.toString(),
      balance: amount.toString(),
      unbondingId: id,
      unbondingOnHoldRefCount: 0n,
    };
    ubd.entries.push(entry);
  }
  k.setUnbonding(ctx, del, op, ubd);
}

/**
 * Keeper.BeginRedelegation: moves shares from `src` to `dst` at once; the entry only marks the
 * stake as slashable for `src`'s infractions until it matures. Refuses a redelegation out of a
 * validator the delegator is still redelegating into (transitive).
 */
export async function beginRedelegation(k: StakingKeeper, ctx: Context, del: Uint8Array, src: Uint8Array, dst: Uint8Array, shares: Dec): Promise<UnixNanos> {
  if (equal(src, dst)) throw stakingErrors.selfRedelegation.wrap(`source and destination are both ${valoperString(src)}`);
  const dstVal = k.getValidator(ctx.kv, dst);
  if (!dstVal) throw stakingErrors.badRedelegationDst.wrap(`validator ${valoperString(dst)} not found`);
  const srcVal = k.getValidator(ctx.kv, src);
  if (!srcVal) throw stakingErrors.badRedelegationSrc.wrap(`validator ${valoperString(src)} not found`);
  if (await k.hasReceivingRedelegation(ctx.kv, del, src)) {
    throw stakingErrors.transitiveRedelegation.wrap(`${addressString(del)} is still redelegating into ${valoperString(src)}`);
  }
  const params = k.getParams(ctx.kv);
  const red = k.getRedelegation(ctx.kv, del, src, dst);
  if (red && red.entries.length >= params.maxEntries) {
    throw stakingErrors.maxRedelegationEntries.wrap(`${red.entries.length} entries already (max_entries ${params.maxEntries})`);
  }
  const amount = await unbond(k, ctx, del, src, shares);
  if (amount === 0n) throw stakingErrors.tinyRedelegationAmount.wrap(`${shares} shares are worth 0 tokens`);
  const sharesDst = await delegate(k, ctx, del, amount, srcVal.status, k.mustGetValidator(ctx.kv, dst), false);

  const after = k.getValidator(ctx.kv, src);
  // An unbonded (or since removed) source holds no slashable stake: nothing to track.
  if (!after || after.status === UNBONDED) return blockTime(ctx.block);
  const [completion, height] = after.status === UNBONDING
    ? [fromTimestamp(after.unbondingTime), after.unbondingHeight]
    : [blockTime(ctx.block) + params.unbondingTime, ctx.block.height];
  const entry: RedelegationEntry = {
    creationHeight: height,
    completionTime: toTimestamp(completion),
    initialBalance: amount.toString(),
    sharesDst: sharesDst.toString(),
    unbondingId: k.nextUnbondingId(ctx),
    unbondingOnHoldRefCount: 0n,
  };
  const next = red ?? { delegatorAddress: addressString(del), validatorSrcAddress: valoperString(src), validatorDstAddress: valoperString(dst), entries: [] };
  next.entries.push(entry);
  k.setRedelegation(ctx, del, src, dst, next);
  ctx.kv.set(stakingKeys.redQueue(completion, del, src, dst), new Uint8Array());
  return completion;
}

/** Keys of a queue whose time part is at most `now`. */
async function matured(ctx: Context, prefix: Uint8Array, now: UnixNanos): Promise<Uint8Array[]> {
  const out: Uint8Array[] = [];
  for await (const [key] of ctx.kv.iterate({ gte: prefix, lt: concatBytes(prefix, timeKey(now + 1n)) })) out.push(key);
  return out;
}

/**
 * EndBlock: pays out every unbonding entry whose completion time has passed, from the
 * not-bonded pool to the delegator. PERF: grows with the entries maturing in this block.
 */
export async function completeMatureUnbondings(k: StakingKeeper, ctx: Context): Promise<void> {
  const now = blockTime(ctx.block);
  const p = stakingKeys.ubdQueuePrefix;
  for (const key of await matured(ctx, p, now)) {
    ctx.kv.delete(key);
    const del = key.slice(p.length + 12, p.length + 32);
    const op = key.slice(p.length + 32);
    const ubd = k.getUnbonding(ctx.kv, del, op);
    if (!ubd) continue;
    let paid = 0n;
    const keep = ubd.entries.filter((e) => !isMature(fromTimestamp(e.completionTime), now));
    for (const e of ubd.entries) if (isMature(fromTimestamp(e.completionTime), now)) paid += BigInt(e.balance);
    const denom = k.getParams(ctx.kv).bondDenom;
    if (paid > 0n) k.bank.sendCoins(ctx, k.notBondedPool(ctx), del, [{ denom, amount: paid }]);
    if (keep.length === 0) k.removeUnbonding(ctx, del, op);
    else k.setUnbonding(ctx, del, op, { ...ubd, entries: keep });
    emitCompleteUnbonding(ctx, { amount: paid > 0n ? `${paid}${denom}` : "", validator: valoperString(op), delegator: addressString(del) });
  }
}

/** EndBlock: drops matured redelegation entries (the tokens moved when it began). */
export async function completeMatureRedelegations(k: StakingKeeper, ctx: Context): Promise<void> {
  const now = blockTime(ctx.block);
  const p = stakingKeys.redQueuePrefix;
  for (const key of await matured(ctx, p, now)) {
    ctx.kv.delete(key);
    const at = p.length + 12;
    const [del, src, dst] = [key.slice(at, at + 20), key.slice(at + 20, at + 40), key.slice(at + 40, at + 60)];
    const red = k.getRedelegation(ctx.kv, del, src, dst);
    if (!red) continue;
    let moved = 0n;
    for (const e of red.entries) if (isMature(fromTimestamp(e.completionTime), now)) moved += BigInt(e.initialBalance);
    const keep = red.entries.filter((e) => !isMature(fromTimestamp(e.completionTime), now));
    if (keep.length === 0) k.removeRedelegation(ctx, del, src, dst);
    else k.setRedelegation(ctx, del, src, dst, { ...red, entries: keep });
    const denom = k.getParams(ctx.kv).bondDenom;
    emitCompleteRedelegation(ctx, {
      amount: moved > 0n ? `${moved}${denom}` : "", delegator: addressString(del), source: valoperString(src), destination: valoperString(dst),
    });
  }
}
