import type { Module } from "../../chain/module.ts";
import { defaultGenutilGenesis, type GenutilGenesis, initGenutilGenesis, validateGenutilGenesis } from "./genesis.ts";
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
    // As the SDK, `init` writes `{"gen_txs": []}` (node/cli/initHome.ts; collect-gentxs fills it)
    // and an export writes it empty again (the gentxs are applied: their validators are in
    // staking's section). No defaultGenesis: defaultAppState() is the golden genesis, pinned byte
    // for byte. An empty list writes nothing, nor does a genesis without the section, so app
    // hashes do not depend on which of the two a genesis has.
    exportGenesis: () => defaultGenutilGenesis(),
    absentGenesisWritesNothing: true,
    validateGenesis: validateGenutilGenesis,
    initGenesis: (ctx, g) => initGenutilGenesis(k, ctx, g),
  };
}
