import { Delegation, Params, Redelegation, UnbondingDelegation, Validator } from "cosmjs-types/cosmos/staking/v1beta1/staking";
import { valoperBytes, valoperString } from "../../chain/address.ts";
import type { Context } from "../../chain/context.ts";
import type { KVReader } from "../../chain/store/types.ts";
import { decToWire, decFromWire } from "../../chain/dec.ts";
import { prefixEnd, readU64be, u64be } from "../../chain/keys.ts";
import { durationNanos, toDuration } from "../../chain/timestamp.ts";
import { stakingErrors } from "./errors.ts";
import type { StakingAccountKeeper, StakingBankKeeper, StakingHooks } from "./expected.ts";
import { type HookList, multiStakingHooks } from "./hooks.ts";
import { stakingKeys } from "./keys.ts";
import { BONDED_POOL, DEFAULT_STAKING_PARAMS, NOT_BONDED_POOL, type StakingParams, consensusPower, tokensOf, validatorConsAddress } from "./types.ts";

const dec = new TextDecoder();
const enc = new TextEncoder();

/**
 * The staking store: validators and their indexes (consensus address, power), delegations,
 * unbonding delegations, redelegations, the maturity queues and the pools. State values are
 * the SDK's own protobuf types, so raw store reads decode with cosmjs-types. The state
 * transitions live beside it (delegation.ts, valset.ts, slash.ts) and use these accessors.
 */
export class StakingKeeper {
  /** Every hook point; calls each receiver set by setHooks, in order. */
  hooks: HookList = multiStakingHooks([]);

  constructor(
    readonly bank: StakingBankKeeper,
    readonly accounts: StakingAccountKeeper,
  ) {}

  /** The hook receivers, in call order (the app: distribution, then slashing, as simapp). */
  setHooks(...receivers: StakingHooks[]): void {
    this.hooks = multiStakingHooks(receivers);
  }

  // --- params -------------------------------------------------------------------------------

  getParams(kv: KVReader): StakingParams {
    const raw = kv.get(stakingKeys.params);
    if (!raw) return DEFAULT_STAKING_PARAMS;
    const p = Params.decode(raw);
    return {
      unbondingTime: durationNanos(p.unbondingTime),
      maxValidators: p.maxValidators,
      maxEntries: p.maxEntries,
      historicalEntries: p.historicalEntries,
      bondDenom: p.bondDenom,
      minCommissionRate: p.minCommissionRate === "" ? 0n : decFromWire(p.minCommissionRate),
    };
  }

  setParams(ctx: Context, p: StakingParams): void {
    ctx.kv.set(stakingKeys.params, Params.encode(paramsToProto(p)).finish());
  }

  // --- validators ---------------------------------------------------------------------------

  getValidator(kv: KVReader, op: Uint8Array): Validator | undefined {
    const raw = kv.get(stakingKeys.validator(op));
    return raw ? Validator.decode(raw) : undefined;
  }

  mustGetValidator(kv: KVReader, op: Uint8Array): Validator {
    const v = this.getValidator(kv, op);
    if (!v) throw stakingErrors.noValidatorFound.wrap(`validator ${valoperString(op)} not found`);
    return v;
  }

  setValidator(ctx: Context, v: Validator): void {
    ctx.kv.set(stakingKeys.validator(operatorOf(v)), Validator.encode(v).finish());
  }

  getValidatorByCons(kv: KVReader, cons: Uint8Array): Validator | undefined {
    const op = kv.get(stakingKeys.byCons(cons));
    return op ? this.getValidator(kv, op) : undefined;
  }

  hasValidatorByCons(kv: KVReader, cons: Uint8Array): boolean {
    return kv.has(stakingKeys.byCons(cons));
  }

  setValidatorByCons(ctx: Context, v: Validator): void {
    ctx.kv.set(stakingKeys.byCons(validatorConsAddress(v)), operatorOf(v));
  }

  /** Jailed validators are kept out of the power index (they can never be in the set). */
  setPowerIndex(ctx: Context, v: Validator): void {
    if (v.jailed) return;
    ctx.kv.set(stakingKeys.power(consensusPower(tokensOf(v)), operatorOf(v)), operatorOf(v));
  }

  deletePowerIndex(ctx: Context, v: Validator): void {
    ctx.kv.delete(stakingKeys.power(consensusPower(tokensOf(v)), operatorOf(v)));
  }

