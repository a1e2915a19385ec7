import { Metadata } from "cosmjs-types/cosmos/bank/v1beta1/bank";
import { addressString, moduleAddress } from "../../chain/address.ts";
import type { Coin } from "../../chain/coins.ts";
import type { Context } from "../../chain/context.ts";
import { bytesToMapKey } from "../../chain/store/bytes.ts";
import type { KVReader } from "../../chain/store/types.ts";
import { sdkErrors } from "../../chain/errors.ts";
import { equalBytes, prefixEnd } from "../../chain/keys.ts";
import type { AccountKeeper } from "./expected.ts";
import { bankErrors } from "./errors.ts";
import { amountAttribute, emitBurn, emitCoinbase, emitCoinReceived, emitCoinSpent, emitTransfer } from "./events.ts";
import { bankKeys } from "./keys.ts";
import { type AddressBalances, decodeAmount, decodeFlag, encodeAmount, encodeFlag } from "./types.ts";

const dec = new TextDecoder();

/**
 * Balances and supply. Every transfer goes through `sendCoins`, which checks funds, moves
 * them, creates the recipient account on first receipt and emits the standard events
 * (coin_spent, coin_received, transfer, message.sender) that wallets and `searchTx` rely on.
 */
export class BankKeeper {
  /** Module accounts the app declares, by address as a byte string (see `setBlockedModuleAccounts`). */
  private blocked = new Map<string, string>();

  constructor(private readonly accounts: AccountKeeper) {}

  /**
   * The SDK's blocked addresses: the module accounts every module declares. Users cannot send
   * to them; modules still move funds among themselves through their keepers.
   */
  setBlockedModuleAccounts(names: readonly string[]): void {
    this.blocked = new Map(names.map((n) => [bytesToMapKey(moduleAddress(n)), n]));
  }

  /**
   * Why `addr` may not receive user sends, or undefined when it may: a declared module account,
   * or any account stored as a module account (one a module created under another name).
   * PERF: one map lookup, one account read.
   */
  blockedReason(kv: KVReader, addr: Uint8Array): string | undefined {
    const name = this.blocked.get(bytesToMapKey(addr)) ?? this.accounts.moduleAccountName(kv, addr);
    return name === undefined ? undefined : `${addressString(addr)} is the ${name} module account and is not allowed to receive funds`;
  }

  /** Throws unauthorized (sdk 4) when `addr` is a module account. */
  assertMayReceive(kv: KVReader, addr: Uint8Array): void {
    const reason = this.blockedReason(kv, addr);
    if (reason) throw sdkErrors.unauthorized.wrap(reason);
  }

  // PERF: one store read.
  getBalance(kv: KVReader, addr: Uint8Array, denom: string): bigint {
    const raw = kv.get(bankKeys.balance(addr, denom));
    return raw ? decodeAmount(raw) : 0n;
  }

  /** Balances of an address, sorted by denom. PERF: grows with the address's denoms. */
  async getAllBalances(kv: KVReader, addr: Uint8Array): Promise<Coin[]> {
    const prefix = bankKeys.balancesOf(addr);
    const out: Coin[] = [];
    for await (const [k, v] of kv.iterate({ gte: prefix, lt: prefixEnd(prefix) })) {
      out.push({ denom: dec.decode(k.subarray(prefix.length)), amount: decodeAmount(v) });
    }
    return out;
  }

  /** Every non-zero balance, grouped by address in key order (genesis export, invariants). */
  async getEveryBalance(kv: KVReader): Promise<AddressBalances[]> {
    const p = bankKeys.balancePrefix;
    const out: AddressBalances[] = [];
    for await (const [k, v] of kv.iterate({ gte: p, lt: prefixEnd(p) })) {
      const address = k.slice(p.length, p.length + 20);
      const coin = { denom: dec.decode(k.subarray(p.length + 20)), amount: decodeAmount(v) };
      const last = out[out.length - 1];
      if (last && equalBytes(last.address, address)) last.coins.push(coin);
      else out.push({ address, coins: [coin] });
    }
    return out;
  }

