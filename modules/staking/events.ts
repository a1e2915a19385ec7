import type { Context } from "../../chain/context.ts";
import { type Dec, formatDec } from "../../chain/dec.ts";
import { formatRfc3339 } from "../../chain/timestamp.ts";

/**
 * The SDK staking module's events (x/staking/types/events.go), attribute for attribute and in
 * its order: explorers and wallets read them. Addresses are bech32 strings, amounts `<int><denom>`
 * (empty when nothing matured), times RFC 3339 to the second.
 */

export function emitCreateValidator(ctx: Context, validator: string, amount: string): void {
  ctx.events.emit("create_validator", [["validator", validator], ["amount", amount]]);
}

/** `edit_validator`: the commission rate and minimum self-delegation after the edit. */
export function emitEditValidator(ctx: Context, commissionRate: Dec, minSelfDelegation: string): void {
  ctx.events.emit("edit_validator", [["commission_rate", formatDec(commissionRate)], ["min_self_delegation", minSelfDelegation]]);
}

export function emitDelegate(ctx: Context, e: { validator: string; delegator: string; amount: string; newShares: Dec }): void {
  ctx.events.emit("delegate", [["validator", e.validator], ["delegator", e.delegator], ["amount", e.amount], ["new_shares", formatDec(e.newShares)]]);
}

/** `completion` in nanoseconds since the epoch. */
export function emitUnbond(ctx: Context, e: { validator: string; delegator: string; amount: string; completion: bigint }): void {
  ctx.events.emit("unbond", [
    ["validator", e.validator],
    ["delegator", e.delegator],
    ["amount", e.amount],
    ["completion_time", formatRfc3339(e.completion, { seconds: true })],
  ]);
}

export function emitRedelegate(ctx: Context, e: { source: string; destination: string; delegator: string; amount: string; completion: bigint }): void {
  ctx.events.emit("redelegate", [
    ["source_validator", e.source],
    ["destination_validator", e.destination],
    ["delegator", e.delegator],
    ["amount", e.amount],
    ["completion_time", formatRfc3339(e.completion, { seconds: true })],
  ]);
}

/** EndBlock: an unbonding delegation's matured entries were paid out. */
export function emitCompleteUnbonding(ctx: Context, e: { amount: string; validator: string; delegator: string }): void {
  ctx.events.emit("complete_unbonding", [["amount", e.amount], ["validator", e.validator], ["delegator", e.delegator]]);
}

/** EndBlock: a redelegation's matured entries were dropped. */
export function emitCompleteRedelegation(ctx: Context, e: { amount: string; delegator: string; source: string; destination: string }): void {
  ctx.events.emit("complete_redelegation", [["amount", e.amount], ["delegator", e.delegator], ["source_validator", e.source], ["destination_validator", e.destination]]);
}
