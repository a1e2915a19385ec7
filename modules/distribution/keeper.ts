import {
  DelegatorStartingInfo, FeePool, Params, ValidatorAccumulatedCommission, ValidatorCurrentRewards, ValidatorHistoricalRewards,
  ValidatorOutstandingRewards, ValidatorSlashEvent,
} from "cosmjs-types/cosmos/distribution/v1beta1/distribution";
import * as pb from "../../proto/gen/tributary/distribution/v1/index.ts";
import { moduleAddress, valoperString } from "../../chain/address.ts";
import type { Coin } from "../../chain/coins.ts";
import type { Context } from "../../chain/context.ts";
import type { KVReader } from "../../chain/store/types.ts";
import { type Dec, decFromWire, decToWire } from "../../chain/dec.ts";
import { sdkErrors } from "../../chain/errors.ts";
import { prefixEnd, readU64be } from "../../chain/keys.ts";
import { type DecCoin, decCoinsFromWire, decCoinsToWire } from "./decCoins.ts";
import type { DistributionAccountKeeper, DistributionBankKeeper, DistributionStakingKeeper } from "./expected.ts";
import { distributionKeys as keys } from "./keys.ts";
import { DEFAULT_DISTRIBUTION_PARAMS, DISTRIBUTION, type DistributionParams } from "./types.ts";
import { type CoinMsg, coinFromMsg, coinMsg, decode, encode } from "../../proto/codec.ts";


export interface HistoricalRewards {
  cumulativeRewardRatio: DecCoin[];
  referenceCount: number;
}
export interface CurrentRewards {
  rewards: DecCoin[];
  period: bigint;
}
export interface StartingInfo {
  previousPeriod: bigint;
  stake: Dec;
  height: bigint;
}
export interface SlashEvent {
  validatorPeriod: bigint;
  fraction: Dec;
}
/** Tributary: the inference compute share (see proto/tributary/distribution/v1/types.proto). */
export interface ComputeRewards {
  pending: Coin[];
  lastAllocated: Coin[];
  lastHeight: bigint;
  totalAllocated: Coin[];
}

const coinsIn = (cs: readonly CoinMsg[]): Coin[] => cs.map(coinFromMsg);
const coinsOut = (cs: readonly Coin[]) => cs.map(coinMsg);

/**
 * The F1 store: params, the fee pool (community pool), and per validator its historical reward
 * ratios by period (with reference counts), current-period rewards, accumulated commission,
 * outstanding rewards and slash events; per delegation its starting info; per delegator its
 * withdraw address. Values are the SDK's own protobuf types (cosmos.distribution.v1beta1), so a
 * raw store read decodes with cosmjs-types. The F1 logic lives beside it (validator.ts,
 * delegation.ts, allocation.ts) and uses only these accessors.
 */
export class DistributionKeeper {
  constructor(
    readonly bank: DistributionBankKeeper,
    readonly accounts: DistributionAccountKeeper,
    readonly staking: DistributionStakingKeeper,
    /** Name of the module account fees are collected into (auth's fee_collector). */
    readonly feeCollectorName: string,
  ) {}

  /** The distribution module account, created on first use. */
  moduleAccount(ctx: Context): Uint8Array {
    return this.accounts.ensureModuleAccount(ctx, DISTRIBUTION);
  }

  /** Its address without touching state (queries, export, invariants). */
  readonly moduleAddress = moduleAddress(DISTRIBUTION);

  // --- params and pools ---------------------------------------------------------------------

  getParams(kv: KVReader): DistributionParams {
    const raw = kv.get(keys.params);
    if (!raw) return DEFAULT_DISTRIBUTION_PARAMS;
    const p = Params.decode(raw);
    const d = (s: string) => (s === "" ? 0n : decFromWire(s));
    return { communityTax: d(p.communityTax), baseProposerReward: d(p.baseProposerReward), bonusProposerReward: d(p.bonusProposerReward), withdrawAddrEnabled: p.withdrawAddrEnabled };
  }

  setParams(ctx: Context, p: DistributionParams): void {
    ctx.kv.set(keys.params, Params.encode(paramsToProto(p)).finish());
  }