  getSupply(kv: KVReader, denom: string): bigint {
    const raw = kv.get(bankKeys.supply(denom));
    return raw ? decodeAmount(raw) : 0n;
  }

  setSupply(ctx: Context, denom: string, amount: bigint): void {
    if (amount === 0n) ctx.kv.delete(bankKeys.supply(denom));
    else ctx.kv.set(bankKeys.supply(denom), encodeAmount(amount));
  }

  async getAllSupply(kv: KVReader): Promise<Coin[]> {
    const p = bankKeys.supplyPrefix;
    const out: Coin[] = [];
    for await (const [k, v] of kv.iterate({ gte: p, lt: prefixEnd(p) })) {
      out.push({ denom: dec.decode(k.subarray(p.length)), amount: decodeAmount(v) });
    }
    return out;
  }

  getDenomMetadata(kv: KVReader, denom: string): Metadata | undefined {
    const raw = kv.get(bankKeys.metadata(denom));
    return raw ? Metadata.decode(raw) : undefined;
  }

  setDenomMetadata(ctx: Context, m: Metadata): void {
    ctx.kv.set(bankKeys.metadata(m.base), Metadata.encode(m).finish());
  }

  async getAllDenomMetadata(kv: KVReader): Promise<Metadata[]> {
    const p = bankKeys.metadataPrefix;
    const out: Metadata[] = [];
    for await (const [, v] of kv.iterate({ gte: p, lt: prefixEnd(p) })) out.push(Metadata.decode(v));
    return out;
  }

  /** Per-denom send flag; falls back to the default (params) when unset. */
  isSendEnabled(kv: KVReader, denom: string): boolean {
    const raw = kv.get(bankKeys.sendEnabled(denom));
    if (raw) return decodeFlag(raw);
    return this.getDefaultSendEnabled(kv);
  }

  setSendEnabled(ctx: Context, denom: string, enabled: boolean): void {
    ctx.kv.set(bankKeys.sendEnabled(denom), encodeFlag(enabled));
  }

  /** The denom follows default_send_enabled again (MsgSetSendEnabled's use_default_for). */
  deleteSendEnabled(ctx: Context, denom: string): void {
    ctx.kv.delete(bankKeys.sendEnabled(denom));
  }

  getDefaultSendEnabled(kv: KVReader): boolean {
    const p = kv.get(bankKeys.params);
    return p ? decodeFlag(p) : true;
  }

  setDefaultSendEnabled(ctx: Context, enabled: boolean): void {
    ctx.kv.set(bankKeys.params, encodeFlag(enabled));
  }

  async getAllSendEnabled(kv: KVReader): Promise<{ denom: string; enabled: boolean }[]> {
    const p = bankKeys.sendEnabledPrefix;
    const out: { denom: string; enabled: boolean }[] = [];
    for await (const [k, v] of kv.iterate({ gte: p, lt: prefixEnd(p) })) {
      out.push({ denom: dec.decode(k.subarray(p.length)), enabled: decodeFlag(v) });
    }
    return out;
  }

  /** Throws sendDisabled unless every denom may be sent. */
  assertSendEnabled(kv: KVReader, coins: readonly Coin[]): void {
    for (const c of coins) {
      if (!this.isSendEnabled(kv, c.denom)) throw bankErrors.sendDisabled.wrap(`${c.denom} transfers are currently disabled`);
    }
  }

  /**
   * Debits one balance per coin (the key built once for its read and write); throws
   * insufficientFunds (5) naming the shortfall. Emits nothing.
   */
  private debit(ctx: Context, addr: Uint8Array, coins: readonly Coin[]): void {
    for (const c of coins) {
      const key = bankKeys.balance(addr, c.denom);
      const raw = ctx.kv.get(key);
      const bal = raw ? decodeAmount(raw) : 0n;
      if (bal < c.amount) {
        throw sdkErrors.insufficientFunds.wrap(`spendable balance ${bal}${c.denom} is smaller than ${c.amount}${c.denom}`);
      }
      writeBalance(ctx, key, bal - c.amount);
    }
  }

