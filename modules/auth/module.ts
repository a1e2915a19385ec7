import type { Module } from "../../chain/module.ts";
import { type AuthGenesis, defaultAuthGenesis, exportAuthGenesis, initAuthGenesis, validateAuthGenesis } from "./genesis.ts";
import { type AuthKeeper, FEE_COLLECTOR } from "./keeper.ts";
import { authQueries } from "./queries.ts";

export function authModule(auth: AuthKeeper): Module<AuthGenesis> {
  return {
    name: "auth",
    moduleAccounts: [FEE_COLLECTOR],
    queries: authQueries(auth),
    defaultGenesis: defaultAuthGenesis,
    validateGenesis: validateAuthGenesis,
    initGenesis: (ctx, g) => initAuthGenesis(auth, ctx, g),
    exportGenesis: (ctx) => exportAuthGenesis(auth, ctx),
  };
}
