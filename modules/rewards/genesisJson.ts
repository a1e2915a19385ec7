import { bytesToHex, hexToBytes } from "@noble/hashes/utils.js";
import type { Coin } from "../../chain/coins.ts";
import { formatDec, parseDec } from "../../chain/dec.ts";
import { GenesisError } from "../../chain/genesisError.ts";
import { expectArray, expectBool, expectCoins, expectDenom, expectObject, expectString, expectUint } from "../../chain/genesisJson.ts";
import {
  CHALLENGE_STATUS_NAMES, type BondRefund, type Challenge, type ChallengeStatus, type EpochInfo, type EpochWork, type Node, NODE_ROLE_NAMES,
  type RewardsParams,
} from "./types.ts";

/**
 * The rewards genesis section: genesis.proto's GenesisState as proto3 JSON with proto field names
 * (u64 as decimal strings, enums by name, LegacyDec dotted), hashes in lowercase hex. Readers
 * throw GenesisError naming the field; consistency checks are in genesis.ts.
 */
type Json = Record<string, unknown>;
export interface RewardsGenesis {
  params: Json;
  nodes: Json[];
  epoch: Json;
  challenges: Json[];
  work: Json[];
  refunds: Json[];
}

const coinJson = (c: Coin) => ({ denom: c.denom, amount: c.amount.toString() });
const str = (n: bigint) => n.toString();

export function readCoin(v: unknown, f: string): Coin {
  const o = expectObject(v, f);
  return { denom: expectDenom(o.denom, `${f}.denom`), amount: expectUint(o.amount, `${f}.amount`) };
}

export function readU32(v: unknown, f: string): number {
  if (typeof v !== "number" || !Number.isInteger(v) || v < 0 || v > 0xffffffff) throw new GenesisError(f, "must be an integer in 0..4294967295");
  return v;
}

export function readU64(v: unknown, f: string): bigint {
  const n = expectUint(v, f);
  if (n >= 1n << 64n) throw new GenesisError(f, "does not fit in 64 bits");
  return n;
}

function readHex(v: unknown, f: string, bytes: number, allowEmpty = false): Uint8Array {
  const s = expectString(v ?? "", f);
  if (allowEmpty && s === "") return new Uint8Array();
  if (!new RegExp(`^[0-9a-f]{${bytes * 2}}$`).test(s)) throw new GenesisError(f, `must be ${bytes * 2} lowercase hex digits (${bytes} bytes)`);
  return hexToBytes(s);
}

function readEnum<T extends string>(v: unknown, names: readonly string[], prefix: string, f: string): T {
  const s = expectString(v, f);
  const name = s.startsWith(prefix) ? s.slice(prefix.length) : "";
  if (!names.includes(name) || name === "UNSPECIFIED") {
    throw new GenesisError(f, `unknown value ${JSON.stringify(s)}; one of ${names.slice(1).map((n) => prefix + n).join(", ")}`);
  }
  return name as T;
}

export function paramsToJson(p: RewardsParams): Json {
  return {
    epoch_blocks: str(p.epochBlocks), proof_window_blocks: str(p.proofWindowBlocks), challenges_per_epoch: p.challengesPerEpoch, min_bond: coinJson(p.minBond),
    bond_per_byte: formatDec(p.bondPerByte), inflation_share_bps: p.inflationShareBps, datanet_fee_share_bps: p.datanetFeeShareBps,
    max_missed_per_epoch: p.maxMissedPerEpoch, slash_fraction_bps: p.slashFractionBps, jail_epochs: str(p.jailEpochs), unbonding_blocks: str(p.unbondingBlocks),
    max_datanets_per_node: p.maxDatanetsPerNode,
  };
}

