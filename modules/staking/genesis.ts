import { bytesToHex } from "@noble/hashes/utils.js";
import { valoperString, addressBytes, valoperBytes, addressString } from "../../chain/address.ts";
import { isValidDenom } from "../../chain/coins.ts";
import type { Context } from "../../chain/context.ts";
import { ONE } from "../../chain/dec.ts";
import { GenesisError } from "../../chain/genesisError.ts";
import { expectArray, expectBool, expectObject, expectString, expectUint } from "../../chain/genesisJson.ts";
import { prefixEnd, u64be } from "../../chain/keys.ts";
import type { ValidatorUpdate } from "../../chain/module.ts";
import { Delegation, Redelegation, UnbondingDelegation } from "cosmjs-types/cosmos/staking/v1beta1/staking";
import { fromTimestamp } from "../../chain/timestamp.ts";
import {
  type StakingGenesis, delegationFromJson, delegationToJson, paramsFromJson, paramsToJson, redelegationFromJson,
  redelegationToJson, unbondingFromJson, unbondingToJson, validatorFromJson, validatorToJson,
} from "./genesisJson.ts";
import { type StakingKeeper, operatorOf } from "./keeper.ts";
import { stakingKeys } from "./keys.ts";
import { BONDED, BONDED_POOL, DEFAULT_STAKING_PARAMS, NOT_BONDED_POOL, UNBONDING, type StakingParams, consAddressOf, pubkeyFromAny } from "./types.ts";
import { applyValidatorSetUpdates } from "./valset.ts";
import { ratesFromWire, validateRates } from "./validate.ts";

export type { StakingGenesis } from "./genesisJson.ts";

export function defaultStakingGenesis(): StakingGenesis {
  return {
    params: paramsToJson(DEFAULT_STAKING_PARAMS),
    last_total_power: "0",
    last_validator_powers: [],
    validators: [],
    delegations: [],
    unbonding_delegations: [],
    redelegations: [],
    exported: false,
  };
}

/** Params.Validate. */
export function validateParams(p: StakingParams, f = "params"): void {
  if (p.unbondingTime <= 0n) throw new GenesisError(`${f}.unbonding_time`, "unbonding time must be positive");
  if (p.maxValidators === 0) throw new GenesisError(`${f}.max_validators`, "max validators must be positive");
  if (p.maxEntries === 0) throw new GenesisError(`${f}.max_entries`, "max entries must be positive");
  if (!isValidDenom(p.bondDenom)) throw new GenesisError(`${f}.bond_denom`, `invalid denom ${JSON.stringify(p.bondDenom)}`);
  if (p.minCommissionRate < 0n || p.minCommissionRate > ONE) throw new GenesisError(`${f}.min_commission_rate`, "must be between 0 and 1");
}

function addr<T>(field: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    throw new GenesisError(field, (e as Error).message.replace(/: invalid address$/, ""));
  }
}

/**
 * Stateless checks, naming the field: params, each validator (addresses, key, status, rates,
 * no duplicate operator or key, bonded ⇒ not jailed), delegations to known validators whose
 * shares add up to each validator's delegator_shares, entries, and the last powers.
 */