  /** Credits one balance per coin, as `debit` debits. Emits nothing. */
  private credit(ctx: Context, addr: Uint8Array, coins: readonly Coin[]): void {
    for (const c of coins) {
      const key = bankKeys.balance(addr, c.denom);
      const raw = ctx.kv.get(key);
      writeBalance(ctx, key, (raw ? decodeAmount(raw) : 0n) + c.amount);
    }
  }

  /** Removes coins from an address; throws insufficientFunds (5) naming the shortfall. */
  subtractCoins(ctx: Context, addr: Uint8Array, coins: readonly Coin[]): void {
    this.debit(ctx, addr, coins);
    emitCoinSpent(ctx, addressString(addr), amountAttribute(coins));
  }

  addCoins(ctx: Context, addr: Uint8Array, coins: readonly Coin[]): void {
    this.credit(ctx, addr, coins);
    emitCoinReceived(ctx, addressString(addr), amountAttribute(coins));
  }

  /**
   * Moves coins between accounts, creating the recipient's account on first receipt. The store
   * accesses and events are those of subtractCoins, creditAccount and the transfer event, in
   * that order; each address and the amount are formatted once for the four events.
   * PERF: O(denoms) store reads and writes.
   */
  sendCoins(ctx: Context, from: Uint8Array, to: Uint8Array, coins: readonly Coin[]): void {
    const amount = amountAttribute(coins);
    const sender = addressString(from);
    this.debit(ctx, from, coins);
    emitCoinSpent(ctx, sender, amount);
    this.ensureAccount(ctx, to);
    this.credit(ctx, to, coins);
    const recipient = addressString(to);
    emitCoinReceived(ctx, recipient, amount);
    emitTransfer(ctx, sender, recipient, amount);
  }

  /** Adds coins to `to`, creating its account on first receipt. */
  creditAccount(ctx: Context, to: Uint8Array, coins: readonly Coin[]): void {
    this.ensureAccount(ctx, to);
    this.addCoins(ctx, to, coins);
  }

  private ensureAccount(ctx: Context, addr: Uint8Array): void {
    if (!this.accounts.hasAccount(ctx.kv, addr)) this.accounts.createAccount(ctx, addr);
  }

  /** Removes coins from `from` and from the total supply (the SDK's BurnCoins); emits `burn`. */
  burnCoins(ctx: Context, from: Uint8Array, coins: readonly Coin[]): void {
    this.subtractCoins(ctx, from, coins);
    for (const c of coins) this.setSupply(ctx, c.denom, this.getSupply(ctx.kv, c.denom) - c.amount);
    emitBurn(ctx, addressString(from), amountAttribute(coins));
  }

  /**
   * Creates coins in module account `moduleName` and adds them to the total supply (the SDK's
   * MintCoins); emits coin_received and `coinbase` (minter, amount) as the SDK does.
   */
  mintCoins(ctx: Context, moduleName: string, coins: readonly Coin[]): void {
    const addr = this.accounts.ensureModuleAccount(ctx, moduleName);
    this.addCoins(ctx, addr, coins);
    for (const c of coins) this.setSupply(ctx, c.denom, this.getSupply(ctx.kv, c.denom) + c.amount);
    emitCoinbase(ctx, addressString(addr), amountAttribute(coins));
  }

  sendCoinsToModule(ctx: Context, from: Uint8Array, moduleName: string, coins: readonly Coin[]): void {
    const to = this.accounts.ensureModuleAccount(ctx, moduleName);
    this.sendCoins(ctx, from, to, coins);
  }
}

/** A balance write: a zero balance is deleted, as the SDK does. */
function writeBalance(ctx: Context, key: Uint8Array, amount: bigint): void {
  if (amount === 0n) ctx.kv.delete(key);
  else ctx.kv.set(key, encodeAmount(amount));
}