export function paramsFromJson(v: unknown, f = "params"): RewardsParams {
  const o = expectObject(v, f);
  let bondPerByte: bigint;
  try {
    bondPerByte = parseDec(expectString(o.bond_per_byte, `${f}.bond_per_byte`), "bond_per_byte");
  } catch (e) {
    if (e instanceof GenesisError) throw e;
    throw new GenesisError(`${f}.bond_per_byte`, (e as Error).message);
  }
  return {
    epochBlocks: readU64(o.epoch_blocks, `${f}.epoch_blocks`), proofWindowBlocks: readU64(o.proof_window_blocks, `${f}.proof_window_blocks`),
    challengesPerEpoch: readU32(o.challenges_per_epoch, `${f}.challenges_per_epoch`), minBond: readCoin(o.min_bond, `${f}.min_bond`), bondPerByte,
    inflationShareBps: readU32(o.inflation_share_bps, `${f}.inflation_share_bps`), datanetFeeShareBps: readU32(o.datanet_fee_share_bps, `${f}.datanet_fee_share_bps`),
    maxMissedPerEpoch: readU32(o.max_missed_per_epoch, `${f}.max_missed_per_epoch`), slashFractionBps: readU32(o.slash_fraction_bps, `${f}.slash_fraction_bps`),
    jailEpochs: readU64(o.jail_epochs, `${f}.jail_epochs`), unbondingBlocks: readU64(o.unbonding_blocks, `${f}.unbonding_blocks`),
    maxDatanetsPerNode: readU32(o.max_datanets_per_node, `${f}.max_datanets_per_node`),
  };
}

export function nodeToJson(n: Node): Json {
  const s = n.stats;
  return {
    operator: n.operator, roles: n.roles.map((r) => `NODE_ROLE_${r}`), datanet_ids: n.datanetIds.map(str), endpoint: n.endpoint, bond: coinJson(n.bond),
    registered_height: str(n.registeredHeight), jailed_until_epoch: str(n.jailedUntilEpoch),
    stats: {
      epochs_served: str(s.epochsServed), challenges_passed: str(s.challengesPassed), challenges_missed: str(s.challengesMissed), bytes_served: str(s.bytesServed),
      rewards_earned: s.rewardsEarned.map(coinJson), total_slashed: s.totalSlashed > 0n ? coinJson({ denom: n.bond.denom, amount: s.totalSlashed }) : null,
      times_jailed: str(s.timesJailed), last_epoch: str(s.lastEpoch),
    },
  };
}

/** Roles come back as enum numbers for validateRoles. */
export function nodeFromJson(v: unknown, f: string): { node: Omit<Node, "roles">; roles: number[] } {
  const o = expectObject(v, f);
  const s = expectObject(o.stats ?? {}, `${f}.stats`);
  const roles = expectArray(o.roles, `${f}.roles`).map((r, i) => NODE_ROLE_NAMES.indexOf(readEnum(r, NODE_ROLE_NAMES, "NODE_ROLE_", `${f}.roles[${i}]`)));
  const u = (x: unknown, g: string) => readU64(x ?? "0", `${f}.stats.${g}`);
  return {
    roles,
    node: {
      operator: expectString(o.operator, `${f}.operator`),
      datanetIds: expectArray(o.datanet_ids, `${f}.datanet_ids`).map((id, i) => readU64(id, `${f}.datanet_ids[${i}]`)),
      endpoint: expectString(o.endpoint, `${f}.endpoint`),
      bond: readCoin(o.bond, `${f}.bond`),
      registeredHeight: readU64(o.registered_height ?? "0", `${f}.registered_height`),
      jailedUntilEpoch: readU64(o.jailed_until_epoch ?? "0", `${f}.jailed_until_epoch`),
      stats: {
        epochsServed: u(s.epochs_served, "epochs_served"), challengesPassed: u(s.challenges_passed, "challenges_passed"),
        challengesMissed: u(s.challenges_missed, "challenges_missed"), bytesServed: u(s.bytes_served, "bytes_served"),
        rewardsEarned: expectCoins(s.rewards_earned, `${f}.stats.rewards_earned`),
        totalSlashed: s.total_slashed ? readCoin(s.total_slashed, `${f}.stats.total_slashed`).amount : 0n,
        timesJailed: u(s.times_jailed, "times_jailed"), lastEpoch: u(s.last_epoch, "last_epoch"),
      },
    },
  };
}