export function validateStakingGenesis(g: StakingGenesis): void {
  const root = expectObject(g, "staking");
  validateParams(paramsFromJson(root.params));
  const shares = new Map<string, bigint>();
  const seenCons = new Set<string>();
  expectArray(root.validators, "validators").forEach((raw, i) => {
    const f = `validators[${i}]`;
    const v = validatorFromJson(raw, f);
    const op = bytesToHex(addr(`${f}.operator_address`, () => valoperBytes(v.operatorAddress)));
    if (shares.has(op)) throw new GenesisError(`${f}.operator_address`, `duplicate validator ${v.operatorAddress}`);
    const cons = bytesToHex(consAddressOf(pubkeyFromAny(v.consensusPubkey)));
    if (seenCons.has(cons)) throw new GenesisError(`${f}.consensus_pubkey`, `duplicate consensus key (validator ${v.operatorAddress}, moniker ${v.description.moniker})`);
    seenCons.add(cons);
    if (v.jailed && v.status === BONDED) throw new GenesisError(`${f}.jailed`, `validator ${v.operatorAddress} is bonded and jailed`);
    if (BigInt(v.delegatorShares) === 0n && v.status !== UNBONDING) {
      throw new GenesisError(`${f}.delegator_shares`, `bonded/unbonded validator ${v.operatorAddress} cannot have zero delegator shares`);
    }
    try {
      validateRates(ratesFromWire(v.commission.commissionRates));
    } catch (e) {
      throw new GenesisError(`${f}.commission.commission_rates`, (e as Error).message);
    }
    shares.set(op, BigInt(v.delegatorShares));
  });
  const sums = new Map<string, bigint>();
  const seenDel = new Set<string>();
  expectArray(root.delegations, "delegations").forEach((raw, i) => {
    const f = `delegations[${i}]`;
    const d = delegationFromJson(raw, f);
    const del = bytesToHex(addr(`${f}.delegator_address`, () => addressBytes(d.delegatorAddress)));
    const op = bytesToHex(addr(`${f}.validator_address`, () => valoperBytes(d.validatorAddress)));
    if (!shares.has(op)) throw new GenesisError(`${f}.validator_address`, `unknown validator ${d.validatorAddress}`);
    if (seenDel.has(del + op)) throw new GenesisError(f, `duplicate delegation of ${d.delegatorAddress} to ${d.validatorAddress}`);
    seenDel.add(del + op);
    if (BigInt(d.shares) <= 0n) throw new GenesisError(`${f}.shares`, "must be positive");
    sums.set(op, (sums.get(op) ?? 0n) + BigInt(d.shares));
  });
  expectArray(root.validators, "validators").forEach((raw, i) => {
    const op = bytesToHex(valoperBytes((raw as { operator_address: string }).operator_address));
    if ((sums.get(op) ?? 0n) !== shares.get(op)) {
      throw new GenesisError(`validators[${i}].delegator_shares`, `delegations to this validator hold ${sums.get(op) ?? 0n} shares (×10^-18), the validator says ${shares.get(op)}`);
    }
  });
  validateEntries(root, shares);
  let total = 0n;
  expectArray(root.last_validator_powers, "last_validator_powers").forEach((raw, i) => {
    const o = expectObject(raw, `last_validator_powers[${i}]`);
    const op = bytesToHex(addr(`last_validator_powers[${i}].address`, () => valoperBytes(expectString(o.address, `last_validator_powers[${i}].address`))));
    if (!shares.has(op)) throw new GenesisError(`last_validator_powers[${i}].address`, `unknown validator ${o.address}`);
    total += expectUint(o.power, `last_validator_powers[${i}].power`);
  });
  const declared = expectUint(root.last_total_power ?? "0", "last_total_power");
  if (declared !== total) throw new GenesisError("last_total_power", `is ${declared} but last_validator_powers add up to ${total}`);
  if (root.exported !== undefined) expectBool(root.exported, "exported");
}

function validateEntries(root: Record<string, unknown>, validators: Map<string, bigint>): void {
  expectArray(root.unbonding_delegations, "unbonding_delegations").forEach((raw, i) => {
    const f = `unbonding_delegations[${i}]`;
    const u = unbondingFromJson(raw, f);
    addr(`${f}.delegator_address`, () => addressBytes(u.delegatorAddress));
    addr(`${f}.validator_address`, () => valoperBytes(u.validatorAddress));
    u.entries.forEach((e, j) => {
      if (BigInt(e.balance) > BigInt(e.initialBalance)) throw new GenesisError(`${f}.entries[${j}].balance`, "is above initial_balance");
    });
  });
  expectArray(root.redelegations, "redelegations").forEach((raw, i) => {
    const f = `redelegations[${i}]`;
    const r = redelegationFromJson(raw, f);
    addr(`${f}.delegator_address`, () => addressBytes(r.delegatorAddress));
    const src = bytesToHex(addr(`${f}.validator_src_address`, () => valoperBytes(r.validatorSrcAddress)));
    const dst = bytesToHex(addr(`${f}.validator_dst_address`, () => valoperBytes(r.validatorDstAddress)));
    if (src === dst) throw new GenesisError(`${f}.validator_dst_address`, "equals the source validator");
    if (!validators.has(dst)) throw new GenesisError(`${f}.validator_dst_address`, `unknown validator ${r.validatorDstAddress}`);
  });
}

/**
 * Writes the section and returns the initial validator set: the exported last powers for an
 * exported genesis, otherwise the set EndBlock would compute now. Fails with a clear error if
 * the pools' bank balances differ from the tokens the validators and unbondings account for.
 */
