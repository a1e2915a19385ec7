import type { Module } from "../../chain/module.ts";
import { type AuthGenesis, defaultAuthGenesis, exportAuthGenesis, initAuthGenesis, validateAuthGenesis } from "./genesis.ts";
import { type AuthKeeper, FEE_COLLECTOR } from "./keeper.ts";
import { msgUpdateParamsHandler } from "./msgs.ts";
import { authQueries } from "./queries.ts";

export function authModule(auth: AuthKeeper): Module<AuthGenesis> {
  return {
    name: "auth",
    moduleAccounts: [FEE_COLLECTOR],
    msgs: [msgUpdateParamsHandler(auth)],
    queries: authQueries(auth),
    notServed: {
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
