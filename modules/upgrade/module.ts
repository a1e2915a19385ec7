import type { Module } from "../../chain/module.ts";
import { upgradePreBlock } from "./abci.ts";
import { type UpgradeGenesis, defaultUpgradeGenesis, exportUpgradeGenesis, initUpgradeGenesis, validateUpgradeGenesis } from "./genesis.ts";
import type { UpgradeKeeper } from "./keeper.ts";
import { msgCancelUpgradeHandler, msgSoftwareUpgradeHandler } from "./msgs.ts";
import { upgradeQueries } from "./queries.ts";
import { UPGRADE_MODULE, type UpgradeHandlers } from "./types.ts";

/**
 * x/upgrade: plans scheduled by governance and the halt or handler at their height. `handlers`
 * is what this binary knows (node/upgrades); `moduleNames` answers ModuleVersions.
 */
export function upgradeModule(k: UpgradeKeeper, handlers: UpgradeHandlers, moduleNames: () => readonly string[]): Module<UpgradeGenesis> {
  return {
    name: UPGRADE_MODULE,
    // Added after v0.1.0: chains started without the section replay identically.
    absentGenesisWritesNothing: true,
    msgs: [msgSoftwareUpgradeHandler(k), msgCancelUpgradeHandler(k)],
    queries: upgradeQueries(k, moduleNames),
    notServed: {
      "Query/UpgradedConsensusState": "IBC-only (the upgraded consensus state for light clients across an upgrade); Tributary has no IBC",
    },
    defaultGenesis: defaultUpgradeGenesis,
    validateGenesis: validateUpgradeGenesis,
    initGenesis: (ctx, g) => initUpgradeGenesis(k, ctx, g),
    exportGenesis: (ctx) => exportUpgradeGenesis(k, ctx),
    // PERF: one read per block while no plan is scheduled.
    preBlock: (ctx) => upgradePreBlock(k, handlers, ctx),
  };
}