  /** The community pool (FeePool.community_pool). */
  getCommunityPool(kv: KVReader): DecCoin[] {
    const raw = kv.get(keys.feePool);
    return raw ? decCoinsFromWire(FeePool.decode(raw).communityPool) : [];
  }

  setCommunityPool(ctx: Context, pool: readonly DecCoin[]): void {
    ctx.kv.set(keys.feePool, FeePool.encode({ communityPool: decCoinsToWire(pool) }).finish());
  }

  getPreviousProposer(kv: KVReader): Uint8Array {
    return kv.get(keys.previousProposer) ?? new Uint8Array();
  }

  setPreviousProposer(ctx: Context, cons: Uint8Array): void {
    ctx.kv.set(keys.previousProposer, cons);
  }

  getComputeRewards(kv: KVReader): ComputeRewards {
    const raw = kv.get(keys.computeRewards);
    if (!raw) return { pending: [], lastAllocated: [], lastHeight: 0n, totalAllocated: [] };
    const m = decode(pb.ComputeRewardsSchema, raw);
    return { pending: coinsIn(m.pending), lastAllocated: coinsIn(m.lastAllocated), lastHeight: m.lastHeight ?? 0n, totalAllocated: coinsIn(m.totalAllocated) };
  }

  setComputeRewards(ctx: Context, c: ComputeRewards): void {
    const m = { pending: coinsOut(c.pending), lastAllocated: coinsOut(c.lastAllocated), lastHeight: c.lastHeight, totalAllocated: coinsOut(c.totalAllocated) };
    ctx.kv.set(keys.computeRewards, encode(pb.ComputeRewardsSchema, m));
  }

  // --- per validator ------------------------------------------------------------------------

  getOutstanding(kv: KVReader, op: Uint8Array): DecCoin[] {
    const raw = kv.get(keys.outstanding(op));
    return raw ? decCoinsFromWire(ValidatorOutstandingRewards.decode(raw).rewards) : [];
  }

  hasOutstanding(kv: KVReader, op: Uint8Array): boolean {
    return kv.has(keys.outstanding(op));
  }

  setOutstanding(ctx: Context, op: Uint8Array, rewards: readonly DecCoin[]): void {
    ctx.kv.set(keys.outstanding(op), ValidatorOutstandingRewards.encode({ rewards: decCoinsToWire(rewards) }).finish());
  }

  getCommission(kv: KVReader, op: Uint8Array): DecCoin[] {
    const raw = kv.get(keys.commission(op));
    return raw ? decCoinsFromWire(ValidatorAccumulatedCommission.decode(raw).commission) : [];
  }

  setCommission(ctx: Context, op: Uint8Array, commission: readonly DecCoin[]): void {
    ctx.kv.set(keys.commission(op), ValidatorAccumulatedCommission.encode({ commission: decCoinsToWire(commission) }).finish());
  }

  /** Throws noValidatorDistInfo when the validator has no distribution record (never initialised). */
  getCurrent(kv: KVReader, op: Uint8Array): CurrentRewards {
    const raw = kv.get(keys.current(op));
    if (!raw) throw sdkErrors.logic.wrap(`validator ${valoperString(op)} has no current rewards record`);
    const m = ValidatorCurrentRewards.decode(raw);
    return { rewards: decCoinsFromWire(m.rewards), period: m.period };
  }

  setCurrent(ctx: Context, op: Uint8Array, c: CurrentRewards): void {
    ctx.kv.set(keys.current(op), ValidatorCurrentRewards.encode({ rewards: decCoinsToWire(c.rewards), period: c.period }).finish());
  }

  getHistorical(kv: KVReader, op: Uint8Array, period: bigint): HistoricalRewards {
    const raw = kv.get(keys.historical(op, period));
    if (!raw) throw sdkErrors.logic.wrap(`validator ${valoperString(op)} has no historical rewards for period ${period}`);
    const m = ValidatorHistoricalRewards.decode(raw);
    return { cumulativeRewardRatio: decCoinsFromWire(m.cumulativeRewardRatio), referenceCount: m.referenceCount };
  }

