import { addressBytes, consAddressBytes, valoperBytes } from "../../chain/address.ts";
import { type Coin, isValidDenom } from "../../chain/coins.ts";
import { type Dec, ONE, formatDec, parseDec } from "../../chain/dec.ts";
import { GenesisError } from "../../chain/genesisError.ts";
import { expectArray, expectBool, expectCoins, expectObject, expectString, expectUint } from "../../chain/genesisJson.ts";
import type { DecCoin } from "./decCoins.ts";
import type { ComputeRewards } from "./keeper.ts";
import type { DistributionParams } from "./types.ts";

/**
 * The distribution genesis section in the Cosmos SDK's JSON shape (x/distribution GenesisState:
 * snake_case, LegacyDec and DecCoin amounts as dotted 18-place decimals, u64 as strings,
 * reference_count as a number), plus Tributary's `compute_rewards`. Parsers throw GenesisError
 * naming the field.
 */

export interface DecCoinJson {
  denom: string;
  amount: string;
}
export interface ParamsJson {
  community_tax: string;
  base_proposer_reward: string;
  bonus_proposer_reward: string;
  withdraw_addr_enabled: boolean;
}
export interface CoinJson {
  denom: string;
  amount: string;
}
export interface ComputeRewardsJson {
  pending: CoinJson[];
  last_allocated: CoinJson[];
  last_height: string;
  total_allocated: CoinJson[];
}

export interface DistributionGenesis {
  params: ParamsJson;
  fee_pool: { community_pool: DecCoinJson[] };
  delegator_withdraw_infos: { delegator_address: string; withdraw_address: string }[];
  previous_proposer: string;
  outstanding_rewards: { validator_address: string; outstanding_rewards: DecCoinJson[] }[];
  validator_accumulated_commissions: { validator_address: string; accumulated: { commission: DecCoinJson[] } }[];
  validator_historical_rewards: { validator_address: string; period: string; rewards: { cumulative_reward_ratio: DecCoinJson[]; reference_count: number } }[];
  validator_current_rewards: { validator_address: string; rewards: { rewards: DecCoinJson[]; period: string } }[];
  delegator_starting_infos: { delegator_address: string; validator_address: string; starting_info: { previous_period: string; stake: string; height: string } }[];
  validator_slash_events: { validator_address: string; height: string; period: string; validator_slash_event: { validator_period: string; fraction: string } }[];
  /** Tributary: the inference compute share record (absent: nothing pending, nothing allocated yet). */
  compute_rewards?: ComputeRewardsJson;
}

/** Runs a parser, turning its error into a GenesisError at `field`. */
export function at<T>(field: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof GenesisError) throw e;
    throw new GenesisError(field, (e as Error).message.replace(/: invalid (request|address)$/, ""));
  }
}

export const decJson = (d: Dec): string => formatDec(d);
export const decCoinsJson = (coins: readonly DecCoin[]): DecCoinJson[] => coins.map((c) => ({ denom: c.denom, amount: formatDec(c.amount) }));
export const coinsJson = (coins: readonly Coin[]): CoinJson[] => coins.map((c) => ({ denom: c.denom, amount: c.amount.toString() }));

export function parseDecJson(v: unknown, field: string): Dec {
  return at(field, () => parseDec(expectString(v, field), field));
}

/** DecCoins: valid denoms, sorted and unique, amounts ≥ 0 (positive unless `allowZero`). */
export function parseDecCoins(v: unknown, field: string): DecCoin[] {
  const out: DecCoin[] = [];
  expectArray(v, field).forEach((raw, i) => {
    const o = expectObject(raw, `${field}[${i}]`);
    const denom = expectString(o.denom, `${field}[${i}].denom`);
    if (!isValidDenom(denom)) throw new GenesisError(`${field}[${i}].denom`, `invalid denom ${JSON.stringify(denom)}`);
    const amount = parseDecJson(o.amount, `${field}[${i}].amount`);
    if (amount <= 0n) throw new GenesisError(`${field}[${i}].amount`, `must be positive, got ${o.amount}`);
    const prev = out.at(-1);
    if (prev !== undefined && prev.denom >= denom) throw new GenesisError(`${field}[${i}].denom`, `denoms must be sorted and unique, got ${prev.denom} before ${denom}`);
    out.push({ denom, amount });
  });
  return out;
}

export function paramsToJson(p: DistributionParams): ParamsJson {
  return {
    community_tax: decJson(p.communityTax),
    base_proposer_reward: decJson(p.baseProposerReward),
    bonus_proposer_reward: decJson(p.bonusProposerReward),
    withdraw_addr_enabled: p.withdrawAddrEnabled,
  };
}

/** Params.ValidateBasic: community tax within [0, 1]; the deprecated proposer rewards must be 0. */
export function paramsFromJson(v: unknown, f = "params"): DistributionParams {
  const o = expectObject(v, f);
  const communityTax = parseDecJson(o.community_tax, `${f}.community_tax`);
  if (communityTax < 0n || communityTax > ONE) throw new GenesisError(`${f}.community_tax`, `must be between 0 and 1, got ${o.community_tax}`);
  const deprecated = (name: string): Dec => {
    if (o[name] === undefined) return 0n;
    const d = parseDecJson(o[name], `${f}.${name}`);
    if (d !== 0n) throw new GenesisError(`${f}.${name}`, `proposer rewards are deprecated (SDK 0.50): must be 0, got ${o[name]}`);
    return d;
  };
  return {
    communityTax,
    baseProposerReward: deprecated("base_proposer_reward"),
    bonusProposerReward: deprecated("bonus_proposer_reward"),
    withdrawAddrEnabled: o.withdraw_addr_enabled === undefined ? true : expectBool(o.withdraw_addr_enabled, `${f}.withdraw_addr_enabled`),
  };
}

export const accountArg = (v: unknown, field: string): Uint8Array => at(field, () => addressBytes(expectString(v, field), field));
export const valoperArg = (v: unknown, field: string): Uint8Array => at(field, () => valoperBytes(expectString(v, field), field));
export const consArg = (v: unknown, field: string): Uint8Array => at(field, () => consAddressBytes(expectString(v, field), field));

export function computeRewardsFromJson(v: unknown, f = "compute_rewards"): ComputeRewards {
  if (v === undefined || v === null) return { pending: [], lastAllocated: [], lastHeight: 0n, totalAllocated: [] };
  const o = expectObject(v, f);
  return {
    pending: expectCoins(o.pending, `${f}.pending`),
    lastAllocated: expectCoins(o.last_allocated, `${f}.last_allocated`),
    lastHeight: expectUint(o.last_height ?? "0", `${f}.last_height`),
    totalAllocated: expectCoins(o.total_allocated, `${f}.total_allocated`),
  };
}

export function computeRewardsToJson(c: ComputeRewards): ComputeRewardsJson {
  return { pending: coinsJson(c.pending), last_allocated: coinsJson(c.lastAllocated), last_height: c.lastHeight.toString(), total_allocated: coinsJson(c.totalAllocated) };
}
