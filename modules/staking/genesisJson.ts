import { fromBase64, toBase64 } from "@cosmjs/encoding";
import { BondStatus, bondStatusFromJSON, bondStatusToJSON } from "cosmjs-types/cosmos/staking/v1beta1/staking";
import type { Delegation, Redelegation, UnbondingDelegation, Validator } from "cosmjs-types/cosmos/staking/v1beta1/staking";
import { decFromWire, formatDec, parseDec } from "../../chain/dec.ts";
import { GenesisError } from "../../chain/genesisError.ts";
import { expectArray, expectBool, expectObject, expectString, expectUint } from "../../chain/genesisJson.ts";
import { formatDuration, formatRfc3339, fromTimestamp, parseDuration, parseRfc3339, toTimestamp } from "../../chain/timestamp.ts";
import { ED25519_PUBKEY_URL, type StakingParams, pubkeyAny, pubkeyFromAny } from "./types.ts";

/**
 * The staking genesis section in the Cosmos SDK's JSON shape (snake_case, LegacyDec as dotted
 * 18-place decimals, times RFC 3339, durations "<n>s", enums by name), and its conversion to
 * and from the protobuf values kept in state. Parsers throw GenesisError naming the field.
 */

export interface ParamsJson {
  unbonding_time: string;
  max_validators: number;
  max_entries: number;
  historical_entries: number;
  bond_denom: string;
  min_commission_rate: string;
}

export interface ValidatorJson {
  operator_address: string;
  consensus_pubkey: { "@type": string; key: string };
  jailed: boolean;
  status: string;
  tokens: string;
  delegator_shares: string;
  description: { moniker: string; identity: string; website: string; security_contact: string; details: string };
  unbonding_height: string;
  unbonding_time: string;
  commission: { commission_rates: { rate: string; max_rate: string; max_change_rate: string }; update_time: string };
  min_self_delegation: string;
  unbonding_on_hold_ref_count: string;
  unbonding_ids: string[];
}

export interface DelegationJson {
  delegator_address: string;
  validator_address: string;
  shares: string;
}

export interface UnbondingEntryJson {
  creation_height: string;
  completion_time: string;
  initial_balance: string;
  balance: string;
  unbonding_id: string;
  unbonding_on_hold_ref_count: string;
}

export interface UnbondingDelegationJson {
  delegator_address: string;
  validator_address: string;
  entries: UnbondingEntryJson[];
}

export interface RedelegationEntryJson {
  creation_height: string;
  completion_time: string;
  initial_balance: string;
  shares_dst: string;
  unbonding_id: string;
  unbonding_on_hold_ref_count: string;
}

export interface RedelegationJson {
  delegator_address: string;
  validator_src_address: string;
  validator_dst_address: string;
  entries: RedelegationEntryJson[];
}

export interface StakingGenesis {
  params: ParamsJson;
  last_total_power: string;
  last_validator_powers: { address: string; power: string }[];
  validators: ValidatorJson[];
  delegations: DelegationJson[];
  unbonding_delegations: UnbondingDelegationJson[];
  redelegations: RedelegationJson[];
  exported: boolean;
}

/** Wraps a ChainError from a parser into a GenesisError naming `field`. */
function at<T>(field: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof GenesisError) throw e;
    throw new GenesisError(field, (e as Error).message.replace(/: invalid request$/, ""));
  }
}

const jsonDec = (wire: string) => formatDec(decFromWire(wire));
export const wireDec = (v: unknown, field: string): string => at(field, () => parseDec(expectString(v, field), field).toString());
const time = (v: unknown, field: string) => toTimestamp(at(field, () => parseRfc3339(expectString(v, field), field)));

function uint32(v: unknown, field: string): number {
  if (typeof v !== "number" && typeof v !== "string") throw new GenesisError(field, "must be a number");
  const s = String(v);
  if (!/^[0-9]+$/.test(s) || BigInt(s) > 0xffffffffn) throw new GenesisError(field, `must be an integer from 0 to 4294967295, got ${JSON.stringify(v)}`);
  return Number(s);
}

export function paramsToJson(p: StakingParams): ParamsJson {
  return {
    unbonding_time: formatDuration(p.unbondingTime),
    max_validators: p.maxValidators,
    max_entries: p.maxEntries,
    historical_entries: p.historicalEntries,
    bond_denom: p.bondDenom,
    min_commission_rate: formatDec(p.minCommissionRate),
  };
}