  /** Deletes a validator and its indexes; the caller has checked it is unbonded and empty. */
  async removeValidatorRecord(ctx: Context, v: Validator): Promise<void> {
    const op = operatorOf(v);
    const cons = validatorConsAddress(v);
    ctx.kv.delete(stakingKeys.validator(op));
    ctx.kv.delete(stakingKeys.byCons(cons));
    this.deletePowerIndex(ctx, v);
    await this.hooks.afterValidatorRemoved(ctx, cons, op);
  }

  /** Every validator in operator-address order. PERF: grows with the number of validators. */
  async allValidators(kv: KVReader): Promise<Validator[]> {
    const p = stakingKeys.validatorPrefix;
    const out: Validator[] = [];
    for await (const [, v] of kv.iterate({ gte: p, lt: prefixEnd(p) })) out.push(Validator.decode(v));
    return out;
  }

  // --- last validator set -------------------------------------------------------------------

  getLastPower(kv: KVReader, op: Uint8Array): bigint | undefined {
    const raw = kv.get(stakingKeys.lastPower(op));
    return raw ? readU64be(raw) : undefined;
  }

  setLastPower(ctx: Context, op: Uint8Array, power: bigint): void {
    ctx.kv.set(stakingKeys.lastPower(op), u64be(power));
  }

  deleteLastPower(ctx: Context, op: Uint8Array): void {
    ctx.kv.delete(stakingKeys.lastPower(op));
  }

  /** The last validator set, operator-address order. PERF: grows with the set size. */
  async lastPowers(kv: KVReader): Promise<{ operator: Uint8Array; power: bigint }[]> {
    const p = stakingKeys.lastPowerPrefix;
    const out: { operator: Uint8Array; power: bigint }[] = [];
    for await (const [k, v] of kv.iterate({ gte: p, lt: prefixEnd(p) })) out.push({ operator: k.slice(p.length), power: readU64be(v) });
    return out;
  }

  getLastTotalPower(kv: KVReader): bigint {
    const raw = kv.get(stakingKeys.lastTotalPower);
    return raw ? BigInt(dec.decode(raw)) : 0n;
  }

  setLastTotalPower(ctx: Context, power: bigint): void {
    ctx.kv.set(stakingKeys.lastTotalPower, enc.encode(power.toString()));
  }

  // --- delegations --------------------------------------------------------------------------

  getDelegation(kv: KVReader, del: Uint8Array, op: Uint8Array): Delegation | undefined {
    const raw = kv.get(stakingKeys.delegation(del, op));
    return raw ? Delegation.decode(raw) : undefined;
  }

  setDelegation(ctx: Context, del: Uint8Array, op: Uint8Array, d: Delegation): void {
    ctx.kv.set(stakingKeys.delegation(del, op), Delegation.encode(d).finish());
    ctx.kv.set(stakingKeys.delByVal(op, del), new Uint8Array());
  }

  removeDelegation(ctx: Context, del: Uint8Array, op: Uint8Array): void {
    ctx.kv.delete(stakingKeys.delegation(del, op));
    ctx.kv.delete(stakingKeys.delByVal(op, del));
  }

  // --- unbonding delegations ----------------------------------------------------------------

  getUnbonding(kv: KVReader, del: Uint8Array, op: Uint8Array): UnbondingDelegation | undefined {
    const raw = kv.get(stakingKeys.ubd(del, op));
    return raw ? UnbondingDelegation.decode(raw) : undefined;
  }

  setUnbonding(ctx: Context, del: Uint8Array, op: Uint8Array, u: UnbondingDelegation): void {
    ctx.kv.set(stakingKeys.ubd(del, op), UnbondingDelegation.encode(u).finish());
    ctx.kv.set(stakingKeys.ubdByVal(op, del), new Uint8Array());
  }

  removeUnbonding(ctx: Context, del: Uint8Array, op: Uint8Array): void {
    ctx.kv.delete(stakingKeys.ubd(del, op));
    ctx.kv.delete(stakingKeys.ubdByVal(op, del));
  }

  /** Unbonding delegations from one validator. PERF: grows with that validator's unbondings. */
  async unbondingsFrom(kv: KVReader, op: Uint8Array): Promise<{ delegator: Uint8Array; ubd: UnbondingDelegation }[]> {
    const p = stakingKeys.ubdsFrom(op);
    const out: { delegator: Uint8Array; ubd: UnbondingDelegation }[] = [];
    for await (const [k] of kv.iterate({ gte: p, lt: prefixEnd(p) })) {
      const del = k.slice(p.length);
      const ubd = this.getUnbonding(kv, del, op);
      if (ubd) out.push({ delegator: del, ubd });
    }
    return out;
  }

  // --- redelegations ------------------------------------------------------------------------

