import type { Context } from "../../chain/context.ts";

/**
 * The SDK slashing module's events (x/slashing/types/events.go), attribute for attribute and
 * in its order; explorers read them to show downtime and double-sign slashes.
 */

/** `liveness`: the validator missed this block's commit; its counter over the window. */
export function emitLiveness(ctx: Context, address: string, missedBlocks: bigint, height: bigint): void {
  ctx.events.emit("liveness", [["address", address], ["missed_blocks", missedBlocks.toString()], ["height", height.toString()]]);
}

/** `slash` for downtime: slashed and jailed at once, so `jailed` is in the same event. */
export function emitDowntimeSlash(ctx: Context, address: string, power: bigint, burned: bigint): void {
  ctx.events.emit("slash", [
    ["address", address],
    ["power", power.toString()],
    ["reason", "missing_signature"],
    ["jailed", address],
    ["burned_coins", burned.toString()],
  ]);
}

/** `slash` for a double sign (evidence); the jail, when it happens, is its own `slash` event. */
export function emitDoubleSignSlash(ctx: Context, address: string, power: bigint, burned: bigint): void {
  ctx.events.emit("slash", [["address", address], ["power", power.toString()], ["reason", "double_sign"], ["burned_coins", burned.toString()]]);
}

/** `slash.jailed` after a double sign jailed a validator that was not jailed yet. */
export function emitJailed(ctx: Context, address: string): void {
  ctx.events.emit("slash", [["jailed", address]]);
}