export function paramsFromJson(v: unknown, field = "params"): StakingParams {
  const o = expectObject(v, field);
  return {
    unbondingTime: at(`${field}.unbonding_time`, () => parseDuration(expectString(o.unbonding_time, `${field}.unbonding_time`), "unbonding_time")),
    maxValidators: uint32(o.max_validators, `${field}.max_validators`),
    maxEntries: uint32(o.max_entries, `${field}.max_entries`),
    historicalEntries: uint32(o.historical_entries ?? 0, `${field}.historical_entries`),
    bondDenom: expectString(o.bond_denom, `${field}.bond_denom`),
    minCommissionRate: BigInt(wireDec(o.min_commission_rate ?? "0", `${field}.min_commission_rate`)),
  };
}

export function validatorToJson(v: Validator): ValidatorJson {
  const r = v.commission.commissionRates;
  return {
    operator_address: v.operatorAddress,
    consensus_pubkey: { "@type": ED25519_PUBKEY_URL, key: toBase64(pubkeyFromAny(v.consensusPubkey)) },
    jailed: v.jailed,
    status: bondStatusToJSON(v.status),
    tokens: v.tokens,
    delegator_shares: jsonDec(v.delegatorShares),
    description: {
      moniker: v.description.moniker,
      identity: v.description.identity,
      website: v.description.website,
      security_contact: v.description.securityContact,
      details: v.description.details,
    },
    unbonding_height: v.unbondingHeight.toString(),
    unbonding_time: formatRfc3339(fromTimestamp(v.unbondingTime)),
    commission: {
      commission_rates: { rate: jsonDec(r.rate), max_rate: jsonDec(r.maxRate), max_change_rate: jsonDec(r.maxChangeRate) },
      update_time: formatRfc3339(fromTimestamp(v.commission.updateTime)),
    },
    min_self_delegation: v.minSelfDelegation,
    unbonding_on_hold_ref_count: v.unbondingOnHoldRefCount.toString(),
    unbonding_ids: v.unbondingIds.map(String),
  };
}

export function validatorFromJson(raw: unknown, f: string): Validator {
  const o = expectObject(raw, f);
  const pk = expectObject(o.consensus_pubkey, `${f}.consensus_pubkey`);
  if (pk["@type"] !== ED25519_PUBKEY_URL) throw new GenesisError(`${f}.consensus_pubkey.@type`, `must be ${ED25519_PUBKEY_URL}, got ${JSON.stringify(pk["@type"])}`);
  const key = at(`${f}.consensus_pubkey.key`, () => fromBase64(expectString(pk.key, `${f}.consensus_pubkey.key`)));
  if (key.length !== 32) throw new GenesisError(`${f}.consensus_pubkey.key`, `ed25519 public key must be 32 bytes, got ${key.length}`);
  const status = bondStatusFromJSON(o.status);
  if (status === BondStatus.UNRECOGNIZED || status === BondStatus.BOND_STATUS_UNSPECIFIED) {
    throw new GenesisError(`${f}.status`, `must be BOND_STATUS_BONDED, BOND_STATUS_UNBONDING or BOND_STATUS_UNBONDED, got ${JSON.stringify(o.status)}`);
  }
  const d = expectObject(o.description ?? {}, `${f}.description`);
  const c = expectObject(o.commission, `${f}.commission`);
  const r = expectObject(c.commission_rates, `${f}.commission.commission_rates`);
  const str = (x: unknown, name: string) => (x === undefined ? "" : expectString(x, `${f}.description.${name}`));
  return {
    operatorAddress: expectString(o.operator_address, `${f}.operator_address`),
    consensusPubkey: pubkeyAny(key),
    jailed: o.jailed === undefined ? false : expectBool(o.jailed, `${f}.jailed`),
    status,
    tokens: expectUint(o.tokens, `${f}.tokens`).toString(),
    delegatorShares: wireDec(o.delegator_shares, `${f}.delegator_shares`),
    description: {
      moniker: str(d.moniker, "moniker"),
      identity: str(d.identity, "identity"),
      website: str(d.website, "website"),
      securityContact: str(d.security_contact, "security_contact"),
      details: str(d.details, "details"),
    },
    unbondingHeight: expectUint(o.unbonding_height ?? "0", `${f}.unbonding_height`),
    unbondingTime: time(o.unbonding_time ?? "1970-01-01T00:00:00Z", `${f}.unbonding_time`),
    commission: {
      commissionRates: {
        rate: wireDec(r.rate, `${f}.commission.commission_rates.rate`),
        maxRate: wireDec(r.max_rate, `${f}.commission.commission_rates.max_rate`),
        maxChangeRate: wireDec(r.max_change_rate, `${f}.commission.commission_rates.max_change_rate`),
      },
      updateTime: time(c.update_time ?? "1970-01-01T00:00:00Z", `${f}.commission.update_time`),
    },
    minSelfDelegation: expectUint(o.min_self_delegation ?? "1", `${f}.min_self_delegation`).toString(),
    unbondingOnHoldRefCount: expectUint(o.unbonding_on_hold_ref_count ?? "0", `${f}.unbonding_on_hold_ref_count`),
    unbondingIds: expectArray(o.unbonding_ids, `${f}.unbonding_ids`).map((x, i) => expectUint(x, `${f}.unbonding_ids[${i}]`)),
  };
}

