import * as pb from "../../proto/gen/tributary/rewards/v1/index.ts";
import type { Coin } from "../../chain/coins.ts";
import { decFromWire, decToWire } from "../../chain/dec.ts";
import {
  CHALLENGE_STATUS_NAMES, type Challenge, type ChallengeStatus, type EpochInfo, type EpochWork, type Node, NODE_ROLE_NAMES, type NodeRole,
  type NodeStats, type BondRefund, type RewardsParams,
} from "./types.ts";
import { type CoinMsg, coinFromMsg, coinMsg, type Init, u64 } from "../../proto/codec.ts";

/** Protobuf ⇄ keeper types. */
export { pb };

export { u64 };
export const coinOut: (c: Coin) => CoinMsg = coinMsg;
export const coinIn: (c: CoinMsg | undefined) => Coin = coinFromMsg;
export const roleNumber = (r: NodeRole) => NODE_ROLE_NAMES.indexOf(r);
export const statusNumber = (x: ChallengeStatus) => CHALLENGE_STATUS_NAMES.indexOf(x);

export function paramsOut(p: RewardsParams): Init<typeof pb.ParamsSchema> {
  return {
    epochBlocks: p.epochBlocks, proofWindowBlocks: p.proofWindowBlocks, challengesPerEpoch: p.challengesPerEpoch, minBond: coinOut(p.minBond),
    bondPerByte: decToWire(p.bondPerByte), inflationShareBps: p.inflationShareBps, datanetFeeShareBps: p.datanetFeeShareBps,
    maxMissedPerEpoch: p.maxMissedPerEpoch, slashFractionBps: p.slashFractionBps, jailEpochs: p.jailEpochs, unbondingBlocks: p.unbondingBlocks,
    maxDatanetsPerNode: p.maxDatanetsPerNode,
  };
}

export function paramsIn(m: pb.Params): RewardsParams {
  return {
    epochBlocks: u64(m.epochBlocks), proofWindowBlocks: u64(m.proofWindowBlocks), challengesPerEpoch: m.challengesPerEpoch ?? 0, minBond: coinIn(m.minBond),
    bondPerByte: decFromWire(m.bondPerByte || "0", "bond_per_byte"), inflationShareBps: m.inflationShareBps ?? 0, datanetFeeShareBps: m.datanetFeeShareBps ?? 0,
    maxMissedPerEpoch: m.maxMissedPerEpoch ?? 0, slashFractionBps: m.slashFractionBps ?? 0, jailEpochs: u64(m.jailEpochs), unbondingBlocks: u64(m.unbondingBlocks),
    maxDatanetsPerNode: m.maxDatanetsPerNode ?? 0,
  };
}

export function statsOut(x: NodeStats, bondDenom: string): Init<typeof pb.NodeStatsSchema> {
  return {
    epochsServed: x.epochsServed, challengesPassed: x.challengesPassed, challengesMissed: x.challengesMissed, bytesServed: x.bytesServed,
    rewardsEarned: x.rewardsEarned.map(coinOut), totalSlashed: x.totalSlashed > 0n ? coinOut({ denom: bondDenom, amount: x.totalSlashed }) : undefined,
    timesJailed: x.timesJailed, lastEpoch: x.lastEpoch,
  };
}

export function statsIn(m: pb.NodeStats | null | undefined): NodeStats {
  return {
    epochsServed: u64(m?.epochsServed), challengesPassed: u64(m?.challengesPassed), challengesMissed: u64(m?.challengesMissed), bytesServed: u64(m?.bytesServed),
    rewardsEarned: (m?.rewardsEarned ?? []).map(coinIn), totalSlashed: m?.totalSlashed ? coinIn(m.totalSlashed).amount : 0n,
    timesJailed: u64(m?.timesJailed), lastEpoch: u64(m?.lastEpoch),
  };
}

export function nodeOut(n: Node): Init<typeof pb.NodeSchema> {
  return {
    operator: n.operator, roles: n.roles.map(roleNumber), datanetIds: n.datanetIds, endpoint: n.endpoint, bond: coinOut(n.bond),
    registeredHeight: n.registeredHeight, jailedUntilEpoch: n.jailedUntilEpoch, stats: statsOut(n.stats, n.bond.denom),
  };
}

export function nodeIn(m: pb.Node): Node {
  return {
    operator: m.operator ?? "", roles: (m.roles ?? []).map((r) => NODE_ROLE_NAMES[r] as NodeRole), datanetIds: (m.datanetIds ?? []).map(u64),
    endpoint: m.endpoint ?? "", bond: coinIn(m.bond), registeredHeight: u64(m.registeredHeight), jailedUntilEpoch: u64(m.jailedUntilEpoch), stats: statsIn(m.stats),
  };
}

export function challengeOut(c: Challenge): Init<typeof pb.ChallengeSchema> {
  return {
    operator: c.operator, epoch: c.epoch, index: c.index, datanetId: c.datanetId, contributionId: c.contributionId, contentHash: c.contentHash,
    contentRoot: c.contentRoot, bytes: c.bytes, chunkIndex: c.chunkIndex, chunkCount: c.chunkCount, deadlineHeight: c.deadlineHeight,
    status: statusNumber(c.status), provedHeight: c.provedHeight,
  };
}

export function challengeIn(m: pb.Challenge): Challenge {
  return {
    operator: m.operator ?? "", epoch: u64(m.epoch), index: m.index ?? 0, datanetId: u64(m.datanetId), contributionId: u64(m.contributionId),
    contentHash: m.contentHash ?? new Uint8Array(), contentRoot: m.contentRoot ?? new Uint8Array(), bytes: u64(m.bytes), chunkIndex: m.chunkIndex ?? 0,
    chunkCount: m.chunkCount ?? 0, deadlineHeight: u64(m.deadlineHeight), status: CHALLENGE_STATUS_NAMES[m.status ?? 0] as ChallengeStatus,
    provedHeight: u64(m.provedHeight),
  };
}

export const workOut = (w: EpochWork): Init<typeof pb.EpochWorkSchema> => ({
  operator: w.operator, epoch: w.epoch, bytesCounted: w.bytesCounted, bytesServed: w.bytesServed, challenges: w.challenges, passed: w.passed, missed: w.missed,
});
export const workIn = (m: pb.EpochWork): EpochWork => ({
  operator: m.operator ?? "", epoch: u64(m.epoch), bytesCounted: u64(m.bytesCounted), bytesServed: u64(m.bytesServed), challenges: m.challenges ?? 0,
  passed: m.passed ?? 0, missed: m.missed ?? 0,
});

export const epochOut = (e: EpochInfo): Init<typeof pb.EpochInfoSchema> => ({
  number: e.number, startHeight: e.startHeight, windowEndHeight: e.windowEndHeight, nextStartHeight: e.nextStartHeight, seed: e.seed, windowClosed: e.windowClosed,
});
export const epochIn = (m: pb.EpochInfo): EpochInfo => ({
  number: u64(m.number), startHeight: u64(m.startHeight), windowEndHeight: u64(m.windowEndHeight), nextStartHeight: u64(m.nextStartHeight),
  seed: m.seed ?? new Uint8Array(), windowClosed: m.windowClosed ?? false,
});

export const refundOut = (r: BondRefund): Init<typeof pb.BondRefundSchema> => ({ operator: r.operator, amount: coinOut(r.amount), completionHeight: r.completionHeight });
export const refundIn = (m: pb.BondRefund): BondRefund => ({ operator: m.operator ?? "", amount: coinIn(m.amount), completionHeight: u64(m.completionHeight) });
