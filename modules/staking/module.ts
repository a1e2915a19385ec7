import type { Module } from "../../chain/module.ts";
import { completeMatureRedelegations, completeMatureUnbondings } from "./delegation.ts";
import { msgBeginRedelegateHandler, msgDelegateHandler, msgUndelegateHandler } from "./msgs/delegation.ts";
import { type StakingGenesis, defaultStakingGenesis, exportStakingGenesis, initStakingGenesis, validateStakingGenesis } from "./genesis.ts";
import type { StakingKeeper } from "./keeper.ts";
import { stakingInvariants } from "./invariants.ts";
import { stakingQueries } from "./queries.ts";
import { msgCreateValidatorHandler, msgEditValidatorHandler } from "./msgs/validator.ts";
import { msgUpdateParamsHandler } from "./msgs/params.ts";
import { applyValidatorSetUpdates, unbondAllMatureValidators } from "./valset.ts";
import { BONDED_POOL, NOT_BONDED_POOL } from "./types.ts";

export function stakingModule(k: StakingKeeper): Module<StakingGenesis> {
  return {
    name: "staking",
    moduleAccounts: [BONDED_POOL, NOT_BONDED_POOL],
    msgs: [msgCreateValidatorHandler(k), msgEditValidatorHandler(k), msgDelegateHandler(k), msgUndelegateHandler(k), msgBeginRedelegateHandler(k), msgUpdateParamsHandler(k)],
    queries: stakingQueries(k),
    notServed: {
      "Msg/CancelUnbondingDelegation": "not implemented yet",
      "Query/HistoricalInfo": "not implemented yet: the module keeps no HistoricalInfo (IBC light clients read it)",
    },
    invariants: stakingInvariants(k),
    defaultGenesis: defaultStakingGenesis,
    validateGenesis: validateStakingGenesis,
    initGenesis: (ctx, g) => initStakingGenesis(k, ctx, g),
    exportGenesis: (ctx) => exportStakingGenesis(k, ctx),
    // BlockValidatorUpdates, in the SDK's order: the new set first, then maturities.
    // PERF: grows with max_validators plus the validators and entries maturing this block.
    async endBlock(ctx) {
      const updates = await applyValidatorSetUpdates(k, ctx);
      await unbondAllMatureValidators(k, ctx);
      await completeMatureUnbondings(k, ctx);
      await completeMatureRedelegations(k, ctx);
      return updates;
    },
  };
}
