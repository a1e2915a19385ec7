import { bytesToHex } from "@noble/hashes/utils.js";
import { DelegatorStartingInfo, ValidatorSlashEvent } from "cosmjs-types/cosmos/distribution/v1beta1/distribution";
import { addressString, consAddressString, valoperString } from "../../chain/address.ts";
import { coinsToString } from "../../chain/coins.ts";
import type { Context } from "../../chain/context.ts";
import { decFromWire } from "../../chain/dec.ts";
import { GenesisError } from "../../chain/genesisError.ts";
import { expectArray, expectObject, expectUint } from "../../chain/genesisJson.ts";
import { prefixEnd, readU64be } from "../../chain/keys.ts";
import { type DecCoin, addDec, truncateDec } from "./decCoins.ts";
import {
  type DistributionGenesis, accountArg, computeRewardsFromJson, computeRewardsToJson, consArg, decCoinsJson, decJson, paramsFromJson,
  paramsToJson, parseDecCoins, parseDecJson, valoperArg,
} from "./genesisJson.ts";
import { type ComputeRewards, type CurrentRewards, type DistributionKeeper, type HistoricalRewards, type SlashEvent, type StartingInfo } from "./keeper.ts";
import { ADDR_LEN, distributionKeys as keys } from "./keys.ts";
import { DEFAULT_DISTRIBUTION_PARAMS, type DistributionParams } from "./types.ts";

export type { DistributionGenesis } from "./genesisJson.ts";

/** The section parsed and checked, ready to write. */
interface Parsed {
  params: DistributionParams;
  communityPool: DecCoin[];
  withdrawAddrs: { del: Uint8Array; to: Uint8Array }[];
  previousProposer: Uint8Array;
  outstanding: { op: Uint8Array; rewards: DecCoin[] }[];
  commissions: { op: Uint8Array; commission: DecCoin[] }[];
  historical: { op: Uint8Array; period: bigint; rewards: HistoricalRewards }[];
  current: { op: Uint8Array; rewards: CurrentRewards }[];
  startingInfos: { op: Uint8Array; del: Uint8Array; info: StartingInfo }[];
  slashEvents: { op: Uint8Array; height: bigint; event: SlashEvent }[];
  compute: ComputeRewards;
}

export function defaultDistributionGenesis(): DistributionGenesis {
  return {
    params: paramsToJson(DEFAULT_DISTRIBUTION_PARAMS),
    fee_pool: { community_pool: [] },
    delegator_withdraw_infos: [],
    previous_proposer: "",
    outstanding_rewards: [],
    validator_accumulated_commissions: [],
    validator_historical_rewards: [],
    validator_current_rewards: [],
    delegator_starting_infos: [],
    validator_slash_events: [],
  };
}

/** Each key (a validator, a delegation, a period) at most once in a list. */
function unique(field: string) {
  const seen = new Set<string>();
  return (i: number, ...parts: (Uint8Array | bigint)[]) => {
    const key = parts.map((p) => (typeof p === "bigint" ? p.toString() : bytesToHex(p))).join("/");
    if (seen.has(key)) throw new GenesisError(`${field}[${i}]`, `duplicate entry (${key})`);
    seen.add(key);
  };
}