export function delegationToJson(d: Delegation): DelegationJson {
  return { delegator_address: d.delegatorAddress, validator_address: d.validatorAddress, shares: jsonDec(d.shares) };
}

export function delegationFromJson(raw: unknown, f: string): Delegation {
  const o = expectObject(raw, f);
  return {
    delegatorAddress: expectString(o.delegator_address, `${f}.delegator_address`),
    validatorAddress: expectString(o.validator_address, `${f}.validator_address`),
    shares: wireDec(o.shares, `${f}.shares`),
  };
}

export function unbondingToJson(u: UnbondingDelegation): UnbondingDelegationJson {
  return {
    delegator_address: u.delegatorAddress,
    validator_address: u.validatorAddress,
    entries: u.entries.map((e) => ({
      creation_height: e.creationHeight.toString(),
      completion_time: formatRfc3339(fromTimestamp(e.completionTime)),
      initial_balance: e.initialBalance,
      balance: e.balance,
      unbonding_id: e.unbondingId.toString(),
      unbonding_on_hold_ref_count: e.unbondingOnHoldRefCount.toString(),
    })),
  };
}

export function unbondingFromJson(raw: unknown, f: string): UnbondingDelegation {
  const o = expectObject(raw, f);
  return {
    delegatorAddress: expectString(o.delegator_address, `${f}.delegator_address`),
    validatorAddress: expectString(o.validator_address, `${f}.validator_address`),
    entries: expectArray(o.entries, `${f}.entries`).map((x, i) => {
      const e = expectObject(x, `${f}.entries[${i}]`);
      const g = `${f}.entries[${i}]`;
      return {
        creationHeight: expectUint(e.creation_height, `${g}.creation_height`),
        completionTime: time(e.completion_time, `${g}.completion_time`),
        initialBalance: expectUint(e.initial_balance, `${g}.initial_balance`).toString(),
        balance: expectUint(e.balance, `${g}.balance`).toString(),
        unbondingId: expectUint(e.unbonding_id ?? "0", `${g}.unbonding_id`),
        unbondingOnHoldRefCount: expectUint(e.unbonding_on_hold_ref_count ?? "0", `${g}.unbonding_on_hold_ref_count`),
      };
    }),
  };
}

export function redelegationToJson(r: Redelegation): RedelegationJson {
  return {
    delegator_address: r.delegatorAddress,
    validator_src_address: r.validatorSrcAddress,
    validator_dst_address: r.validatorDstAddress,
    entries: r.entries.map((e) => ({
      creation_height: e.creationHeight.toString(),
      completion_time: formatRfc3339(fromTimestamp(e.completionTime)),
      initial_balance: e.initialBalance,
      shares_dst: jsonDec(e.sharesDst),
      unbonding_id: e.unbondingId.toString(),
      unbonding_on_hold_ref_count: e.unbondingOnHoldRefCount.toString(),
    })),
  };
}

export function redelegationFromJson(raw: unknown, f: string): Redelegation {
  const o = expectObject(raw, f);
  return {
    delegatorAddress: expectString(o.delegator_address, `${f}.delegator_address`),
    validatorSrcAddress: expectString(o.validator_src_address, `${f}.validator_src_address`),
    validatorDstAddress: expectString(o.validator_dst_address, `${f}.validator_dst_address`),
    entries: expectArray(o.entries, `${f}.entries`).map((x, i) => {
      const e = expectObject(x, `${f}.entries[${i}]`);
      const g = `${f}.entries[${i}]`;
      return {
        creationHeight: expectUint(e.creation_height, `${g}.creation_height`),
        completionTime: time(e.completion_time, `${g}.completion_time`),
        initialBalance: expectUint(e.initial_balance, `${g}.initial_balance`).toString(),
        sharesDst: wireDec(e.shares_dst, `${g}.shares_dst`),
        unbondingId: expectUint(e.unbonding_id ?? "0", `${g}.unbonding_id`),
        unbondingOnHoldRefCount: expectUint(e.unbonding_on_hold_ref_count ?? "0", `${g}.unbonding_on_hold_ref_count`),
      };
    }),
  };
}
