import type { Module } from "../../chain/module.ts";
import { msgService } from "../../chain/msgService.ts";
import { Msg } from "../../proto/gen/tributary/datanet/v1/tx_pb.ts";
import { type DatanetGenesis, defaultDatanetGenesis, exportDatanetGenesis, initDatanetGenesis, validateDatanetGenesis } from "./genesis.ts";
import type { DatanetKeeper } from "./keeper.ts";
import { msgContributeHandler } from "./msgs/contribute.ts";
import { msgCreateDatanetHandler, msgPublishVersionHandler, msgUpdateDatanetHandler } from "./msgs/datanet.ts";
import { msgUpdateParamsHandler } from "./msgs/params.ts";
import { msgReviewContributionHandler, msgWithdrawContributionHandler } from "./msgs/review.ts";
import { datanetQueries } from "./queries.ts";
import { flushRootedQueue } from "./rootIndex.ts";
import { ESCROW_ACCOUNT } from "./types.ts";

export function datanetModule(keeper: DatanetKeeper): Module<DatanetGenesis> {
  return {
    name: "datanet",
    moduleAccounts: [ESCROW_ACCOUNT],
    msgs: msgService(Msg, "datanet", {
      createDatanet: msgCreateDatanetHandler(keeper),
      updateDatanet: msgUpdateDatanetHandler(keeper),
      contribute: msgContributeHandler(keeper),
      reviewContribution: msgReviewContributionHandler(keeper),
      withdrawContribution: msgWithdrawContributionHandler(keeper),
      publishVersion: msgPublishVersionHandler(keeper),
      updateParams: msgUpdateParamsHandler(keeper),
    }),
    queries: datanetQueries(keeper),
    defaultGenesis: defaultDatanetGenesis,
    validateGenesis: validateDatanetGenesis,
    initGenesis: (ctx, g) => initDatanetGenesis(keeper, ctx, g),
    exportGenesis: (ctx) => exportDatanetGenesis(keeper, ctx),
    // PERF: one iterator seek per block; per record accepted in the block, a read and 3 writes.
    endBlock: (ctx) => flushRootedQueue(ctx.kv, (id) => keeper.mustGetContribution(ctx.kv, id).bytes),
  };
}