export async function initStakingGenesis(k: StakingKeeper, ctx: Context, g: StakingGenesis): Promise<ValidatorUpdate[]> {
  const params = paramsFromJson(g.params);
  k.setParams(ctx, params);
  k.setLastTotalPower(ctx, BigInt(g.last_total_power ?? "0"));
  let bonded = 0n;
  let notBonded = 0n;
  let maxId = 0n;
  for (const [i, raw] of (g.validators ?? []).entries()) {
    const v = validatorFromJson(raw, `validators[${i}]`);
    k.setValidator(ctx, v);
    k.setValidatorByCons(ctx, v);
    k.setPowerIndex(ctx, v);
    if (!g.exported) await k.hooks.afterValidatorCreated(ctx, operatorOf(v), consAddressOf(pubkeyFromAny(v.consensusPubkey)));
    if (v.status === UNBONDING) ctx.kv.set(stakingKeys.valQueue(fromTimestamp(v.unbondingTime), v.unbondingHeight, operatorOf(v)), new Uint8Array());
    if (v.status === BONDED) bonded += BigInt(v.tokens);
    else notBonded += BigInt(v.tokens);
    for (const id of v.unbondingIds) if (id > maxId) maxId = id;
  }
  for (const [i, raw] of (g.delegations ?? []).entries()) {
    const d = delegationFromJson(raw, `delegations[${i}]`);
    const [del, op] = [addressBytes(d.delegatorAddress), valoperBytes(d.validatorAddress)];
    // A fresh genesis tells the hooks about each delegation (distribution starts its rewards);
    // an exported one carries the hooks' state in the other modules' sections already.
    if (!g.exported) await k.hooks.beforeDelegationCreated(ctx, del, op);
    k.setDelegation(ctx, del, op, d);
    if (!g.exported) await k.hooks.afterDelegationModified(ctx, del, op);
  }
  for (const [i, raw] of (g.unbonding_delegations ?? []).entries()) {
    const u = unbondingFromJson(raw, `unbonding_delegations[${i}]`);
    const [del, op] = [addressBytes(u.delegatorAddress), valoperBytes(u.validatorAddress)];
    k.setUnbonding(ctx, del, op, u);
    for (const e of u.entries) {
      ctx.kv.set(stakingKeys.ubdQueue(fromTimestamp(e.completionTime), del, op), new Uint8Array());
      notBonded += BigInt(e.balance);
      if (e.unbondingId > maxId) maxId = e.unbondingId;
    }
  }
  for (const [i, raw] of (g.redelegations ?? []).entries()) {
    const r = redelegationFromJson(raw, `redelegations[${i}]`);
    const [del, src, dst] = [addressBytes(r.delegatorAddress), valoperBytes(r.validatorSrcAddress), valoperBytes(r.validatorDstAddress)];
    k.setRedelegation(ctx, del, src, dst, r);
    for (const e of r.entries) {
      ctx.kv.set(stakingKeys.redQueue(fromTimestamp(e.completionTime), del, src, dst), new Uint8Array());
      if (e.unbondingId > maxId) maxId = e.unbondingId;
    }
  }
  if (maxId > 0n) ctx.kv.set(stakingKeys.nextUnbondingId, u64be(maxId));
  checkPool(k, ctx, BONDED_POOL, k.bondedPool(ctx), params.bondDenom, bonded, "bonded validators' tokens");
  checkPool(k, ctx, NOT_BONDED_POOL, k.notBondedPool(ctx), params.bondDenom, notBonded, "unbonding/unbonded validators' tokens plus unbonding delegations' balances");

  if (!g.exported) return applyValidatorSetUpdates(k, ctx, { genesis: true });
  const updates: ValidatorUpdate[] = [];
  for (const lv of g.last_validator_powers ?? []) {
    const op = valoperBytes(lv.address);
    const power = BigInt(lv.power);
    k.setLastPower(ctx, op, power);
    updates.push({ pubKey: pubkeyFromAny(k.mustGetValidator(ctx.kv, op).consensusPubkey), power });
  }
  return updates;
}

function checkPool(k: StakingKeeper, ctx: Context, name: string, pool: Uint8Array, denom: string, expected: bigint, what: string): void {
  const balance = k.bank.getBalance(ctx.kv, pool, denom);
  if (balance !== expected) {
    throw new GenesisError(
      "app_state.staking",
      `${name} pool (${addressString(pool)}) holds ${balance}${denom} in app_state.bank.balances but the ${what} add up to ${expected}${denom}`,
    );
  }
}

/** The whole staking state as genesis JSON (`exported: true`). PERF: grows with all staking state. */
export async function exportStakingGenesis(k: StakingKeeper, ctx: Context): Promise<StakingGenesis> {
  const all = async <T>(prefix: Uint8Array, decode: (v: Uint8Array) => T): Promise<T[]> => {
    const out: T[] = [];
    for await (const [, v] of ctx.kv.iterate({ gte: prefix, lt: prefixEnd(prefix) })) out.push(decode(v));
    return out;
  };
  const last = await k.lastPowers(ctx.kv);
  return {
    params: paramsToJson(k.getParams(ctx.kv)),
    last_total_power: k.getLastTotalPower(ctx.kv).toString(),
    last_validator_powers: last.map((l) => ({ address: valoperString(l.operator), power: l.power.toString() })),
    validators: (await k.allValidators(ctx.kv)).map(validatorToJson),
    delegations: (await all(stakingKeys.delegationPrefix, (v) => Delegation.decode(v))).map(delegationToJson),
    unbonding_delegations: (await all(stakingKeys.ubdPrefix, (v) => UnbondingDelegation.decode(v))).map(unbondingToJson),
    redelegations: (await all(stakingKeys.redPrefix, (v) => Redelegation.decode(v))).map(redelegationToJson),
    exported: true,
  };
}
