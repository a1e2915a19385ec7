import type { Context } from "../../chain/context.ts";
import { eventFields } from "../../chain/eventDecode.ts";
import type { AbciEvent } from "../../chain/events.ts";
import { hex } from "./artifact.ts";
import type { Inference, Model } from "./types.ts";

/** Typed events of the inference module (ABCI event type = full message name, attributes as strings). */
export const EVENT = {
  modelRegistered: "tributary.inference.v1.EventModelRegistered",
  modelUpdated: "tributary.inference.v1.EventModelUpdated",
  modelRetired: "tributary.inference.v1.EventModelRetired",
  inference: "tributary.inference.v1.EventInference",
  payout: "tributary.inference.v1.EventPayout",
  rewardsClaimed: "tributary.inference.v1.EventDataRewardsClaimed",
} as const;

export function emitModelRegistered(ctx: Context, m: Model): void {
  ctx.events.emit(EVENT.modelRegistered, [
    ["model_id", m.id.toString()], ["owner", m.owner], ["name", m.name], ["artifact_hash", hex(m.artifactHash)], ["artifact_size", m.artifactSize.toString()],
    ["training_manifest", m.trainingManifest.map((e) => `${e.datanetId}:${e.version}`).join(",")],
  ]);
}

export function emitModelUpdated(ctx: Context, m: Model): void {
  ctx.events.emit(EVENT.modelUpdated, [["model_id", m.id.toString()], ["base_fee", m.pricing.baseFee.toString()], ["fee_per_token", m.pricing.feePerToken.toString()]]);
}

export function emitModelRetired(ctx: Context, m: Model): void {
  ctx.events.emit(EVENT.modelRetired, [["model_id", m.id.toString()]]);
}

/** One EventInference, then one EventPayout per transfer, in settlement order. */
export function emitInference(ctx: Context, x: Inference): void {
  ctx.events.emit(EVENT.inference, [
    ["inference_id", x.id.toString()], ["model_id", x.modelId.toString()], ["requester", x.requester], ["tokens_generated", String(x.tokensGenerated)],
    ["stop_reason", x.stopReason], ["fee", `${x.fee.amount}${x.fee.denom}`], ["attribution_record_id", x.attributionRecordId.toString()],
  ]);
  for (const p of x.payouts) {
    ctx.events.emit(EVENT.payout, [
      ["inference_id", x.id.toString()], ["role", p.role], ["recipient", p.recipient], ["amount", `${p.amount}${x.fee.denom}`],
      ...(p.role === "datanet_pool" ? ([["datanet_id", p.datanetId.toString()], ["version", p.version.toString()]] as [string, string][]) : []),
    ]);
  }
}

export function emitRewardsClaimed(ctx: Context, claimer: string, contributionId: bigint, amount: string): void {
  ctx.events.emit(EVENT.rewardsClaimed, [["claimer", claimer], ["contribution_id", contributionId.toString()], ["amount", amount]]);
}

/** EventInference read back (node/metrics counts inferences and generated tokens). */
export interface InferenceEvent {
  inferenceId: bigint;
  modelId: bigint;
  requester: string;
  tokensGenerated: number;
}

export function decodeInference(e: AbciEvent): InferenceEvent | undefined {
  const f = eventFields(e, EVENT.inference);
  return f && { inferenceId: f.bigint("inference_id"), modelId: f.bigint("model_id"), requester: f.string("requester"), tokensGenerated: f.number("tokens_generated") };
}

/** EventPayout read back (node/metrics sums rewards paid by role); `amount` is coin text, e.g. "40utrib". */
export interface PayoutEvent {
  inferenceId: bigint;
  role: string;
  recipient: string;
  amount: string;
}

export function decodePayout(e: AbciEvent): PayoutEvent | undefined {
  const f = eventFields(e, EVENT.payout);
  return f && { inferenceId: f.bigint("inference_id"), role: f.string("role"), recipient: f.string("recipient"), amount: f.string("amount") };
}
