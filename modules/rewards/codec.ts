import { tributary } from "../../proto/gen/tributary/rewards/v1/types.js";
import type { Coin } from "../../chain/coins.ts";
import { decFromWire, decToWire } from "../../chain/dec.ts";
import { u64 } from "../datanet/codec.ts";
import {
  CHALLENGE_STATUS_NAMES, type Challenge, type ChallengeStatus, type EpochInfo, type EpochWork, type Node, NODE_ROLE_NAMES, type NodeRole,
  type NodeStats, type BondRefund, type RewardsParams,
} from "./types.ts";

/** Protobuf ⇄ keeper types; every u64 goes out as a decimal string (see datanet/codec.ts). */
export const pb = tributary.rewards.v1;
const s = (n: bigint) => n.toString() as never;
type CoinMsg = { denom?: string | null; amount?: string | null } | null | undefined;

export { u64 };
export const coinOut = (c: Coin) => ({ denom: c.denom, amount: c.amount.toString() });
export const coinIn = (c: CoinMsg): Coin => ({ denom: c?.denom ?? "", amount: BigInt(c?.amount || "0") });
export const roleNumber = (r: NodeRole) => NODE_ROLE_NAMES.indexOf(r);
export const statusNumber = (x: ChallengeStatus) => CHALLENGE_STATUS_NAMES.indexOf(x);

export function paramsOut(p: RewardsParams): tributary.rewards.v1.IParams {
  return {
    epochBlocks: s(p.epochBlocks), proofWindowBlocks: s(p.proofWindowBlocks), challengesPerEpoch: p.challengesPerEpoch, minBond: coinOut(p.minBond),
    bondPerByte: decToWire(p.bondPerByte), inflationShareBps: p.inflationShareBps, datanetFeeShareBps: p.datanetFeeShareBps,
    maxMissedPerEpoch: p.maxMissedPerEpoch, slashFractionBps: p.slashFractionBps, jailEpochs: s(p.jailEpochs), unbondingBlocks: s(p.unbondingBlocks),
    maxDatanetsPerNode: p.maxDatanetsPerNode,
  };
}

export function paramsIn(m: tributary.rewards.v1.IParams): RewardsParams {
  return {
    epochBlocks: u64(m.epochBlocks), proofWindowBlocks: u64(m.proofWindowBlocks), challengesPerEpoch: m.challengesPerEpoch ?? 0, minBond: coinIn(m.minBond),
    bondPerByte: decFromWire(m.bondPerByte || "0", "bond_per_byte"), inflationShareBps: m.inflationShareBps ?? 0, datanetFeeShareBps: m.datanetFeeShareBps ?? 0,
    maxMissedPerEpoch: m.maxMissedPerEpoch ?? 0, slashFractionBps: m.slashFractionBps ?? 0, jailEpochs: u64(m.jailEpochs), unbondingBlocks: u64(m.unbondingBlocks),
    maxDatanetsPerNode: m.maxDatanetsPerNode ?? 0,
  };
}

export function statsOut(x: NodeStats, bondDenom: string): tributary.rewards.v1.INodeStats {
  return {
    epochsServed: s(x.epochsServed), challengesPassed: s(x.challengesPassed), challengesMissed: s(x.challengesMissed), bytesServed: s(x.bytesServed),
    rewardsEarned: x.rewardsEarned.map(coinOut), totalSlashed: x.totalSlashed > 0n ? coinOut({ denom: bondDenom, amount: x.totalSlashed }) : null,
    timesJailed: s(x.timesJailed), lastEpoch: s(x.lastEpoch),
  };
}

export function statsIn(m: tributary.rewards.v1.INodeStats | null | undefined): NodeStats {
  return {
    epochsServed: u64(m?.epochsServed), challengesPassed: u64(m?.challengesPassed), challengesMissed: u64(m?.challengesMissed), bytesServed: u64(m?.bytesServed),
    rewardsEarned: (m?.rewardsEarned ?? []).map(coinIn), totalSlashed: m?.totalSlashed ? coinIn(m.totalSlashed).amount : 0n,
    timesJailed: u64(m?.timesJailed), lastEpoch: u64(m?.lastEpoch),
  };
}

