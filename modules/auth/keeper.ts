import { Any } from "cosmjs-types/google/protobuf/any";
import { Params } from "cosmjs-types/cosmos/auth/v1beta1/auth";
import { moduleAddress } from "../../chain/address.ts";
import type { Context } from "../../chain/context.ts";
import type { KVReader } from "../../chain/store/types.ts";
import { readU64be, u64be } from "../../chain/keys.ts";
import { decodeBaseAccountAny, encodeBaseAccountAny, isBaseAccountAny } from "./accountCodec.ts";
import { authKeys } from "./keys.ts";
import { type Account, type AuthParams, DEFAULT_AUTH_PARAMS, accountFromAny, accountToAny } from "./types.ts";

/** The fee collector: the ante handler sends every fee here. */
export const FEE_COLLECTOR = "fee_collector";

/**
 * Accounts: numbers, sequences and public keys. Other modules reach it through the narrow
 * `AccountKeeper` interface they declare themselves.
 */
export class AuthKeeper {
  // PERF: O(1) store read + protobuf decode of one account.
  getAccount(kv: KVReader, addr: Uint8Array): Account | undefined {
    const raw = kv.get(authKeys.account(addr));
    return raw ? (decodeBaseAccountAny(raw) ?? accountFromAny(Any.decode(raw))) : undefined;
  }

  // PERF: O(1); base accounts take the hand-written encoder (hot: every tx bumps a sequence).
  setAccount(ctx: Context, acc: Account): void {
    const bytes = acc.module ? Any.encode(accountToAny(acc)).finish() : encodeBaseAccountAny(acc);
    ctx.kv.set(authKeys.account(acc.address), bytes);
  }

  hasAccount(kv: KVReader, addr: Uint8Array): boolean {
    return kv.has(authKeys.account(addr));
  }

  /** Creates a fresh account with the next account number (as the SDK does on first receipt). */
  createAccount(ctx: Context, addr: Uint8Array): Account {
    const acc: Account = { address: addr, accountNumber: this.nextAccountNumber(ctx), sequence: 0n };
    this.setAccount(ctx, acc);
    return acc;
  }

  setNextAccountNumber(ctx: Context, n: bigint): void {
    ctx.kv.set(authKeys.nextAccountNumber, u64be(n));
  }

  /** Takes the next account number. */
  nextAccountNumber(ctx: Context): bigint {
    const raw = ctx.kv.get(authKeys.nextAccountNumber);
    const n = raw ? readU64be(raw) : 0n;
    ctx.kv.set(authKeys.nextAccountNumber, u64be(n + 1n));
    return n;
  }

  /** The address of module account `name`, creating the account on first use. PERF: one `has`. */
  ensureModuleAccount(ctx: Context, name: string): Uint8Array {
    const addr = moduleAddress(name);
    if (!this.hasAccount(ctx.kv, addr)) this.moduleAccount(ctx, name);
    return addr;
  }

  /** The module name when `addr` holds a module account. PERF: one account read. */
  moduleAccountName(kv: KVReader, addr: Uint8Array): string | undefined {
    const raw = kv.get(authKeys.account(addr));
    // Every user send asks this of its recipient: a plain account is told by its type URL
    // bytes, without decoding it.
    if (raw === undefined || isBaseAccountAny(raw)) return undefined;
    return accountFromAny(Any.decode(raw)).module?.name;
  }

  /** The module account `name`, created on first use. */
  moduleAccount(ctx: Context, name: string, permissions: string[] = []): Account {
    const addr = moduleAddress(name);
    const existing = this.getAccount(ctx.kv, addr);
    if (existing) return existing;
    const acc: Account = { address: addr, accountNumber: this.nextAccountNumber(ctx), sequence: 0n, module: { name, permissions } };
    this.setAccount(ctx, acc);
    return acc;
  }

  /**
   * Every tx's ante reads the params; the store hands out the same bytes object until they are
   * rewritten (stored values are never changed in place), so the last decode is kept by
   * identity. The result is frozen: it is shared.
   * PERF: one store read; a decode only when the stored bytes object changed.
   */
  getParams(kv: KVReader): AuthParams {
    const raw = kv.get(authKeys.params);
    if (raw === undefined) return DEFAULT_AUTH_PARAMS;
    if (raw !== this.paramsRaw) {
      this.paramsDecoded = Object.freeze(Params.decode(raw));
      this.paramsRaw = raw;
    }
    return this.paramsDecoded!;
  }

  private paramsRaw?: Uint8Array;
  private paramsDecoded?: AuthParams;

  setParams(ctx: Context, p: AuthParams): void {
    ctx.kv.set(authKeys.params, Params.encode(Params.fromPartial(p)).finish());
  }
}
