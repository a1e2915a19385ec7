import type { Module } from "../../chain/module.ts";
import { msgService } from "../../chain/msgService.ts";
import { Msg } from "../../proto/gen/tributary/rewards/v1/tx_pb.ts";
import { rewardsBeginBlock, rewardsEndBlock } from "./epoch.ts";
import { defaultRewardsGenesis, exportRewardsGenesis, initRewardsGenesis, type RewardsGenesis, validateRewardsGenesis } from "./genesis.ts";
import { rewardsInvariants } from "./invariants.ts";
import type { RewardsKeeper } from "./keeper.ts";
import { msgUpdateParamsHandler } from "./msgs/params.ts";
import { msgSubmitStorageProofHandler } from "./msgs/proof.ts";
import { msgRegisterNodeHandler, msgUnregisterNodeHandler, msgUpdateNodeHandler } from "./msgs/node.ts";
import { rewardsQueries } from "./queries.ts";
import { BOND_POOL, MODULE_NAME, STORAGE_POOL } from "./types.ts";

export function rewardsModule(keeper: RewardsKeeper): Module<RewardsGenesis> {
  return {
    name: MODULE_NAME,
    moduleAccounts: [BOND_POOL, STORAGE_POOL],
    msgs: msgService(Msg, MODULE_NAME, {
      registerNode: msgRegisterNodeHandler(keeper),
      updateNode: msgUpdateNodeHandler(keeper),
      unregisterNode: msgUnregisterNodeHandler(keeper),
      submitStorageProof: msgSubmitStorageProofHandler(keeper),
      updateParams: msgUpdateParamsHandler(keeper),
    }),
    queries: rewardsQueries(keeper),
    defaultGenesis: defaultRewardsGenesis,
    validateGenesis: validateRewardsGenesis,
    initGenesis: (ctx, g) => initRewardsGenesis(keeper, ctx, g),
    exportGenesis: (ctx) => exportRewardsGenesis(keeper, ctx),
    invariants: rewardsInvariants(keeper),
    // PERF: every block two reads and a transfer (inflation share); at an epoch start, the draw (epoch.ts).
    beginBlock: (ctx) => rewardsBeginBlock(ctx, keeper),
    // PERF: one refund-queue seek per block; at the window end and the epoch's last block, O(challenges).
    endBlock: (ctx) => rewardsEndBlock(ctx, keeper),
  };
}