function parse(g: unknown): Parsed {
  const root = expectObject(g, "distribution");
  const list = <T>(name: string, each: (o: Record<string, unknown>, f: string, i: number) => T): T[] =>
    expectArray(root[name], name).map((raw, i) => each(expectObject(raw, `${name}[${i}]`), `${name}[${i}]`, i));
  const feePool = root.fee_pool === undefined ? {} : expectObject(root.fee_pool, "fee_pool");
  const dupW = unique("delegator_withdraw_infos");
  const dupO = unique("outstanding_rewards");
  const dupA = unique("validator_accumulated_commissions");
  const dupH = unique("validator_historical_rewards");
  const dupC = unique("validator_current_rewards");
  const dupS = unique("delegator_starting_infos");
  const dupE = unique("validator_slash_events");
  const previous = root.previous_proposer === undefined || root.previous_proposer === "" ? new Uint8Array() : consArg(root.previous_proposer, "previous_proposer");
  return {
    params: paramsFromJson(root.params ?? paramsToJson(DEFAULT_DISTRIBUTION_PARAMS)),
    communityPool: parseDecCoins(feePool.community_pool, "fee_pool.community_pool"),
    withdrawAddrs: list("delegator_withdraw_infos", (o, f, i) => {
      const r = { del: accountArg(o.delegator_address, `${f}.delegator_address`), to: accountArg(o.withdraw_address, `${f}.withdraw_address`) };
      dupW(i, r.del);
      return r;
    }),
    previousProposer: previous,
    outstanding: list("outstanding_rewards", (o, f, i) => {
      const r = { op: valoperArg(o.validator_address, `${f}.validator_address`), rewards: parseDecCoins(o.outstanding_rewards, `${f}.outstanding_rewards`) };
      dupO(i, r.op);
      return r;
    }),
    commissions: list("validator_accumulated_commissions", (o, f, i) => {
      const acc = expectObject(o.accumulated ?? {}, `${f}.accumulated`);
      const r = { op: valoperArg(o.validator_address, `${f}.validator_address`), commission: parseDecCoins(acc.commission, `${f}.accumulated.commission`) };
      dupA(i, r.op);
      return r;
    }),
    historical: list("validator_historical_rewards", (o, f, i) => {
      const rw = expectObject(o.rewards, `${f}.rewards`);
      const count = rw.reference_count;
      if (typeof count !== "number" || !Number.isInteger(count) || count < 1 || count > 3) {
        throw new GenesisError(`${f}.rewards.reference_count`, `must be an integer from 1 to 3, got ${JSON.stringify(count)}`);
      }
      const r = {
        op: valoperArg(o.validator_address, `${f}.validator_address`),
        period: expectUint(o.period, `${f}.period`),
        rewards: { cumulativeRewardRatio: parseDecCoins(rw.cumulative_reward_ratio, `${f}.rewards.cumulative_reward_ratio`), referenceCount: count },
      };
      dupH(i, r.op, r.period);
      return r;
    }),
    current: list("validator_current_rewards", (o, f, i) => {
      const rw = expectObject(o.rewards, `${f}.rewards`);
      const period = expectUint(rw.period, `${f}.rewards.period`);
      if (period === 0n) throw new GenesisError(`${f}.rewards.period`, "must be at least 1 (period 0 is the validator's creation)");
      const r = { op: valoperArg(o.validator_address, `${f}.validator_address`), rewards: { rewards: parseDecCoins(rw.rewards, `${f}.rewards.rewards`), period } };
      dupC(i, r.op);
      return r;
    }),
    startingInfos: list("delegator_starting_infos", (o, f, i) => {
      const s = expectObject(o.starting_info, `${f}.starting_info`);
      const stake = parseDecJson(s.stake, `${f}.starting_info.stake`);
      if (stake < 0n) throw new GenesisError(`${f}.starting_info.stake`, `must not be negative, got ${s.stake}`);
      const r = {
        op: valoperArg(o.validator_address, `${f}.validator_address`),
        del: accountArg(o.delegator_address, `${f}.delegator_address`),
        info: { previousPeriod: expectUint(s.previous_period, `${f}.starting_info.previous_period`), stake, height: expectUint(s.height ?? "0", `${f}.starting_info.height`) },
      };
      dupS(i, r.op, r.del);
      return r;
    }),
    slashEvents: list("validator_slash_events", (o, f, i) => {
      const e = expectObject(o.validator_slash_event, `${f}.validator_slash_event`);
      const fraction = parseDecJson(e.fraction, `${f}.validator_slash_event.fraction`);
      if (fraction < 0n || fraction > 10n ** 18n) throw new GenesisError(`${f}.validator_slash_event.fraction`, `must be between 0 and 1, got ${e.fraction}`);
      const period = expectUint(e.validator_period, `${f}.validator_slash_event.validator_period`);
      if (o.period !== undefined && expectUint(o.period, `${f}.period`) !== period) {
        throw new GenesisError(`${f}.period`, `is ${o.period} but validator_slash_event.validator_period is ${period}`);
      }
      const r = { op: valoperArg(o.validator_address, `${f}.validator_address`), height: expectUint(o.height, `${f}.height`), event: { validatorPeriod: period, fraction } };
      dupE(i, r.op, r.height, period);
      return r;
    }),
    compute: computeRewardsFromJson(root.compute_rewards),
  };
}

/** Stateless validation (InitGenesis checks the module account's balance against the section). */
export function validateDistributionGenesis(g: DistributionGenesis): void {
  parse(g);
}

/**
 * InitGenesis: writes every record and checks, as the SDK, that the distribution module
 * account holds exactly the outstanding rewards plus the community pool (truncated).
 */