  setHistorical(ctx: Context, op: Uint8Array, period: bigint, h: HistoricalRewards): void {
    const value = ValidatorHistoricalRewards.encode({ cumulativeRewardRatio: decCoinsToWire(h.cumulativeRewardRatio), referenceCount: h.referenceCount });
    ctx.kv.set(keys.historical(op, period), value.finish());
  }

  deleteHistorical(ctx: Context, op: Uint8Array, period: bigint): void {
    ctx.kv.delete(keys.historical(op, period));
  }

  setSlashEvent(ctx: Context, op: Uint8Array, height: bigint, e: SlashEvent): void {
    ctx.kv.set(keys.slashEvent(op, height, e.validatorPeriod), ValidatorSlashEvent.encode({ validatorPeriod: e.validatorPeriod, fraction: decToWire(e.fraction) }).finish());
  }

  /**
   * Slash events of `op` at heights in [from, to], by height then period.
   * PERF: grows with the validator's slashes in that range (rare: each needs an infraction).
   */
  async slashEventsBetween(kv: KVReader, op: Uint8Array, from: bigint, to: bigint): Promise<{ height: bigint; event: SlashEvent }[]> {
    const out: { height: bigint; event: SlashEvent }[] = [];
    const start = keys.slashEventsFrom(op, from);
    const end = to >= 2n ** 64n - 1n ? prefixEnd(keys.slashEventsOf(op)) : keys.slashEventsFrom(op, to + 1n);
    const base = keys.slashEventsOf(op).length;
    for await (const [k, v] of kv.iterate({ gte: start, lt: end })) out.push({ height: readU64be(k, base), event: slashEventFromProto(v) });
    return out;
  }

  // --- per delegation -----------------------------------------------------------------------

  getStartingInfo(kv: KVReader, op: Uint8Array, del: Uint8Array): StartingInfo | undefined {
    const raw = kv.get(keys.startingInfo(op, del));
    if (!raw) return undefined;
    const m = DelegatorStartingInfo.decode(raw);
    return { previousPeriod: m.previousPeriod, stake: decFromWire(m.stake, "stake"), height: m.height };
  }

  setStartingInfo(ctx: Context, op: Uint8Array, del: Uint8Array, s: StartingInfo): void {
    ctx.kv.set(keys.startingInfo(op, del), DelegatorStartingInfo.encode({ previousPeriod: s.previousPeriod, stake: decToWire(s.stake), height: s.height }).finish());
  }

  deleteStartingInfo(ctx: Context, op: Uint8Array, del: Uint8Array): void {
    ctx.kv.delete(keys.startingInfo(op, del));
  }

  /** The withdraw address of `del`: the one set, or `del` itself. */
  getWithdrawAddr(kv: KVReader, del: Uint8Array): Uint8Array {
    return kv.get(keys.withdrawAddr(del)) ?? del;
  }

  setWithdrawAddrRecord(ctx: Context, del: Uint8Array, to: Uint8Array): void {
    ctx.kv.set(keys.withdrawAddr(del), to);
  }

  // --- removal (AfterValidatorRemoved) ------------------------------------------------------

  /** Deletes every record of a removed validator. PERF: grows with its periods and slash events. */
  async deleteValidatorRecords(ctx: Context, op: Uint8Array): Promise<void> {
    ctx.kv.delete(keys.outstanding(op));
    ctx.kv.delete(keys.commission(op));
    ctx.kv.delete(keys.current(op));
    for (const prefix of [keys.slashEventsOf(op), keys.historicalOf(op)]) {
      const doomed: Uint8Array[] = [];
      for await (const [k] of ctx.kv.iterate({ gte: prefix, lt: prefixEnd(prefix) })) doomed.push(k);
      for (const k of doomed) ctx.kv.delete(k);
    }
  }
}

export function slashEventFromProto(v: Uint8Array): SlashEvent {
  const m = ValidatorSlashEvent.decode(v);
  return { validatorPeriod: m.validatorPeriod, fraction: decFromWire(m.fraction, "slash fraction") };
}

export function paramsToProto(p: DistributionParams): Params {
  return {
    communityTax: decToWire(p.communityTax),
    baseProposerReward: decToWire(p.baseProposerReward),
    bonusProposerReward: decToWire(p.bonusProposerReward),
    withdrawAddrEnabled: p.withdrawAddrEnabled,
  };
}
