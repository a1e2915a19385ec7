import type { Module } from "../../chain/module.ts";
import { govEndBlock } from "./abci.ts";
import { type GovGenesis, defaultGovGenesis, exportGovGenesis, initGovGenesis, validateGovGenesis } from "./genesis.ts";
import { govInvariants } from "./invariants.ts";
import type { GovKeeper } from "./keeper.ts";
import { v1MsgHandlers } from "./msgs/v1.ts";
import { v1beta1MsgHandlers } from "./msgs/v1beta1.ts";
import { govQueries } from "./queries.ts";
import { GOV_MODULE } from "./types.ts";

export function govModule(k: GovKeeper): Module<GovGenesis> {
  return {
    name: GOV_MODULE,
    // Holds the deposits; bank refuses user sends to it.
    moduleAccounts: [GOV_MODULE],
    msgs: [...v1MsgHandlers(k), ...v1beta1MsgHandlers(k)],
    queries: govQueries(k),
    notServed: {
      "v1/Msg/CancelProposal": "v0.50's proposal cancellation (proposal_cancel_ratio burn) is not implemented; a proposal runs its course",
    },
    defaultGenesis: defaultGovGenesis,
    // Added after launch: a v0.1.0 genesis has no gov section and must replay unchanged.
    absentGenesisWritesNothing: true,
    validateGenesis: validateGovGenesis,
    initGenesis: (ctx, g) => initGovGenesis(k, ctx, g),
    exportGenesis: (ctx) => exportGovGenesis(k, ctx),
    invariants: govInvariants(k),
    // PERF: two range reads while no period ends; see abci.ts.
    endBlock: (ctx) => govEndBlock(k, ctx),
  };
}
