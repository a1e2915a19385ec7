import type { Module } from "../../chain/module.ts";
import { type BankGenesis, defaultBankGenesis, exportBankGenesis, initBankGenesis, validateBankGenesis } from "./genesis.ts";
import type { BankKeeper } from "./keeper.ts";
import { msgMultiSendHandler, msgSendHandler, msgSetSendEnabledHandler, msgUpdateParamsHandler } from "./msgs.ts";
import { bankInvariants } from "./invariants.ts";
import { bankQueries } from "./queries.ts";

export function bankModule(bank: BankKeeper): Module<BankGenesis> {
  return {
    name: "bank",
    msgs: [msgSendHandler(bank), msgMultiSendHandler(bank), msgUpdateParamsHandler(bank), msgSetSendEnabledHandler(bank)],
    queries: bankQueries(bank),
    notServed: {
      "Query/DenomMetadataByQueryString": "not implemented yet: DenomMetadata answers the same",
      "Query/DenomOwners": "not implemented yet: needs an owners-by-denom index the store does not keep",
      "Query/DenomOwnersByQuery": "not implemented yet: needs an owners-by-denom index the store does not keep",
    },
    invariants: bankInvariants(bank),
    defaultGenesis: defaultBankGenesis,
    validateGenesis: validateBankGenesis,
    initGenesis: (ctx, g) => initBankGenesis(bank, ctx, g),
    exportGenesis: (ctx) => exportBankGenesis(bank, ctx),
  };
}
