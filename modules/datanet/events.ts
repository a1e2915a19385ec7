import { bytesToHex } from "@noble/hashes/utils.js";
import { type Coin, coinsToString } from "../../chain/coins.ts";
import type { Context } from "../../chain/context.ts";
import { eventFields } from "../../chain/eventDecode.ts";
import type { AbciEvent } from "../../chain/events.ts";
import type { Contribution, DatanetVersion } from "./types.ts";

/**
 * The typed events of proto/tributary/datanet/v1/events.proto: the ABCI event type is the full
 * message name and the attributes are its fields by proto name, as plain strings.
 */
export const EVENT = {
  datanetCreated: "tributary.datanet.v1.EventDatanetCreated",
  datanetUpdated: "tributary.datanet.v1.EventDatanetUpdated",
  contribution: "tributary.datanet.v1.EventContribution",
  reviewed: "tributary.datanet.v1.EventContributionReviewed",
  withdrawn: "tributary.datanet.v1.EventContributionWithdrawn",
  versionPublished: "tributary.datanet.v1.EventVersionPublished",
} as const;

const coinText = (c: Coin | undefined) => (c ? coinsToString([c]) : "");

export function emitDatanetCreated(ctx: Context, id: bigint, owner: string, name: string, fee: readonly Coin[]): void {
  ctx.events.emit(EVENT.datanetCreated, [["datanet_id", id.toString()], ["owner", owner], ["name", name], ["fee", coinsToString(fee)]]);
}

export function emitDatanetUpdated(ctx: Context, id: bigint, changed: readonly string[]): void {
  ctx.events.emit(EVENT.datanetUpdated, [["datanet_id", id.toString()], ["changed", changed.join(",")]]);
}

export function emitContribution(ctx: Context, c: Contribution, recordIndex: number): void {
  ctx.events.emit(EVENT.contribution, [
    ["contribution_id", c.id.toString()],
    ["datanet_id", c.datanetId.toString()],
    ["contributor", c.contributor],
    ["record_index", String(recordIndex)],
    ["content_hash", bytesToHex(c.contentHash)],
    ["redacted", String(c.redacted)],
    ["status", c.status],
    ["bytes", c.bytes.toString()],
    ["tokens", String(c.tokens)],
    ["masked_tokens", String(c.maskedTokens)],
    ["deposit", coinText(c.deposit)],
    ["content_root", bytesToHex(c.contentRoot)],
  ]);
}

export function emitReviewed(ctx: Context, c: Contribution, curator: string, reason: string): void {
  ctx.events.emit(EVENT.reviewed, [
    ["contribution_id", c.id.toString()],
    ["datanet_id", c.datanetId.toString()],
    ["curator", curator],
    ["status", c.status],
    ["reason", reason],
    ["deposit", coinText(c.deposit)],
  ]);
}

export function emitWithdrawn(ctx: Context, c: Contribution): void {
  ctx.events.emit(EVENT.withdrawn, [
    ["contribution_id", c.id.toString()],
    ["datanet_id", c.datanetId.toString()],
    ["contributor", c.contributor],
    ["deposit", coinText(c.deposit)],
  ]);
}

export function emitVersionPublished(ctx: Context, v: DatanetVersion): void {
  ctx.events.emit(EVENT.versionPublished, [
    ["datanet_id", v.datanetId.toString()],
    ["number", v.number.toString()],
    ["record_count", v.recordCount.toString()],
    ["added", String(v.addedContributionIds.length)],
    ["merkle_root", bytesToHex(v.merkleRoot)],
    ["total_tokens", v.totalTokens.toString()],
  ]);
}

/** EventContribution read back (node/content's indexer): the fields it needs to store a body. */
export interface ContributionEvent {
  contributionId: bigint;
  datanetId: bigint;
  contributor: string;
  recordIndex: number;
  contentHash: Uint8Array;
  redacted: boolean;
  status: string;
}

export function decodeContribution(e: AbciEvent): ContributionEvent | undefined {
  const f = eventFields(e, EVENT.contribution);
  return (
    f && {
      contributionId: f.bigint("contribution_id"),
      datanetId: f.bigint("datanet_id"),
      contributor: f.string("contributor"),
      recordIndex: f.number("record_index"),
      contentHash: f.hex("content_hash"),
      redacted: f.bool("redacted"),
      status: f.string("status"),
    }
  );
}

/** EventVersionPublished read back (node/attribution starts the version's index build). */
export interface VersionPublishedEvent {
  datanetId: bigint;
  number: bigint;
  recordCount: bigint;
  merkleRoot: Uint8Array;
  totalTokens: bigint;
}

export function decodeVersionPublished(e: AbciEvent): VersionPublishedEvent | undefined {
  const f = eventFields(e, EVENT.versionPublished);
  return (
    f && {
      datanetId: f.bigint("datanet_id"),
      number: f.bigint("number"),
      recordCount: f.bigint("record_count"),
      merkleRoot: f.hex("merkle_root"),
      totalTokens: f.bigint("total_tokens"),
    }
  );
}

/** EventContributionReviewed read back (node/metrics counts reviews by outcome). */
export interface ReviewedEvent {
  contributionId: bigint;
  datanetId: bigint;
  curator: string;
  status: string;
}

export function decodeReviewed(e: AbciEvent): ReviewedEvent | undefined {
  const f = eventFields(e, EVENT.reviewed);
  return f && { contributionId: f.bigint("contribution_id"), datanetId: f.bigint("datanet_id"), curator: f.string("curator"), status: f.string("status") };
}
