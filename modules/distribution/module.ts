import type { Module } from "../../chain/module.ts";
import { allocateTokens } from "./allocation.ts";
import { type DistributionGenesis, defaultDistributionGenesis, exportDistributionGenesis, initDistributionGenesis, validateDistributionGenesis } from "./genesis.ts";
import { distributionInvariants } from "./invariants.ts";
import type { DistributionKeeper } from "./keeper.ts";
import {
  msgCommunityPoolSpendHandler, msgFundCommunityPoolHandler, msgSetWithdrawAddressHandler, msgUpdateParamsHandler, msgWithdrawDelegatorRewardHandler,
  msgWithdrawValidatorCommissionHandler,
} from "./msgs.ts";
import { distributionQueries } from "./queries.ts";
import { DISTRIBUTION } from "./types.ts";

export function distributionModule(k: DistributionKeeper): Module<DistributionGenesis> {
  return {
    name: "distribution",
    moduleAccounts: [DISTRIBUTION],
    msgs: [
      msgWithdrawDelegatorRewardHandler(k), msgWithdrawValidatorCommissionHandler(k), msgSetWithdrawAddressHandler(k), msgFundCommunityPoolHandler(k),
      msgUpdateParamsHandler(k), msgCommunityPoolSpendHandler(k),
    ],
    queries: distributionQueries(k),
    notServed: {
      "Msg/DepositValidatorRewardsPool": "not implemented yet: nobody has asked for it",
    },
    invariants: distributionInvariants(k),
    defaultGenesis: defaultDistributionGenesis,
    validateGenesis: validateDistributionGenesis,
    initGenesis: (ctx, g) => initDistributionGenesis(k, ctx, g),
    exportGenesis: (ctx) => exportDistributionGenesis(k, ctx),
    // The SDK's BeginBlocker: allocate what fee_collector holds to the previous block's signers,
    // then remember this block's proposer. PERF: O(signing validators), never O(delegators).
    async beginBlock(ctx) {
      await allocateTokens(k, ctx);
      if (ctx.block.proposerAddress.length > 0) k.setPreviousProposer(ctx, ctx.block.proposerAddress);
    },
  };
}
