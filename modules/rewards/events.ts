import { bytesToHex } from "@noble/hashes/utils.js";
import { type Coin, coinsToString } from "../../chain/coins.ts";
import type { Context } from "../../chain/context.ts";
import { eventFields } from "../../chain/eventDecode.ts";
import type { AbciEvent } from "../../chain/events.ts";
import type { Challenge, EpochInfo, Node } from "./types.ts";

/**
 * The typed events of proto/tributary/rewards/v1/events.proto: the ABCI event type is the full
 * message name and the attributes are its fields by proto name, as plain strings.
 */
export const EVENT = {
  registered: "tributary.rewards.v1.EventNodeRegistered",
  updated: "tributary.rewards.v1.EventNodeUpdated",
  unregistered: "tributary.rewards.v1.EventNodeUnregistered",
  refunded: "tributary.rewards.v1.EventBondRefunded",
  poolFunded: "tributary.rewards.v1.EventPoolFunded",
  epochStarted: "tributary.rewards.v1.EventEpochStarted",
  challenge: "tributary.rewards.v1.EventChallenge",
  proof: "tributary.rewards.v1.EventStorageProof",
  windowClosed: "tributary.rewards.v1.EventWindowClosed",
  slashed: "tributary.rewards.v1.EventNodeSlashed",
  reward: "tributary.rewards.v1.EventNodeReward",
  epochPaid: "tributary.rewards.v1.EventEpochPaid",
} as const;

const coins = (c: readonly Coin[]) => coinsToString(c.filter((x) => x.amount > 0n));
const ids = (n: Node) => n.datanetIds.join(",");

export function emitRegistered(ctx: Context, n: Node, bytes: bigint): void {
  ctx.events.emit(EVENT.registered, [
    ["operator", n.operator], ["roles", n.roles.map((r) => `NODE_ROLE_${r}`).join(",")], ["datanet_ids", ids(n)], ["endpoint", n.endpoint],
    ["bond", coins([n.bond])], ["bytes_served", bytes.toString()],
  ]);
}

export function emitUpdated(ctx: Context, n: Node, changed: readonly string[]): void {
  ctx.events.emit(EVENT.updated, [["operator", n.operator], ["changed", changed.join(",")], ["datanet_ids", ids(n)], ["endpoint", n.endpoint], ["bond", coins([n.bond])]]);
}

export function emitUnregistered(ctx: Context, operator: string, refund: Coin, completion: bigint): void {
  ctx.events.emit(EVENT.unregistered, [["operator", operator], ["refund", coins([refund])], ["completion_height", completion.toString()]]);
}

export function emitRefunded(ctx: Context, operator: string, amount: Coin): void {
  ctx.events.emit(EVENT.refunded, [["operator", operator], ["amount", coins([amount])]]);
}

export function emitPoolFunded(ctx: Context, source: "inflation" | "datanet_fee", amount: readonly Coin[]): void {
  ctx.events.emit(EVENT.poolFunded, [["source", source], ["amount", coins(amount)]]);
}

export function emitEpochStarted(ctx: Context, e: EpochInfo, nodes: number, challenges: number): void {
  ctx.events.emit(EVENT.epochStarted, [
    ["epoch", e.number.toString()], ["start_height", e.startHeight.toString()], ["window_end_height", e.windowEndHeight.toString()],
    ["next_start_height", e.nextStartHeight.toString()], ["seed", bytesToHex(e.seed)], ["nodes", String(nodes)], ["challenges", String(challenges)],
  ]);
}

export function emitChallenge(ctx: Context, c: Challenge): void {
  ctx.events.emit(EVENT.challenge, [
    ["operator", c.operator], ["epoch", c.epoch.toString()], ["index", String(c.index)], ["datanet_id", c.datanetId.toString()],
    ["contribution_id", c.contributionId.toString()], ["chunk_index", String(c.chunkIndex)], ["deadline_height", c.deadlineHeight.toString()],
  ]);
}

export function emitProof(ctx: Context, c: Challenge): void {
  ctx.events.emit(EVENT.proof, [
    ["operator", c.operator], ["epoch", c.epoch.toString()], ["challenge_index", String(c.index)], ["contribution_id", c.contributionId.toString()],
    ["chunk_index", String(c.chunkIndex)],
  ]);
}

export function emitWindowClosed(ctx: Context, operator: string, epoch: bigint, passed: number, missed: number): void {
  ctx.events.emit(EVENT.windowClosed, [["operator", operator], ["epoch", epoch.toString()], ["passed", String(passed)], ["missed", String(missed)]]);
}

export function emitSlashed(ctx: Context, n: Node, epoch: bigint, missed: number, amount: Coin): void {
  ctx.events.emit(EVENT.slashed, [
    ["operator", n.operator], ["epoch", epoch.toString()], ["missed", String(missed)], ["amount", coins([amount])], ["jailed_until_epoch", n.jailedUntilEpoch.toString()],
  ]);
}

export function emitReward(ctx: Context, operator: string, epoch: bigint, amount: readonly Coin[], weight: bigint): void {
  ctx.events.emit(EVENT.reward, [["operator", operator], ["epoch", epoch.toString()], ["amount", coins(amount)], ["weight", weight.toString()]]);
}

export function emitEpochPaid(ctx: Context, epoch: bigint, pool: readonly Coin[], paid: readonly Coin[], nodesPaid: number): void {
  ctx.events.emit(EVENT.epochPaid, [["epoch", epoch.toString()], ["pool", coins(pool)], ["paid", coins(paid)], ["nodes_paid", String(nodesPaid)]]);
}

/** EventStorageProof read back (node/metrics counts accepted proofs). */
export interface StorageProofEvent {
  operator: string;
  epoch: bigint;
  challengeIndex: number;
}

export function decodeStorageProof(e: AbciEvent): StorageProofEvent | undefined {
  const f = eventFields(e, EVENT.proof);
  return f && { operator: f.string("operator"), epoch: f.bigint("epoch"), challengeIndex: f.number("challenge_index") };
}

/** EventWindowClosed read back (node/metrics counts missed challenges). */
export interface WindowClosedEvent {
  operator: string;
  epoch: bigint;
  passed: number;
  missed: number;
}

export function decodeWindowClosed(e: AbciEvent): WindowClosedEvent | undefined {
  const f = eventFields(e, EVENT.windowClosed);
  return f && { operator: f.string("operator"), epoch: f.bigint("epoch"), passed: f.number("passed"), missed: f.number("missed") };
}

/** EventEpochPaid read back (node/metrics sums storage rewards); `pool` and `paid` are coin text. */
export interface EpochPaidEvent {
  epoch: bigint;
  pool: string;
  paid: string;
  nodesPaid: number;
}

export function decodeEpochPaid(e: AbciEvent): EpochPaidEvent | undefined {
  const f = eventFields(e, EVENT.epochPaid);
  return f && { epoch: f.bigint("epoch"), pool: f.string("pool"), paid: f.string("paid"), nodesPaid: f.number("nodes_paid") };
}
