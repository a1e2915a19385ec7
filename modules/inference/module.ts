import type { Module } from "../../chain/module.ts";
import { msgService } from "../../chain/msgService.ts";
import { Msg } from "../../proto/gen/tributary/inference/v1/tx_pb.ts";
import { defaultInferenceGenesis, exportInferenceGenesis, type InferenceGenesis, initInferenceGenesis, validateInferenceGenesis } from "./genesis.ts";
import type { InferenceKeeper } from "./keeper.ts";
import { msgClaimDataRewardsHandler } from "./msgs/claim.ts";
import { msgUpdateParamsHandler } from "./msgs/params.ts";
import { msgRequestInferenceHandler } from "./msgs/request.ts";
import { msgRegisterModelHandler, msgRetireModelHandler, msgUpdateModelHandler, msgUploadArtifactChunkHandler } from "./msgs/models.ts";
import { inferenceQueries } from "./queries.ts";
import { DATA_POOLS, INFERENCE_ESCROW } from "./types.ts";

export function inferenceModule(keeper: InferenceKeeper): Module<InferenceGenesis> {
  return {
    name: "inference",
    moduleAccounts: [INFERENCE_ESCROW, DATA_POOLS],
    msgs: msgService(Msg, "inference", {
      uploadArtifactChunk: msgUploadArtifactChunkHandler(keeper),
      registerModel: msgRegisterModelHandler(keeper),
      updateModel: msgUpdateModelHandler(keeper),
      retireModel: msgRetireModelHandler(keeper),
      requestInference: msgRequestInferenceHandler(keeper),
      claimDataRewards: msgClaimDataRewardsHandler(keeper),
      updateParams: msgUpdateParamsHandler(keeper),
    }),
    queries: inferenceQueries(keeper),
    defaultGenesis: defaultInferenceGenesis,
    validateGenesis: validateInferenceGenesis,
    initGenesis: (ctx, g) => initInferenceGenesis(keeper, ctx, g),
    exportGenesis: (ctx) => exportInferenceGenesis(keeper, ctx),
  };
}
