import type { Module } from "../../chain/module.ts";
import { mintBeginBlock } from "./abci.ts";
import { type MintGenesis, defaultMintGenesis, exportMintGenesis, initMintGenesis, validateMintGenesis } from "./genesis.ts";
import type { MintKeeper } from "./keeper.ts";
import { mintInvariants } from "./invariants.ts";
import { msgUpdateParamsHandler } from "./msgs.ts";
import { mintQueries } from "./queries.ts";
import { MINT_MODULE } from "./types.ts";

export function mintModule(k: MintKeeper): Module<MintGenesis> {
  return {
    name: MINT_MODULE,
    // The account minted coins pass through on their way to the fee collector.
    moduleAccounts: [MINT_MODULE],
    msgs: [msgUpdateParamsHandler(k)],
    queries: mintQueries(k),
    defaultGenesis: defaultMintGenesis,
    validateGenesis: validateMintGenesis,
    initGenesis: (ctx, g) => initMintGenesis(k, ctx, g),
    exportGenesis: (ctx) => exportMintGenesis(k, ctx),
    invariants: mintInvariants(k),
    // PERF: constant: a few reads and writes (see abci.ts).
    beginBlock: (ctx) => mintBeginBlock(k, ctx),
  };
}
