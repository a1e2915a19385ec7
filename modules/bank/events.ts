import { type EventAttribute, attr } from "../../chain/events.ts";
import { type Coin, coinsToString } from "../../chain/coins.ts";
import type { Context } from "../../chain/context.ts";

/**
 * The SDK bank's events, attribute for attribute and in its order: wallets, explorers and
 * CosmJS's `searchTx` (`transfer.recipient='…'`, `message.sender='…'`) match on them.
 * Callers pass bech32 addresses, and the `amount` attribute built once per send by
 * `amountAttribute`: the events of a send share it, as `transfer` and `message` share `sender`
 * (attributes are never changed in place, and a block's events live until it is committed).
 * PERF: one event object and its attributes each; no formatting here.
 */

/** The `amount` attribute of `coins` (`coinsToString`). */
export function amountAttribute(coins: readonly Coin[]): EventAttribute {
  return attr("amount", coinsToString(coins));
}

/** `coin_spent`: coins left `spender` (any debit: send, burn, fee). */
export function emitCoinSpent(ctx: Context, spender: string, amount: EventAttribute): void {
  ctx.events.emitAttributes("coin_spent", [attr("spender", spender), amount]);
}

/** `coin_received`: coins reached `receiver` (any credit: send, mint). */
export function emitCoinReceived(ctx: Context, receiver: string, amount: EventAttribute): void {
  ctx.events.emitAttributes("coin_received", [attr("receiver", receiver), amount]);
}

/** `transfer` of a send (recipient, sender, amount) and the `message.sender` the SDK adds to it. */
export function emitTransfer(ctx: Context, sender: string, recipient: string, amount: EventAttribute): void {
  const senderAttr = attr("sender", sender);
  ctx.events.emitAttributes("transfer", [attr("recipient", recipient), senderAttr, amount]);
  ctx.events.emitAttributes("message", [senderAttr]);
}

/** `transfer` of one MsgMultiSend output: no sender attribute (the input's `message.sender` names it). */
export function emitOutputTransfer(ctx: Context, recipient: string, amount: EventAttribute): void {
  ctx.events.emitAttributes("transfer", [attr("recipient", recipient), amount]);
}

/** `message.sender`. */
export function emitMessageSender(ctx: Context, sender: string): void {
  ctx.events.emitAttributes("message", [attr("sender", sender)]);
}

/** `burn`: coins removed from `burner` and from the supply. */
export function emitBurn(ctx: Context, burner: string, amount: EventAttribute): void {
  ctx.events.emitAttributes("burn", [attr("burner", burner), amount]);
}

/** `coinbase`: coins created in module account `minter` and added to the supply. */
export function emitCoinbase(ctx: Context, minter: string, amount: EventAttribute): void {
  ctx.events.emitAttributes("coinbase", [attr("minter", minter), amount]);
}
