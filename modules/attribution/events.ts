import { bytesToHex } from "@noble/hashes/utils.js";
import type { Context } from "../../chain/context.ts";
import { eventFields } from "../../chain/eventDecode.ts";
import type { AbciEvent } from "../../chain/events.ts";
import { type AttributionRecord, type IndexCommitment, manifestText } from "./types.ts";

/** Typed events of proto/tributary/attribution/v1/events.proto (attributes as plain strings). */
export const EVENT = {
  indexPending: "tributary.attribution.v1.EventIndexPending",
  indexReady: "tributary.attribution.v1.EventIndexReady",
  recorded: "tributary.attribution.v1.EventAttributionRecorded",
} as const;

export function emitIndexPending(ctx: Context, c: IndexCommitment): void {
  ctx.events.emit(EVENT.indexPending, [["datanet_id", c.datanetId.toString()], ["version", c.version.toString()], ["ready_height", c.readyHeight.toString()]]);
}

export function emitIndexReady(ctx: Context, c: IndexCommitment): void {
  ctx.events.emit(EVENT.indexReady, [["datanet_id", c.datanetId.toString()], ["version", c.version.toString()], ["index_hash", bytesToHex(c.indexHash)]]);
}

export function emitRecorded(ctx: Context, r: AttributionRecord): void {
  ctx.events.emit(EVENT.recorded, [
    ["record_id", r.id.toString()],
    ["submitter", r.submitter],
    ["manifest", manifestText(r.manifest)],
    ["total_points", r.totalPoints.toString()],
    ["residual", r.residual.toString()],
    ["contributors", String(r.contributors.length)],
  ]);
}

/** EventAttributionRecorded read back (node/metrics counts attributions). */
export interface RecordedEvent {
  recordId: bigint;
  submitter: string;
  contributors: number;
}

export function decodeRecorded(e: AbciEvent): RecordedEvent | undefined {
  const f = eventFields(e, EVENT.recorded);
  return f && { recordId: f.bigint("record_id"), submitter: f.string("submitter"), contributors: f.number("contributors") };
}