  getRedelegation(kv: KVReader, del: Uint8Array, src: Uint8Array, dst: Uint8Array): Redelegation | undefined {
    const raw = kv.get(stakingKeys.red(del, src, dst));
    return raw ? Redelegation.decode(raw) : undefined;
  }

  setRedelegation(ctx: Context, del: Uint8Array, src: Uint8Array, dst: Uint8Array, r: Redelegation): void {
    ctx.kv.set(stakingKeys.red(del, src, dst), Redelegation.encode(r).finish());
    ctx.kv.set(stakingKeys.redBySrc(src, del, dst), new Uint8Array());
    ctx.kv.set(stakingKeys.redByDst(dst, del, src), new Uint8Array());
  }

  removeRedelegation(ctx: Context, del: Uint8Array, src: Uint8Array, dst: Uint8Array): void {
    ctx.kv.delete(stakingKeys.red(del, src, dst));
    ctx.kv.delete(stakingKeys.redBySrc(src, del, dst));
    ctx.kv.delete(stakingKeys.redByDst(dst, del, src));
  }

  /** Is `del` still redelegating into `dst`? (A redelegation from `dst` would be transitive.) */
  async hasReceivingRedelegation(kv: KVReader, del: Uint8Array, dst: Uint8Array): Promise<boolean> {
    const p = stakingKeys.redsInto(dst, del);
    for await (const _ of kv.iterate({ gte: p, lt: prefixEnd(p), limit: 1 })) return true;
    return false;
  }

  /** Redelegations out of `src`. PERF: grows with that validator's redelegations. */
  async redelegationsFrom(kv: KVReader, src: Uint8Array): Promise<{ delegator: Uint8Array; dst: Uint8Array; red: Redelegation }[]> {
    const p = stakingKeys.redsFrom(src);
    const out: { delegator: Uint8Array; dst: Uint8Array; red: Redelegation }[] = [];
    for await (const [k] of kv.iterate({ gte: p, lt: prefixEnd(p) })) {
      const del = k.slice(p.length, p.length + 20);
      const dst = k.slice(p.length + 20);
      const red = this.getRedelegation(kv, del, src, dst);
      if (red) out.push({ delegator: del, dst, red });
    }
    return out;
  }

  // --- ids and pools ------------------------------------------------------------------------

  /** The next unbonding id (the SDK numbers every unbonding entry, from 1). */
  nextUnbondingId(ctx: Context): bigint {
    const raw = ctx.kv.get(stakingKeys.nextUnbondingId);
    const id = (raw ? readU64be(raw) : 0n) + 1n;
    ctx.kv.set(stakingKeys.nextUnbondingId, u64be(id));
    return id;
  }

  bondedPool(ctx: Context): Uint8Array {
    return this.accounts.ensureModuleAccount(ctx, BONDED_POOL);
  }

  notBondedPool(ctx: Context): Uint8Array {
    return this.accounts.ensureModuleAccount(ctx, NOT_BONDED_POOL);
  }

  bondedToNotBonded(ctx: Context, amount: bigint): void {
    if (amount <= 0n) return;
    this.bank.sendCoins(ctx, this.bondedPool(ctx), this.notBondedPool(ctx), [{ denom: this.getParams(ctx.kv).bondDenom, amount }]);
  }

  notBondedToBonded(ctx: Context, amount: bigint): void {
    if (amount <= 0n) return;
    this.bank.sendCoins(ctx, this.notBondedPool(ctx), this.bondedPool(ctx), [{ denom: this.getParams(ctx.kv).bondDenom, amount }]);
  }

  burnBonded(ctx: Context, amount: bigint): void {
    if (amount > 0n) this.bank.burnCoins(ctx, this.bondedPool(ctx), [{ denom: this.getParams(ctx.kv).bondDenom, amount }]);
  }

  burnNotBonded(ctx: Context, amount: bigint): void {
    if (amount > 0n) this.bank.burnCoins(ctx, this.notBondedPool(ctx), [{ denom: this.getParams(ctx.kv).bondDenom, amount }]);
  }
}

/** Operator bytes of a stored validator (its address was validated when it was created). */
export function operatorOf(v: Validator): Uint8Array {
  return valoperBytes(v.operatorAddress);
}

export function paramsToProto(p: StakingParams): Params {
  return {
    unbondingTime: toDuration(p.unbondingTime),
    maxValidators: p.maxValidators,
    maxEntries: p.maxEntries,
    historicalEntries: p.historicalEntries,
    bondDenom: p.bondDenom,
    minCommissionRate: decToWire(p.minCommissionRate),
  };
}
