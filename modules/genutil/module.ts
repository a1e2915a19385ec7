import type { Module } from "../../chain/module.ts";
import { type GenutilGenesis, initGenutilGenesis, validateGenutilGenesis } from "./genesis.ts";
import type { GenutilKeeper } from "./keeper.ts";
import { genutilQueries } from "./queries.ts";

/**
 * The SDK's x/genutil: `app_state.genutil.gen_txs` are delivered at InitChain. Last in the
 * module order, so auth, bank, distribution, staking and slashing are initialised before the
 * gentxs' MsgCreateValidator runs their hooks. No messages, queries or block hooks.
 */
export function genutilModule(k: GenutilKeeper): Module<GenutilGenesis> {
  return {
    name: "genutil",
    queries: genutilQueries,
    // No default section: `init` writes none (so the golden genesis is unchanged); collect-gentxs adds it.
    absentGenesisWritesNothing: true,
    validateGenesis: validateGenutilGenesis,
    initGenesis: (ctx, g) => initGenutilGenesis(k, ctx, g),
  };
}
