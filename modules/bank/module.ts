import type { Module } from "../../chain/module.ts";
import { type BankGenesis, defaultBankGenesis, exportBankGenesis, initBankGenesis, validateBankGenesis } from "./genesis.ts";
import type { BankKeeper } from "./keeper.ts";
import { msgMultiSendHandler, msgSendHandler } from "./msgs.ts";
import { bankInvariants } from "./invariants.ts";
import { bankQueries } from "./queries.ts";

export function bankModule(bank: BankKeeper): Module<BankGenesis> {
  return {
    name: "bank",
    msgs: [msgSendHandler(bank), msgMultiSendHandler(bank)],
    queries: bankQueries(bank),
    invariants: bankInvariants(bank),
    defaultGenesis: defaultBankGenesis,
    validateGenesis: validateBankGenesis,
    initGenesis: (ctx, g) => initBankGenesis(bank, ctx, g),
    exportGenesis: (ctx) => exportBankGenesis(bank, ctx),
  };
}
