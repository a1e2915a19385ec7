/**
 * Staking, slashing, distribution and mint values as the CLI prints them. JSON output is the
 * gRPC response in simd's JSON (proto field names in snake_case, 64-bit integers as strings,
 * enums by name, LegacyDec as dotted decimals with 18 places, timestamps RFC 3339, durations
 * "1814400s"). Text output is the same value as YAML with every amount followed by its denom
 * ("1000000utrib", "12.345000000000000000utrib"): coins by output.ts, the amounts simd prints
 * bare in the bond denom (validator tokens, pool, unbonding entries) by the `…Text` views here.
 */
import { toBase64 } from "@cosmjs/encoding";
import type { ValidatorSigningInfo, Params as SlashingParams } from "cosmjs-types/cosmos/slashing/v1beta1/slashing";
import type { Params as StakingParams, DelegationResponse, UnbondingDelegation, Validator } from "cosmjs-types/cosmos/staking/v1beta1/staking";
import { bondStatusToJSON } from "cosmjs-types/cosmos/staking/v1beta1/staking";
import type { Any } from "cosmjs-types/google/protobuf/any";
import type { Timestamp } from "cosmjs-types/google/protobuf/timestamp";
import type { Duration } from "cosmjs-types/google/protobuf/duration";
import { PubKey } from "cosmjs-types/cosmos/crypto/ed25519/keys";
import { formatDec } from "../../../chain/dec.ts";
import { durationNanos, formatDuration, formatRfc3339, fromTimestamp } from "../../../chain/timestamp.ts";
import type { Json } from "../attribution/format.ts";
import { printJson, printYaml } from "../output.ts";

export type JsonObject = { [k: string]: Json };

const s = (v: bigint | number) => v.toString();
const ascii = (b: Uint8Array) => new TextDecoder().decode(b);

/** LegacyDec wire value (the scaled integer, "" = 0) → "0.050000000000000000". */
export const decText = (wire: string): string => formatDec(wire === "" ? 0n : BigInt(wire));
/** LegacyDec in a `bytes` field (ASCII of the scaled integer). */
export const decBytesText = (b: Uint8Array): string => decText(ascii(b));
export const timeText = (t: Timestamp | undefined): string => formatRfc3339(fromTimestamp(t));
export const durationText = (d: Duration | undefined): string => formatDuration(durationNanos(d));

type WireCoin = { denom: string; amount: string };
/** DecCoin (amount is a LegacyDec wire value) as simd's JSON. */
export const decCoinJson = (c: WireCoin): JsonObject => ({ denom: c.denom, amount: decText(c.amount) });
export const coinJson = (c: WireCoin): JsonObject => ({ denom: c.denom, amount: c.amount });

function pubkeyJson(a: Any | undefined): Json {
  if (!a) return null;
  if (a.typeUrl === "/cosmos.crypto.ed25519.PubKey") return { "@type": a.typeUrl, key: toBase64(PubKey.decode(a.value).key) };
  return { "@type": a.typeUrl, value: toBase64(a.value) };
}

export function validatorJson(v: Validator): JsonObject {
  return {
    operator_address: v.operatorAddress,
    consensus_pubkey: pubkeyJson(v.consensusPubkey),
    jailed: v.jailed,
    status: bondStatusToJSON(v.status),
    tokens: v.tokens,
    delegator_shares: decText(v.delegatorShares),
    description: {
      moniker: v.description.moniker,
      identity: v.description.identity,
      website: v.description.website,
      security_contact: v.description.securityContact,
      details: v.description.details,
    },
    unbonding_height: s(v.unbondingHeight),
    unbonding_time: timeText(v.unbondingTime),
    commission: {
      commission_rates: {
        rate: decText(v.commission.commissionRates.rate),
        max_rate: decText(v.commission.commissionRates.maxRate),
        max_change_rate: decText(v.commission.commissionRates.maxChangeRate),
      },
      update_time: timeText(v.commission.updateTime),
    },
    min_self_delegation: v.minSelfDelegation,
    unbonding_on_hold_ref_count: s(v.unbondingOnHoldRefCount),
    unbonding_ids: v.unbondingIds.map(s),
  };
}

/** The validator in text: its JSON with tokens and min self-delegation in the bond denom. */
export function validatorText(v: Validator, bondDenom: string): JsonObject {
  return { ...validatorJson(v), tokens: `${v.tokens}${bondDenom}`, min_self_delegation: `${v.minSelfDelegation}${bondDenom}` };
}

export function delegationResponseJson(r: DelegationResponse): JsonObject {
  return {
    delegation: { delegator_address: r.delegation.delegatorAddress, validator_address: r.delegation.validatorAddress, shares: decText(r.delegation.shares) },
    balance: coinJson(r.balance),
  };
}

export function unbondingJson(u: UnbondingDelegation): JsonObject {
  return {
    delegator_address: u.delegatorAddress,
    validator_address: u.validatorAddress,
    entries: u.entries.map((e) => ({
      creation_height: s(e.creationHeight),
      completion_time: timeText(e.completionTime),
      initial_balance: e.initialBalance,
      balance: e.balance,
      unbonding_id: s(e.unbondingId),
      unbonding_on_hold_ref_count: s(e.unbondingOnHoldRefCount),
    })),
  };
}

/** The unbonding delegation in text: its JSON with the entries' balances in the bond denom. */
export function unbondingText(u: UnbondingDelegation, bondDenom: string): JsonObject {
  const j = unbondingJson(u);
  return { ...j, entries: u.entries.map((e, i) => ({ ...(j.entries as JsonObject[])[i], initial_balance: `${e.initialBalance}${bondDenom}`, balance: `${e.balance}${bondDenom}` })) };
}

export function stakingParamsJson(p: StakingParams): JsonObject {
  return {
    unbonding_time: durationText(p.unbondingTime),
    max_validators: p.maxValidators,
    max_entries: p.maxEntries,
    historical_entries: p.historicalEntries,
    bond_denom: p.bondDenom,
    min_commission_rate: decText(p.minCommissionRate),
  };
}

export function signingInfoJson(i: ValidatorSigningInfo): JsonObject {
  return {
    address: i.address,
    start_height: s(i.startHeight),
    index_offset: s(i.indexOffset),
    jailed_until: timeText(i.jailedUntil),
    tombstoned: i.tombstoned,
    missed_blocks_counter: s(i.missedBlocksCounter),
  };
}

export function slashingParamsJson(p: SlashingParams): JsonObject {
  return {
    signed_blocks_window: s(p.signedBlocksWindow),
    min_signed_per_window: decBytesText(p.minSignedPerWindow),
    downtime_jail_duration: durationText(p.downtimeJailDuration),
    slash_fraction_double_sign: decBytesText(p.slashFractionDoubleSign),
    slash_fraction_downtime: decBytesText(p.slashFractionDowntime),
  };
}

/** Pagination of a response that holds every item (the CLI fetches all pages). */
export const allItems = (n: number): JsonObject => ({ next_key: null, total: String(n) });

/** JSON: simd's response as is; text: `text()` (the same value, amounts with their denom) as YAML. */
export function print(format: "json" | "text", json: JsonObject, text: () => JsonObject = () => json): void {
  if (format === "json") printJson(json);
  else printYaml(text());
}
