import type { Context } from "../../chain/context.ts";

/** What bank needs from auth, declared here so bank does not depend on auth's internals. */
export interface AccountKeeper {
  hasAccount(ctx: Context, addr: Uint8Array): boolean;
  createAccount(ctx: Context, addr: Uint8Array): unknown;
  moduleAccount(ctx: Context, name: string): { address: Uint8Array };
}
