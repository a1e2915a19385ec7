import type * as pb from "../../../proto/gen/tributary/datanet/v1/index.ts";
import { addressBytes } from "../../../chain/address.ts";
import { paramsFromGov } from "../../../chain/authority.ts";
import type { MsgImplOf } from "../../../chain/msgService.ts";
import { paramsIn } from "../codec.ts";
import { paramsFromJson, paramsToJson } from "../genesisJson.ts";
import { validateParams } from "../genesisValidate.ts";
import type { DatanetKeeper } from "../keeper.ts";

/**
 * MsgUpdateParams: gov replaces every datanet param (a field left out reads as zero, which the
 * genesis checks refuse where it matters), checked as genesis checks them. Limits apply to
 * messages from then on: datanets and records admitted under the old ones stay as they are.
 */
export function msgUpdateParamsHandler(keeper: DatanetKeeper): MsgImplOf<typeof pb.Msg.method.updateParams> {
  return {
    validateBasic: (msg) => void addressBytes(msg.authority, "authority"),
    signers: (msg) => [msg.authority],
    // PERF: one write.
    handle(ctx, msg) {
      const p = paramsFromGov(msg, (wire) => {
        const parsed = paramsFromJson(paramsToJson(paramsIn(wire)));
        validateParams(parsed);
        return parsed;
      });
      keeper.setParams(ctx, p);
      return {};
    },
  };
}
