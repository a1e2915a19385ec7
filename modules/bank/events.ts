import { addressString } from "../../chain/address.ts";
import { type Coin, coinsToString } from "../../chain/coins.ts";
import type { Context } from "../../chain/context.ts";

/**
 * The SDK bank's events, attribute for attribute and in its order: wallets, explorers and
 * CosmJS's `searchTx` (`transfer.recipient='…'`, `message.sender='…'`) match on them.
 */

/** `coin_spent`: coins left `spender` (any debit: send, burn, fee). */
export function emitCoinSpent(ctx: Context, spender: Uint8Array, coins: readonly Coin[]): void {
  ctx.events.emit("coin_spent", [["spender", addressString(spender)], ["amount", coinsToString(coins)]]);
}

/** `coin_received`: coins reached `receiver` (any credit: send, mint). */
export function emitCoinReceived(ctx: Context, receiver: Uint8Array, coins: readonly Coin[]): void {
  ctx.events.emit("coin_received", [["receiver", addressString(receiver)], ["amount", coinsToString(coins)]]);
}

/** `transfer` of a send (recipient, sender, amount) and the `message.sender` the SDK adds to it. */
export function emitTransfer(ctx: Context, from: Uint8Array, to: Uint8Array, coins: readonly Coin[]): void {
  const sender = addressString(from);
  ctx.events.emit("transfer", [["recipient", addressString(to)], ["sender", sender], ["amount", coinsToString(coins)]]);
  emitMessageSender(ctx, sender);
}

/** `transfer` of one MsgMultiSend output: no sender attribute (the input's `message.sender` names it). */
export function emitOutputTransfer(ctx: Context, recipient: string, coins: readonly Coin[]): void {
  ctx.events.emit("transfer", [["recipient", recipient], ["amount", coinsToString(coins)]]);
}

/** `message.sender`. */
export function emitMessageSender(ctx: Context, sender: string): void {
  ctx.events.emit("message", [["sender", sender]]);
}

/** `burn`: coins removed from `burner` and from the supply. */
export function emitBurn(ctx: Context, burner: Uint8Array, coins: readonly Coin[]): void {
  ctx.events.emit("burn", [["burner", addressString(burner)], ["amount", coinsToString(coins)]]);
}

/** `coinbase`: coins created in module account `minter` and added to the supply. */
export function emitCoinbase(ctx: Context, minter: Uint8Array, coins: readonly Coin[]): void {
  ctx.events.emit("coinbase", [["minter", addressString(minter)], ["amount", coinsToString(coins)]]);
}
