import { attr } from "../../chain/events.ts";
import type { Context } from "../../chain/context.ts";

/**
 * The SDK bank's events, attribute for attribute and in its order: wallets, explorers and
 * CosmJS's `searchTx` (`transfer.recipient='…'`, `message.sender='…'`) match on them.
 * Callers pass bech32 addresses and the coins as `coinsToString` formats them: a send formats
 * each once for its three events.
 * PERF: one event object and its attributes each; no formatting here.
 */

/** `coin_spent`: coins left `spender` (any debit: send, burn, fee). */
export function emitCoinSpent(ctx: Context, spender: string, amount: string): void {
  ctx.events.emitAttributes("coin_spent", [attr("spender", spender), attr("amount", amount)]);
}

/** `coin_received`: coins reached `receiver` (any credit: send, mint). */
export function emitCoinReceived(ctx: Context, receiver: string, amount: string): void {
  ctx.events.emitAttributes("coin_received", [attr("receiver", receiver), attr("amount", amount)]);
}

/** `transfer` of a send (recipient, sender, amount) and the `message.sender` the SDK adds to it. */
export function emitTransfer(ctx: Context, sender: string, recipient: string, amount: string): void {
  ctx.events.emitAttributes("transfer", [attr("recipient", recipient), attr("sender", sender), attr("amount", amount)]);
  emitMessageSender(ctx, sender);
}

/** `transfer` of one MsgMultiSend output: no sender attribute (the input's `message.sender` names it). */
export function emitOutputTransfer(ctx: Context, recipient: string, amount: string): void {
  ctx.events.emitAttributes("transfer", [attr("recipient", recipient), attr("amount", amount)]);
}

/** `message.sender`. */
export function emitMessageSender(ctx: Context, sender: string): void {
  ctx.events.emitAttributes("message", [attr("sender", sender)]);
}

/** `burn`: coins removed from `burner` and from the supply. */
export function emitBurn(ctx: Context, burner: string, amount: string): void {
  ctx.events.emitAttributes("burn", [attr("burner", burner), attr("amount", amount)]);
}

/** `coinbase`: coins created in module account `minter` and added to the supply. */
export function emitCoinbase(ctx: Context, minter: string, amount: string): void {
  ctx.events.emitAttributes("coinbase", [attr("minter", minter), attr("amount", amount)]);
}
