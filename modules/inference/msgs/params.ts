import type * as pb from "../../../proto/gen/tributary/inference/v1/index.ts";
import { addressBytes } from "../../../chain/address.ts";
import { paramsFromGov } from "../../../chain/authority.ts";
import type { MsgImplOf } from "../../../chain/msgService.ts";
import { paramsIn } from "../codec.ts";
import { paramsFrom, paramsJson } from "../genesis.ts";
import type { InferenceKeeper } from "../keeper.ts";

/**
 * MsgUpdateParams: gov replaces every inference param (a field left out reads as zero, and the
 * genesis checks refuse the zeros that matter), except model_gas_per_kib, which left out stays
 * unset and so reads as MODEL_GAS_PER_KIB. Params apply from the next message on; models
 * registered under the old ones keep what they were registered with.
 */
export function msgUpdateParamsHandler(keeper: InferenceKeeper): MsgImplOf<typeof pb.Msg.method.updateParams> {
  return {
    validateBasic: (msg) => void addressBytes(msg.authority, "authority"),
    signers: (msg) => [msg.authority],
    // PERF: one write.
    handle(ctx, msg) {
      keeper.setParams(ctx, paramsFromGov(msg, (wire) => paramsFrom({ params: paramsJson(paramsIn(wire)) })));
      return {};
    },
  };
}