export function nodeOut(n: Node): tributary.rewards.v1.INode {
  return {
    operator: n.operator, roles: n.roles.map(roleNumber), datanetIds: n.datanetIds.map(s), endpoint: n.endpoint, bond: coinOut(n.bond),
    registeredHeight: s(n.registeredHeight), jailedUntilEpoch: s(n.jailedUntilEpoch), stats: statsOut(n.stats, n.bond.denom),
  };
}

export function nodeIn(m: tributary.rewards.v1.INode): Node {
  return {
    operator: m.operator ?? "", roles: (m.roles ?? []).map((r) => NODE_ROLE_NAMES[r] as NodeRole), datanetIds: (m.datanetIds ?? []).map(u64),
    endpoint: m.endpoint ?? "", bond: coinIn(m.bond), registeredHeight: u64(m.registeredHeight), jailedUntilEpoch: u64(m.jailedUntilEpoch), stats: statsIn(m.stats),
  };
}

export function challengeOut(c: Challenge): tributary.rewards.v1.IChallenge {
  return {
    operator: c.operator, epoch: s(c.epoch), index: c.index, datanetId: s(c.datanetId), contributionId: s(c.contributionId), contentHash: c.contentHash,
    contentRoot: c.contentRoot, bytes: s(c.bytes), chunkIndex: c.chunkIndex, chunkCount: c.chunkCount, deadlineHeight: s(c.deadlineHeight),
    status: statusNumber(c.status), provedHeight: s(c.provedHeight),
  };
}

export function challengeIn(m: tributary.rewards.v1.IChallenge): Challenge {
  return {
    operator: m.operator ?? "", epoch: u64(m.epoch), index: m.index ?? 0, datanetId: u64(m.datanetId), contributionId: u64(m.contributionId),
    contentHash: m.contentHash ?? new Uint8Array(), contentRoot: m.contentRoot ?? new Uint8Array(), bytes: u64(m.bytes), chunkIndex: m.chunkIndex ?? 0,
    chunkCount: m.chunkCount ?? 0, deadlineHeight: u64(m.deadlineHeight), status: CHALLENGE_STATUS_NAMES[m.status ?? 0] as ChallengeStatus,
    provedHeight: u64(m.provedHeight),
  };
}

export const workOut = (w: EpochWork): tributary.rewards.v1.IEpochWork => ({
  operator: w.operator, epoch: s(w.epoch), bytesCounted: s(w.bytesCounted), bytesServed: s(w.bytesServed), challenges: w.challenges, passed: w.passed, missed: w.missed,
});
export const workIn = (m: tributary.rewards.v1.IEpochWork): EpochWork => ({
  operator: m.operator ?? "", epoch: u64(m.epoch), bytesCounted: u64(m.bytesCounted), bytesServed: u64(m.bytesServed), challenges: m.challenges ?? 0,
  passed: m.passed ?? 0, missed: m.missed ?? 0,
});

export const epochOut = (e: EpochInfo): tributary.rewards.v1.IEpochInfo => ({
  number: s(e.number), startHeight: s(e.startHeight), windowEndHeight: s(e.windowEndHeight), nextStartHeight: s(e.nextStartHeight), seed: e.seed, windowClosed: e.windowClosed,
});
export const epochIn = (m: tributary.rewards.v1.IEpochInfo): EpochInfo => ({
  number: u64(m.number), startHeight: u64(m.startHeight), windowEndHeight: u64(m.windowEndHeight), nextStartHeight: u64(m.nextStartHeight),
  seed: m.seed ?? new Uint8Array(), windowClosed: m.windowClosed ?? false,
});

export const refundOut = (r: BondRefund): tributary.rewards.v1.IBondRefund => ({ operator: r.operator, amount: coinOut(r.amount), completionHeight: s(r.completionHeight) });
export const refundIn = (m: tributary.rewards.v1.IBondRefund): BondRefund => ({ operator: m.operator ?? "", amount: coinIn(m.amount), completionHeight: u64(m.completionHeight) });
