import * as pb from "../../../proto/gen/tributary/inference/v1/index.ts";
import { addressBytes } from "../../../chain/address.ts";
import type { MsgImplOf } from "../../../chain/msgService.ts";
import { u64 } from "../codec.ts";
import { claimable, markClaimed } from "../dataPools.ts";
import { inferenceErrors } from "../errors.ts";
import { emitRewardsClaimed } from "../events.ts";
import type { InferenceKeeper } from "../keeper.ts";
import { DATA_POOLS, MAX_CLAIM_IDS } from "../types.ts";

export function msgClaimDataRewardsHandler(keeper: InferenceKeeper): MsgImplOf<typeof pb.Msg.method.claimDataRewards> {
  return {
    validateBasic(msg) {
      addressBytes(msg.claimer, "claimer");
      const ids = (msg.contributionIds ?? []).map(u64);
      if (ids.length === 0) throw inferenceErrors.invalidClaim.wrap("name at least one contribution id");
      if (ids.length > MAX_CLAIM_IDS) throw inferenceErrors.invalidClaim.wrap(`${ids.length} contribution ids, at most ${MAX_CLAIM_IDS} per message`);
      if (new Set(ids).size !== ids.length) throw inferenceErrors.invalidClaim.wrap("a contribution id is named twice");
    },
    signers: (msg) => [msg.claimer],
    // PERF: per id O(versions of its datanet) reads + O(pools of the datanet).
    async handle(ctx, msg) {
      const denom = keeper.getParams(ctx.kv).feeDenom;
      let total = 0n;
      for (const id of msg.contributionIds.map(u64)) {
        const c = keeper.datanet.getContribution(ctx.kv, id);
        if (c && c.contributor !== msg.claimer) throw inferenceErrors.invalidClaim.wrap(`contribution ${id} belongs to ${c.contributor}, not ${msg.claimer}`);
        const owed = await claimable(keeper, ctx.kv, id);
        markClaimed(ctx, id, owed.sum);
        if (owed.amount > 0n) keeper.datanet.addEarned(ctx, id, owed.amount);
        emitRewardsClaimed(ctx, msg.claimer, id, `${owed.amount}${denom}`);
        total += owed.amount;
      }
      if (total > 0n) keeper.bank.sendCoins(ctx, keeper.moduleAddress(ctx, DATA_POOLS), addressBytes(msg.claimer), [{ denom, amount: total }]);
      return { amount: { denom, amount: total.toString() } };
    },
  };
}