export const epochToJson = (e: EpochInfo): Json => ({
  number: str(e.number), start_height: str(e.startHeight), window_end_height: str(e.windowEndHeight), next_start_height: str(e.nextStartHeight),
  seed: bytesToHex(e.seed), window_closed: e.windowClosed,
});

export function epochFromJson(v: unknown, f = "epoch"): EpochInfo {
  const o = expectObject(v, f);
  return {
    number: readU64(o.number, `${f}.number`), startHeight: readU64(o.start_height, `${f}.start_height`), windowEndHeight: readU64(o.window_end_height, `${f}.window_end_height`),
    nextStartHeight: readU64(o.next_start_height, `${f}.next_start_height`), seed: readHex(o.seed, `${f}.seed`, 32, true),
    windowClosed: expectBool(o.window_closed ?? false, `${f}.window_closed`),
  };
}

export const challengeToJson = (c: Challenge): Json => ({
  operator: c.operator, epoch: str(c.epoch), index: c.index, datanet_id: str(c.datanetId), contribution_id: str(c.contributionId),
  content_hash: bytesToHex(c.contentHash), content_root: bytesToHex(c.contentRoot), bytes: str(c.bytes), chunk_index: c.chunkIndex, chunk_count: c.chunkCount,
  deadline_height: str(c.deadlineHeight), status: `CHALLENGE_STATUS_${c.status}`, proved_height: str(c.provedHeight),
});

export function challengeFromJson(v: unknown, f: string): Challenge {
  const o = expectObject(v, f);
  return {
    operator: expectString(o.operator, `${f}.operator`), epoch: readU64(o.epoch, `${f}.epoch`), index: readU32(o.index, `${f}.index`),
    datanetId: readU64(o.datanet_id, `${f}.datanet_id`), contributionId: readU64(o.contribution_id, `${f}.contribution_id`),
    contentHash: readHex(o.content_hash, `${f}.content_hash`, 32), contentRoot: readHex(o.content_root, `${f}.content_root`, 32), bytes: readU64(o.bytes, `${f}.bytes`),
    chunkIndex: readU32(o.chunk_index, `${f}.chunk_index`), chunkCount: readU32(o.chunk_count, `${f}.chunk_count`),
    deadlineHeight: readU64(o.deadline_height, `${f}.deadline_height`),
    status: readEnum<ChallengeStatus>(o.status, CHALLENGE_STATUS_NAMES, "CHALLENGE_STATUS_", `${f}.status`), provedHeight: readU64(o.proved_height ?? "0", `${f}.proved_height`),
  };
}

export const workToJson = (w: EpochWork): Json => ({
  operator: w.operator, epoch: str(w.epoch), bytes_counted: str(w.bytesCounted), bytes_served: str(w.bytesServed), challenges: w.challenges, passed: w.passed, missed: w.missed,
});

export function workFromJson(v: unknown, f: string): EpochWork {
  const o = expectObject(v, f);
  return {
    operator: expectString(o.operator, `${f}.operator`), epoch: readU64(o.epoch, `${f}.epoch`), bytesCounted: readU64(o.bytes_counted, `${f}.bytes_counted`),
    bytesServed: readU64(o.bytes_served, `${f}.bytes_served`), challenges: readU32(o.challenges, `${f}.challenges`), passed: readU32(o.passed ?? 0, `${f}.passed`),
    missed: readU32(o.missed ?? 0, `${f}.missed`),
  };
}

export const refundToJson = (r: BondRefund): Json => ({ operator: r.operator, amount: coinJson(r.amount), completion_height: str(r.completionHeight) });

export function refundFromJson(v: unknown, f: string): BondRefund {
  const o = expectObject(v, f);
  return { operator: expectString(o.operator, `${f}.operator`), amount: readCoin(o.amount, `${f}.amount`), completionHeight: readU64(o.completion_height, `${f}.completion_height`) };
}
