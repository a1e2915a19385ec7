import type { Module } from "../../chain/module.ts";
import { msgService } from "../../chain/msgService.ts";
import { Msg } from "../../proto/gen/tributary/attribution/v1/tx_pb.ts";
import { type AttributionGenesis, defaultAttributionGenesis, exportAttributionGenesis, initAttributionGenesis, validateAttributionGenesis } from "./genesis.ts";
import type { AttributionKeeper } from "./keeper.ts";
import { recordReadyIndexes } from "./lifecycle.ts";
import { msgRecordAttributionHandler, msgUpdateParamsHandler } from "./msgs.ts";
import { attributionQueries } from "./queries.ts";

export function attributionModule(keeper: AttributionKeeper): Module<AttributionGenesis> {
  return {
    name: "attribution",
    msgs: msgService(Msg, "attribution", { recordAttribution: msgRecordAttributionHandler(keeper), updateParams: msgUpdateParamsHandler(keeper) }),
    queries: attributionQueries(keeper),
    defaultGenesis: defaultAttributionGenesis,
    validateGenesis: validateAttributionGenesis,
    initGenesis: (ctx, g) => initAttributionGenesis(keeper, ctx, g),
    exportGenesis: (ctx) => exportAttributionGenesis(keeper, ctx),
    endBlock: async (ctx) => {
      await recordReadyIndexes(ctx, keeper);
    },
  };
}
