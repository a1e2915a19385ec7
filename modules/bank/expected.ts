import type { Context } from "../../chain/context.ts";
import type { KVReader } from "../../chain/store/types.ts";

/** What bank needs from auth, declared here so bank does not depend on auth's internals. */
export interface AccountKeeper {
  hasAccount(kv: KVReader, addr: Uint8Array): boolean;
  createAccount(ctx: Context, addr: Uint8Array): unknown;
  ensureModuleAccount(ctx: Context, name: string): Uint8Array;
  /** The module name when `addr` holds a module account, else undefined. */
  moduleAccountName(kv: KVReader, addr: Uint8Array): string | undefined;
}
