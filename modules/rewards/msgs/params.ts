import type * as pb from "../../../proto/gen/tributary/rewards/v1/index.ts";
import { addressBytes } from "../../../chain/address.ts";
import { paramsFromGov } from "../../../chain/authority.ts";
import { sdkErrors } from "../../../chain/errors.ts";
import type { MsgImplOf } from "../../../chain/msgService.ts";
import { paramsIn } from "../codec.ts";
import { validateParams } from "../genesis.ts";
import { paramsFromJson, paramsToJson } from "../genesisJson.ts";
import type { RewardsKeeper } from "../keeper.ts";

/**
 * MsgUpdateParams: gov replaces every rewards param, checked as genesis checks them, with three
 * that cannot change on a running chain: epoch_blocks and proof_window_blocks (the epoch clock
 * derives later epochs from its stored anchor and the current epoch_blocks, so a new length
 * would renumber epochs in flight: epoch.ts) and min_bond's denom (the bond pool holds bonds in it).
 */
export function msgUpdateParamsHandler(keeper: RewardsKeeper): MsgImplOf<typeof pb.Msg.method.updateParams> {
  return {
    validateBasic: (msg) => void addressBytes(msg.authority, "authority"),
    signers: (msg) => [msg.authority],
    // PERF: one read, one write.
    handle(ctx, msg) {
      const p = paramsFromGov(msg, (wire) => {
        const parsed = paramsFromJson(paramsToJson(paramsIn(wire)));
        validateParams(parsed);
        return parsed;
      });
      const now = keeper.getParams(ctx.kv);
      const fixed = (field: string, was: unknown, is: unknown) => {
        if (was !== is) throw sdkErrors.invalidRequest.wrap(`params.${field}: cannot change on a running chain (${String(was)} → ${String(is)})`);
      };
      fixed("epoch_blocks", now.epochBlocks, p.epochBlocks);
      fixed("proof_window_blocks", now.proofWindowBlocks, p.proofWindowBlocks);
      fixed("min_bond.denom", now.minBond.denom, p.minBond.denom);
      keeper.setParams(ctx, p);
      return {};
    },
  };
}