export async function initDistributionGenesis(k: DistributionKeeper, ctx: Context, g: DistributionGenesis): Promise<void> {
  const p = parse(g);
  k.setParams(ctx, p.params);
  k.setCommunityPool(ctx, p.communityPool);
  for (const w of p.withdrawAddrs) k.setWithdrawAddrRecord(ctx, w.del, w.to);
  if (p.previousProposer.length > 0) k.setPreviousProposer(ctx, p.previousProposer);
  let holdings: DecCoin[] = p.communityPool;
  for (const o of p.outstanding) {
    k.setOutstanding(ctx, o.op, o.rewards);
    holdings = addDec(holdings, o.rewards);
  }
  for (const c of p.commissions) k.setCommission(ctx, c.op, c.commission);
  for (const h of p.historical) k.setHistorical(ctx, h.op, h.period, h.rewards);
  for (const c of p.current) k.setCurrent(ctx, c.op, c.rewards);
  for (const s of p.startingInfos) k.setStartingInfo(ctx, s.op, s.del, s.info);
  for (const e of p.slashEvents) k.setSlashEvent(ctx, e.op, e.height, e.event);
  if (p.compute.pending.length + p.compute.lastAllocated.length + p.compute.totalAllocated.length > 0) k.setComputeRewards(ctx, p.compute);
  const account = k.moduleAccount(ctx);
  const expected = truncateDec(holdings).coins;
  const held = await k.bank.getAllBalances(ctx.kv, account);
  if (coinsToString(held) !== coinsToString(expected)) {
    throw new GenesisError(
      "app_state.distribution",
      `distribution module account (${addressString(account)}) holds ${coinsToString(held) || "nothing"} in app_state.bank.balances but the outstanding rewards plus the community pool add up to ${coinsToString(expected) || "nothing"}`,
    );
  }
}

async function each(ctx: Context, prefix: Uint8Array, f: (key: Uint8Array, value: Uint8Array) => void): Promise<void> {
  for await (const [k, v] of ctx.kv.iterate({ gte: prefix, lt: prefixEnd(prefix) })) f(k.subarray(prefix.length), v);
}

/** ExportGenesis: every record, in store order. PERF: grows with all distribution state. */
export async function exportDistributionGenesis(k: DistributionKeeper, ctx: Context): Promise<DistributionGenesis> {
  const g = defaultDistributionGenesis();
  g.params = paramsToJson(k.getParams(ctx.kv));
  g.fee_pool = { community_pool: decCoinsJson(k.getCommunityPool(ctx.kv)) };
  const pp = k.getPreviousProposer(ctx.kv);
  g.previous_proposer = pp.length > 0 ? consAddressString(pp) : "";
  await each(ctx, keys.withdrawAddrPrefix, (key, v) => g.delegator_withdraw_infos.push({ delegator_address: addressString(key), withdraw_address: addressString(v) }));
  await each(ctx, keys.outstandingPrefix, (op) => g.outstanding_rewards.push({ validator_address: valoperString(op), outstanding_rewards: decCoinsJson(k.getOutstanding(ctx.kv, op)) }));
  await each(ctx, keys.commissionPrefix, (op) =>
    g.validator_accumulated_commissions.push({ validator_address: valoperString(op), accumulated: { commission: decCoinsJson(k.getCommission(ctx.kv, op)) } }),
  );
  await each(ctx, keys.historicalPrefix, (key) => {
    const [op, period] = [key.slice(0, ADDR_LEN), readU64be(key, ADDR_LEN)];
    const h = k.getHistorical(ctx.kv, op, period);
    g.validator_historical_rewards.push({
      validator_address: valoperString(op),
      period: period.toString(),
      rewards: { cumulative_reward_ratio: decCoinsJson(h.cumulativeRewardRatio), reference_count: h.referenceCount },
    });
  });
  await each(ctx, keys.currentPrefix, (op) => {
    const c = k.getCurrent(ctx.kv, op);
    g.validator_current_rewards.push({ validator_address: valoperString(op), rewards: { rewards: decCoinsJson(c.rewards), period: c.period.toString() } });
  });
  await each(ctx, keys.startingInfoPrefix, (key, v) => {
    const s = DelegatorStartingInfo.decode(v);
    g.delegator_starting_infos.push({
      delegator_address: addressString(key.slice(ADDR_LEN)),
      validator_address: valoperString(key.slice(0, ADDR_LEN)),
      starting_info: { previous_period: s.previousPeriod.toString(), stake: decJson(decFromWire(s.stake)), height: s.height.toString() },
    });
  });
  await each(ctx, keys.slashEventPrefix, (key, v) => {
    const e = ValidatorSlashEvent.decode(v);
    g.validator_slash_events.push({
      validator_address: valoperString(key.slice(0, ADDR_LEN)),
      height: readU64be(key, ADDR_LEN).toString(),
      period: e.validatorPeriod.toString(),
      validator_slash_event: { validator_period: e.validatorPeriod.toString(), fraction: decJson(decFromWire(e.fraction)) },
    });
  });
  g.compute_rewards = computeRewardsToJson(k.getComputeRewards(ctx.kv));
  return g;
}
