import type { Module } from "../../chain/module.ts";
import { type AuthGenesis, defaultAuthGenesis, exportAuthGenesis, initAuthGenesis, validateAuthGenesis } from "./genesis.ts";
import { type AuthKeeper, FEE_COLLECTOR } from "./keeper.ts";
import { authQueries } from "./queries.ts";

/** Its authority is the gov module account; there is no gov module yet to send it. */
const GOV_ONLY = "needs governance (x/gov), not a module here yet";

export function authModule(auth: AuthKeeper): Module<AuthGenesis> {
  return {
    name: "auth",
    moduleAccounts: [FEE_COLLECTOR],
    queries: authQueries(auth),
    notServed: {
      "Msg/UpdateParams": GOV_ONLY,
      "Query/AccountAddressByID": "not implemented yet: wallets look accounts up by address",
      "Query/ModuleAccounts": "not implemented yet: ModuleAccountByName answers for one",
      "Query/AddressBytesToString": "not implemented yet: bech32 conversion is client-side (CosmJS)",
      "Query/AddressStringToBytes": "not implemented yet: bech32 conversion is client-side (CosmJS)",
      "Query/AccountInfo": "not implemented yet: Account answers the same fields",
    },
    defaultGenesis: defaultAuthGenesis,
    validateGenesis: validateAuthGenesis,
    initGenesis: (ctx, g) => initAuthGenesis(auth, ctx, g),
    exportGenesis: (ctx) => exportAuthGenesis(auth, ctx),
  };
}
