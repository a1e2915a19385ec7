/**
 * Rewards values as the CLI prints them (the datanet CLI's conventions): proto field names,
 * 64-bit integers as decimal strings, amounts as one string with their denom ("1000utrib",
 * several joined by ","), hashes as lowercase hex, enums by name.
 */
import type { Coin } from "@cosmjs/stargate";
import { bytesToHex } from "@noble/hashes/utils.js";
import type { Challenge, EpochState, EpochWork, NodeDetails, RewardsParams, StorageNode } from "../../../client/rewardsTypes.ts";
import type { Json } from "../attribution/format.ts";

const s = (v: bigint | number) => v.toString();
/** One coin with its denom; "0<denom>" for none when the denom is known. */
export const coinText = (c: Coin | null | undefined, denom = ""): string => (c ? `${c.amount}${c.denom}` : `0${denom}`);
/** Coins joined by ","; "0<denom>" for none. */
export const coinsText = (cs: readonly Coin[], denom = ""): string => (cs.length === 0 ? `0${denom}` : cs.map((c) => coinText(c)).join(","));

export function nodeJson(n: StorageNode): Record<string, Json> {
  const denom = n.bond?.denom ?? "";
  return {
    operator: n.operator,
    roles: n.roles,
    datanet_ids: n.datanetIds.map(s),
    endpoint: n.endpoint,
    bond: coinText(n.bond, denom),
    registered_height: s(n.registeredHeight),
    jailed_until_epoch: s(n.jailedUntilEpoch),
    epochs_served: s(n.stats.epochsServed),
    challenges_passed: s(n.stats.challengesPassed),
    challenges_missed: s(n.stats.challengesMissed),
    bytes_served: s(n.stats.bytesServed),
    rewards_earned: coinsText(n.stats.rewardsEarned, denom),
    total_slashed: coinText(n.stats.totalSlashed, denom),
    times_jailed: s(n.stats.timesJailed),
    last_epoch: s(n.stats.lastEpoch),
  };
}

function workJson(w: EpochWork): Record<string, Json> {
  return { epoch: s(w.epoch), challenges: w.challenges, passed: w.passed, missed: w.missed, bytes_served: s(w.bytesServed), bytes_counted: s(w.bytesCounted) };
}

export function nodeDetailsJson(d: NodeDetails): Record<string, Json> {
  const denom = d.node.bond?.denom ?? "";
  return {
    ...nodeJson(d.node),
    status: d.jailed ? `jailed until epoch ${d.node.jailedUntilEpoch}` : "active",
    required_bond: `${d.requiredBond}${denom}`,
    current_epoch: d.currentEpoch ? workJson(d.currentEpoch) : null,
  };
}

export function challengeJson(c: Challenge): Record<string, Json> {
  return {
    epoch: s(c.epoch),
    index: c.index,
    datanet_id: s(c.datanetId),
    contribution_id: s(c.contributionId),
    chunk_index: c.chunkIndex,
    chunk_count: c.chunkCount,
    bytes: s(c.bytes),
    content_hash: bytesToHex(c.contentHash),
    content_root: bytesToHex(c.contentRoot),
    deadline_height: s(c.deadlineHeight),
    status: c.status,
    proved_height: s(c.provedHeight),
  };
}

export function epochJson(e: EpochState): Record<string, Json> {
  return {
    number: s(e.epoch.number),
    start_height: s(e.epoch.startHeight),
    window_end_height: s(e.epoch.windowEndHeight),
    next_start_height: s(e.epoch.nextStartHeight),
    window_closed: e.epoch.windowClosed,
    seed: bytesToHex(e.epoch.seed),
    height: s(e.height),
    epoch_blocks: s(e.epochBlocks),
    pool: coinsText(e.pool),
  };
}

export function rewardsParamsJson(p: RewardsParams): Record<string, Json> {
  return {
    epoch_blocks: s(p.epochBlocks),
    proof_window_blocks: s(p.proofWindowBlocks),
    challenges_per_epoch: p.challengesPerEpoch,
    min_bond: coinText(p.minBond),
    bond_per_byte: p.bondPerByte,
    inflation_share_bps: p.inflationShareBps,
    datanet_fee_share_bps: p.datanetFeeShareBps,
    max_missed_per_epoch: p.maxMissedPerEpoch,
    slash_fraction_bps: p.slashFractionBps,
    jail_epochs: s(p.jailEpochs),
    unbonding_blocks: s(p.unbondingBlocks),
    max_datanets_per_node: p.maxDatanetsPerNode,
  };
}
