import type { Coin } from "../../chain/coins.ts";
import { coinsToString } from "../../chain/coins.ts";
import type { Context } from "../../chain/context.ts";
import type { EventManager } from "../../chain/events.ts";
import { optionsToProto } from "./votes.ts";
import type { WeightedOption } from "./types.ts";

/** x/gov's event types and attribute keys (x/gov/types/events.go). */
export const PROPOSAL_RESULT = {
  dropped: "proposal_dropped",
  passed: "proposal_passed",
  rejected: "proposal_rejected",
  failed: "proposal_failed",
} as const;

/** `submit_proposal`: id and the messages' type URLs as ",/a,/b," (the SDK's shape). */
export function emitSubmitProposal(ctx: Context, id: bigint, proposer: string, typeUrls: readonly string[]): void {
  ctx.events.emit("submit_proposal", [["proposal_id", id.toString()], ["proposal_proposer", proposer], ["proposal_messages", `,${typeUrls.join(",")},`]]);
}

/** `submit_proposal` with `voting_period_start`: a deposit moved the proposal to its voting period. */
export function emitVotingPeriodStart(ctx: Context, id: bigint): void {
  ctx.events.emit("submit_proposal", [["voting_period_start", id.toString()]]);
}

export function emitDeposit(ctx: Context, id: bigint, depositor: string, amount: readonly Coin[]): void {
  ctx.events.emit("proposal_deposit", [["amount", coinsToString(amount)], ["proposal_id", id.toString()], ["depositor", depositor]]);
}

/** `proposal_vote`: `option` is the weighted options as JSON, as v0.50 writes it. */
export function emitVote(ctx: Context, id: bigint, voter: string, options: readonly WeightedOption[]): void {
  ctx.events.emit("proposal_vote", [["option", JSON.stringify(optionsToProto(options))], ["proposal_id", id.toString()], ["voter", voter]]);
}

/** `inactive_proposal`: the deposit period ended without the minimum deposit. */
export function emitInactiveProposal(events: EventManager, id: bigint): void {
  events.emit("inactive_proposal", [["proposal_id", id.toString()], ["proposal_result", PROPOSAL_RESULT.dropped]]);
}

/** `active_proposal`: the voting period ended with `result`; `log` says why. */
export function emitActiveProposal(events: EventManager, id: bigint, result: string, log: string): void {
  events.emit("active_proposal", [["proposal_id", id.toString()], ["proposal_result", result], ["proposal_log", log]]);
}
